// Unit tests of the pages of random sentences that grow a site for the findability benchmark:
// valid content beside the fixture's pages, and sentences that do not repeat.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { manyPagesContentDir } from "../../../scripts/measure/fixture-site.ts";
import { growContent } from "../../../scripts/measure/random-pages.ts";
import { staticPages } from "../../../src/config/config.ts";
import { loadContent } from "../../../src/content/load-content.ts";

const work = await mkdtemp(path.join(os.tmpdir(), "fk-random-pages-"));
after(() => rm(work, { recursive: true, force: true }));

describe("growContent", () => {
  it("adds pages of 17 questions that load beside the fixture's own pages", async () => {
    const grown = path.join(work, "grown");
    await growContent(manyPagesContentDir, grown, 3);
    const before = await loadContent(manyPagesContentDir, staticPages);
    const after = await loadContent(grown, staticPages);
    assert.deepEqual(after.problems, []);
    assert.equal(after.pages.length, before.pages.length + 3);
    const added = after.pages.filter((page) => page.slug.startsWith("slump-"));
    const questions = added.flatMap((page) => page.sections.flatMap((s) => s.questions));
    assert.equal(questions.length, 3 * 17);
    // A generator that cycles repeats whole questions: none here.
    assert.equal(new Set(questions.map((q) => q.question)).size, questions.length);
  });
});
