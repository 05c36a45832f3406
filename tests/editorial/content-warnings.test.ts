// Warnings that do not stop publishing: stale answers, very long answers, one page with many texts.
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { describe, it } from "node:test";
import { treeWith, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { contentReport } from "../../src/editorial/content-report.ts";
import { contentWarnings, monthsBefore } from "../../src/editorial/content-warnings.ts";

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
      ...(w.suggestion && w.kind === "freshness" ? { suggestion: w.suggestion } : {}),
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
        line: 'p/a/one.md: Svaret uppdaterades senast 2024-12-04 (sidans datum: frågan har inget eget "updated"), för mer än 12 månader sedan. Läs svaret: stämmer det fortfarande, sätt updated: 2025-12-05; annars skriv om det och sätt dagens datum.',
        suggestion: "updated: 2025-12-05",
      },
      {
        kind: "freshness",
        line: "p/b/two.md: Svaret uppdaterades senast 2024-12-04, för mer än 12 månader sedan. Läs svaret: stämmer det fortfarande, sätt updated: 2025-12-05; annars skriv om det och sätt dagens datum.",
        suggestion: "updated: 2025-12-05",
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
          line: "p/b/two.md: Svaret är mycket långt: 12 ord, mer än 10. Långa svar är svåra att läsa, särskilt i mobilen. Korta svaret, eller dela upp det i flera frågor.",
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
          line: 'p/b/two.md:8: Samma sida, https://test.bankid.com/, länkas med olika texter: "Testa bank-id" (p/b/two.md rad 7), "testsidan" (p/b/two.md rad 8). Använd samma länktext för samma sida, så att läsaren förstår att det är samma sida.',
        },
      ],
    );
  });
});

describe("contentWarnings attributes", () => {
  it("a link text that differs to the file that uses it, not to the first file by name", async () => {
    const link = (text: string) =>
      `---\nquestion: Q?\norder: 20\nupdated: 2025-06-01\n---\n\n[${text}](https://test.bankid.com/)\n`;
    const warnings = await warningsOf(
      {
        "p/a/one.md": link("Testa bank-id"),
        "p/a/three.md": link("Testa bank-id").replace("order: 20", "order: 30"),
        "p/b/two.md": link("testsidan"),
      },
      "2025-06-02",
    );
    assert.deepEqual(
      warnings.map((w) => w.line.split(":")[0]),
      ["p/b/two.md"],
    );
  });
});

describe("contentWarnings groups links by address", () => {
  it("warns the places whose text differs from the most used one, per normalized address", () => {
    const link = (href: string, text: string, file: string, line?: number) => ({
      href,
      text,
      file,
      ...(line ? { line } : {}),
    });
    const externalLinks = [
      link("https://x.se/", "A", "p/a/one.md", 7),
      link("https://x.se", "B", "p/a/two.md", 8),
      link("https://x.se/", "B", "p/b/three.md"),
      link("https://x.se/", "C", "p/b/four.md", 9),
      link("https://y.se/p", "Y", "p/a/one.md", 10),
      link("https://y.se/p", "Y", "p/b/four.md", 11),
      link("https://z.se/", "T1", "p/a/two.md", 12),
      link("https://z.se/", "T2", "p/b/three.md", 13),
      link("inte en adress", "N1", "p/a/one.md", 14),
      link("inte en adress", "N2", "p/a/one.md", 15),
      link("inte en adress", "N2", "p/b/four.md", 16),
    ];
    const warnings = contentWarnings({ pages: [], externalLinks }, { today: "2025-06-02" });
    const tail =
      "Använd samma länktext för samma sida, så att läsaren förstår att det är samma sida.";
    const x = `Samma sida, https://x.se/, länkas med olika texter: "A" (p/a/one.md rad 7), "B" (p/a/two.md rad 8), "C" (p/b/four.md rad 9). ${tail}`;
    assert.deepEqual(warnings.map(formatProblem), [
      // "B" is used twice (with and without the trailing slash): the other two texts are warned.
      `p/a/one.md:7: ${x}`,
      `p/b/four.md:9: ${x}`,
      // A tie keeps the text that came first.
      `p/b/three.md:13: Samma sida, https://z.se/, länkas med olika texter: "T1" (p/a/two.md rad 12), "T2" (p/b/three.md rad 13). ${tail}`,
      `p/a/one.md:14: Samma sida, inte en adress, länkas med olika texter: "N1" (p/a/one.md rad 14), "N2" (p/a/one.md rad 15). ${tail}`,
    ]);
  });
});

describe("contentReport", () => {
  it("writes errors and warnings as Markdown tables, escaping the cell separator", () => {
    const report = contentReport(
      [
        {
          file: "a.md",
          code: "empty-answer",
          line: 3,
          message: "a | b",
          suggestion: "10",
          guide: "x",
        },
      ],
      [{ kind: "length", code: "long-answer", file: "b.md", message: "är långt", guide: "y" }],
      "2025-06-02",
    );
    assert.equal(
      report,
      [
        "# Innehållsrapport 2025-06-02",
        "",
        "## Fel som stoppar publicering (1)",
        "",
        "| Fil | Var | Vad | Förslag |",
        "|---|---|---|---|",
        "| a.md | rad 3 | a \\| b | 10 |",
        "",
        "## Varningar (1)",
        "",
        "Varningarna stoppar inte publicering, men bör ses över.",
        "",
        "| Typ | Fil | Var | Vad | Förslag |",
        "|---|---|---|---|---|",
        "| Långt svar | b.md |  | är långt |  |",
        "",
      ].join("\n"),
    );
  });
});
