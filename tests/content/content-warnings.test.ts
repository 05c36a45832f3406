// Warnings that do not stop publishing: stale answers, very long answers, one page with many texts.
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { describe, it } from "node:test";
import { contentReport } from "../../src/content/content-report.ts";
import { contentWarnings, monthsBefore } from "../../src/content/content-warnings.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { treeWith, writeTree } from "../support/content-tree.ts";

async function warningsOf(
  changes: Record<string, string | null>,
  today: string,
  maxWords?: number,
) {
  const root = await writeTree(treeWith(changes));
  try {
    const content = await loadContent(root);
    assert.deepEqual(content.problems, []);
    return contentWarnings(content, { today, ...(maxWords ? { maxWords } : {}) }).map((w) => ({
      kind: w.kind,
      line: formatProblem(w).replaceAll(`${root}/`, ""),
    }));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe("monthsBefore", () => {
  it("goes back whole calendar months, keeping the day where the month has it", () => {
    assert.equal(monthsBefore("2025-12-04", 12), "2024-12-04");
    assert.equal(monthsBefore("2025-03-31", 1), "2025-02-28");
    assert.equal(monthsBefore("2024-02-29", 12), "2023-02-28");
  });
});

describe("contentWarnings", () => {
  it("lists questions last updated more than 12 months before today, and only those", async () => {
    // p/a/one.md has no date of its own and takes the page's, 2024-12-04, like p/b/two.md.
    assert.deepEqual(await warningsOf({}, "2025-12-04"), []);
    assert.deepEqual(await warningsOf({}, "2025-12-05"), [
      {
        kind: "freshness",
        line: 'p/a/one.md: front matter "updated" is 2024-12-04 (the page\'s date: the question has no "updated"), more than 12 months ago: check that the answer is still right, then set today\'s date',
      },
      {
        kind: "freshness",
        line: 'p/b/two.md: front matter "updated" is 2024-12-04, more than 12 months ago: check that the answer is still right, then set today\'s date',
      },
    ]);
  });

  it("lists very long answers with their word count", async () => {
    const long = `---\nquestion: Lång?\norder: 10\nupdated: 2025-06-01\n---\n\n${"ord ".repeat(12)}\n`;
    const warnings = await warningsOf({ "p/b/two.md": long }, "2025-06-02", 10);
    assert.deepEqual(
      warnings.filter((w) => w.kind === "length"),
      [
        {
          kind: "length",
          line: "p/b/two.md: has a very long answer (12 words, more than 10): shorten it, or split it into several questions",
        },
      ],
    );
  });

  it("lists one external page linked with different texts, naming every place", async () => {
    const two =
      "---\nquestion: Två?\norder: 10\nupdated: 2025-06-01\n---\n\n[Testa bank-id](https://test.bankid.com/) eller\n[testsidan](https://test.bankid.com) eller [Testa bank-id](https://test.bankid.com/).\n";
    const warnings = await warningsOf({ "p/b/two.md": two }, "2025-06-02");
    assert.deepEqual(
      warnings.filter((w) => w.kind === "link-text"),
      [
        {
          kind: "link-text",
          line: 'p/b/two.md: line 7: links to https://test.bankid.com/ with different texts: "Testa bank-id" (p/b/two.md line 7), "testsidan" (p/b/two.md line 8); use one text for one page, so readers know it is the same page',
        },
      ],
    );
  });
});

describe("contentReport", () => {
  it("writes errors and warnings as Markdown tables, escaping the cell separator", () => {
    const report = contentReport(
      [{ file: "a.md", where: "line 3:", message: "a | b" }],
      [{ kind: "length", file: "b.md", message: "is long" }],
      "2025-06-02",
    );
    assert.equal(
      report,
      [
        "# Innehållsrapport 2025-06-02",
        "",
        "## Fel som stoppar publicering (1)",
        "",
        "| Fil | Var | Vad |",
        "|---|---|---|",
        "| a.md | line 3 | a \\| b |",
        "",
        "## Varningar (1)",
        "",
        "Varningarna stoppar inte publicering, men bör ses över.",
        "",
        "| Typ | Fil | Var | Vad |",
        "|---|---|---|---|",
        "| Långt svar | b.md |  | is long |",
        "",
      ].join("\n"),
    );
  });
});
