// The benchmark corpus is valid content, spread over pages as asked, and the same on every run.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { generateCorpus } from "../../scripts/generate-corpus.ts";
import { loadContent } from "../../src/eleventy/content.ts";
import { hashTree } from "../support/run-script.ts";

describe("generateCorpus", () => {
  it("writes valid pages of the asked size, identically each time", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "fk-corpus-"));
    try {
      await generateCorpus(path.join(work, "a"), { questions: 40, questionsPerPage: 17 });
      await generateCorpus(path.join(work, "b"), { questions: 40, questionsPerPage: 17 });
      const { pages, problems } = await loadContent(path.join(work, "a"));
      assert.deepEqual(problems, []);
      assert.deepEqual(
        pages.map((page) => page.sections.flatMap((s) => s.questions).length),
        [17, 17, 6],
      );
      assert.deepEqual(await hashTree(path.join(work, "a")), await hashTree(path.join(work, "b")));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
