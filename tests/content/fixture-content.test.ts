import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fixtureContentDir, fixturePagePath } from "../../scripts/measure/fixture-site.ts";
import { staticPages } from "../../src/config/config.ts";
import { loadContent } from "../../src/content/load-content.ts";

const seed = readFileSync(new URL("../fixtures/seed-teknisk-support.txt", import.meta.url), "utf8");

// The fixture tree that the browser tests run on was migrated from the source page; this checks the
// migration (and the loader on a realistic tree). content/ itself belongs to the editors: it is
// checked only by rules that hold for any content (tests/e2e/content/).
const { pages, problems } = await loadContent(fixtureContentDir, staticPages);
const page = pages.find((candidate) => `/${candidate.slug}/` === fixturePagePath);

describe("loadContent on the fixture tree migrated from the source page", () => {
  it("finds no problem", () => {
    assert.deepEqual(problems, []);
  });

  it("has the page's three sections with 6, 1 and 10 questions", () => {
    assert.deepEqual(
      page?.sections.map((section) => [section.title, section.questions.length]),
      [
        ["Inloggning", 6],
        ["Signering", 1],
        ["Övrigt", 10],
      ],
    );
  });

  it("has every question of the source page, in the source's order and words", () => {
    const questions =
      page?.sections.flatMap((section) => section.questions.map((q) => q.question)) ?? [];
    assert.equal(questions.length, 17);
    const positions = questions.map((question) => seed.indexOf(question));
    assert.ok(
      positions.every((position) => position >= 0),
      "each question appears in the seed verbatim",
    );
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
    );
  });

  it("keeps the source's non-breaking hyphens", () => {
    const bankId = page?.sections[0]?.questions.find((q) => q.slug === "logga-in-med-bank-id");
    assert.equal(bankId?.question, "Hur loggar jag in med bank\u2011id?");
  });

  it("dates the page by the latest of its and its questions' updated dates", () => {
    assert.equal(page?.lastUpdated, "2024-12-04");
  });
});
