// Unit tests of the benchmark's corpus generator: valid content, the requested size, the same every time.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { generateCorpus, sectionSizes } from "../../../../scripts/measure/bench/generate-corpus.ts";
import { fixtureContentDir } from "../../../../scripts/measure/fixture-site.ts";
import { staticPages } from "../../../../src/config/config.ts";
import { loadContent } from "../../../../src/content/load-content.ts";

// The generator derives structure and texts from a content tree: the fixture's, so that editors'
// changes to content/ never touch these tests.
const source = fixtureContentDir;
const fixture = await loadContent(source, staticPages);
const fixtureSections = fixture.pages[0]?.sections ?? [];
const fixtureSizes = fixtureSections.map((s) => s.questions.length);
const pageSize = fixtureSizes.reduce((a, b) => a + b, 0);

async function fingerprint(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const file of (await readdir(dir, { recursive: true })).sort()) {
    const full = path.join(dir, file);
    hash.update(file);
    if (file.endsWith(".md")) hash.update(await readFile(full));
  }
  return hash.digest("hex");
}

describe("generateCorpus", () => {
  let tmp: string;
  before(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), "corpus-test-"));
  });
  after(() => rm(tmp, { recursive: true, force: true }));

  it("writes content that passes validation, with the requested number of questions", async () => {
    const dir = path.join(tmp, "forty");
    assert.deepEqual(await generateCorpus(dir, { questions: 40, source }), {
      pages: 3,
      questions: 40,
    });
    const { pages, problems } = await loadContent(dir, staticPages);
    assert.deepEqual(problems, []);
    const perPage = pages.map((p) => p.sections.reduce((n, s) => n + s.questions.length, 0));
    assert.deepEqual(perPage, [17, 17, 6]);
  });

  it("gives a page as large as the source's the source's sections in its proportions", async () => {
    const dir = path.join(tmp, "one-page");
    await generateCorpus(dir, { questions: pageSize, questionsPerPage: pageSize, source });
    const { pages } = await loadContent(dir, staticPages);
    assert.deepEqual(
      pages[0]?.sections.map((s) => [s.title, s.questions.length]),
      fixtureSections.map((s) => [s.title, s.questions.length]),
    );
  });

  it("reuses the source's question texts", async () => {
    const dir = path.join(tmp, "texts");
    await generateCorpus(dir, { questions: 17, source });
    const { pages } = await loadContent(dir, staticPages);
    const realQuestions = fixture.pages.flatMap((p) =>
      p.sections.flatMap((s) => s.questions.map((q) => q.question)),
    );
    for (const question of pages.flatMap((p) => p.sections.flatMap((s) => s.questions))) {
      assert.ok(
        realQuestions.some((text) => question.question.startsWith(text)),
        question.question,
      );
    }
  });

  it("honours another number of questions a page", async () => {
    const dir = path.join(tmp, "tens");
    assert.deepEqual(await generateCorpus(dir, { questions: 25, questionsPerPage: 10, source }), {
      pages: 3,
      questions: 25,
    });
    assert.deepEqual((await loadContent(dir, staticPages)).problems, []);
  });

  it("writes the same files with the same seed, and other files with another", async () => {
    await generateCorpus(path.join(tmp, "a"), { questions: 30, source });
    await generateCorpus(path.join(tmp, "b"), { questions: 30, source });
    await generateCorpus(path.join(tmp, "c"), { questions: 30, seed: 2, source });
    const [a, b, c] = await Promise.all(["a", "b", "c"].map((d) => fingerprint(path.join(tmp, d))));
    assert.equal(a, b);
    assert.notEqual(a, c);
  });
});

describe("sectionSizes", () => {
  it("splits a page in the source sections' proportions, adding up to the page size", () => {
    assert.deepEqual(sectionSizes([6, 1, 10], 17), [6, 1, 10]);
    assert.deepEqual(sectionSizes([6, 1, 10], 34), [12, 2, 20]);
    assert.deepEqual(sectionSizes(fixtureSizes, pageSize), fixtureSizes);
    const small = sectionSizes([6, 1, 10], 4);
    assert.equal(
      small.reduce((a, b) => a + b, 0),
      4,
    );
  });
});
