// `npm run check:content` and `npm run report:content` as CI runs them: exit codes and Swedish
// output, and the report limited to the files a change touched (--changed <base-ref>).
import assert from "node:assert/strict";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { treeWith, validTree, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { git } from "../support/git.ts";
import { runScript } from "../support/run-script.ts";

describe("npm run check:content", () => {
  it("exits non-zero, prints every problem on its own line in Swedish, then the guide's sections", async () => {
    const root = await writeTree(
      treeWith({
        "p/a/one.md": "---\nquestion: Fråga?\norder: tio\n---\n\nSvar.\n",
        "p/b/two.md": "---\nquestion: Två?\norder: 10\nupdated: 2024-02-30\n---\n\n",
      }),
    );
    try {
      const result = await runScript("scripts/check-content.ts", { CONTENT_DIR: root });
      assert.equal(result.code, 1);
      const lines = result.stderr.trim().split("\n");
      assert.equal(lines[0], `${root}/ har 3 fel att rätta:`);
      assert.deepEqual(lines.slice(1, 4), [
        `${root}/p/a/one.md:3: Fältet "order" ska vara ett heltal, men här står "tio". Skriv 10.`,
        `${root}/p/b/two.md:4: Fältet "updated" ska vara ett datum som finns, skrivet år-månad-dag (ÅÅÅÅ-MM-DD), men här står "2024-02-30". Skriv 2024-02-29.`,
        `${root}/p/b/two.md:6: Frågan har inget svar. Skriv svaret under front matter, efter den andra raden "---".`,
      ]);
      assert.deepEqual(lines.slice(4), [
        "",
        "Så gör du rätt, i guiden:",
        `  ${root}/README.md#en-frågas-fil (En frågas fil)`,
        `  ${root}/README.md#fälten-i-front-matter (Fälten i front matter)`,
        `  ${root}/README.md#lägga-till-en-fråga (Lägga till en fråga)`,
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("exits zero on valid content, and report:content writes the warnings as a table", async () => {
    const root = await writeTree(validTree);
    const reportFile = path.join(root, "reports/content-report.md");
    try {
      const check = await runScript("scripts/check-content.ts", { CONTENT_DIR: root });
      assert.equal(check.code, 0, check.stderr);
      assert.match(check.stdout, /är rätt: 1 sida, 2 frågor, kontrollerat på \d+,\d\d s/);

      const report = await runScript(
        "scripts/report-content.ts",
        { CONTENT_DIR: root, REPORT_FILE: reportFile, TODAY: "2026-01-01" },
        ["--no-spelling"],
      );
      assert.equal(report.code, 0, report.stderr);
      assert.match(
        report.stdout,
        /^varning: .*p\/b\/two\.md: Svaret uppdaterades senast 2024-12-04/m,
      );
      const table = await readFile(reportFile, "utf8");
      assert.match(table, /^# Innehållsrapport 2026-01-01$/m);
      assert.match(
        table,
        /^\| Inaktuell\? \| .*p\/a\/one\.md \| fältet "updated" \| Svaret uppdaterades senast 2024-12-04/m,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe("npm run report:content -- --changed <base-ref>", () => {
  it("lists only the changed files' warnings and spelling, and an answer changed without a new date", async () => {
    const repo = await writeTree({});
    const contentDir = path.join(repo, "content");
    const reportFile = path.join(repo, "reports/content-report.md");
    try {
      // A misspelling in a file the change leaves alone is not the editor's to fix now.
      const tree = {
        ...validTree,
        "p/a/one.md": "---\nquestion: Fråga ett?\norder: 10\n---\n\nSvar ett om inlogning.\n",
      };
      for (const [name, text] of Object.entries(tree)) {
        await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true });
        await writeFile(path.join(contentDir, name), text);
      }
      git(repo, "init", "--quiet");
      git(repo, "add", ".");
      git(repo, "commit", "--quiet", "-m", "Content");
      // The pull request: two.md's answer rewritten, its date left as it was.
      await writeFile(
        path.join(contentDir, "p/b/two.md"),
        "---\nquestion: Fråga två?\norder: 10\nupdated: 2024-12-04\n---\n\nEtt nytt svar två om webläsaren och BankID.\n",
      );
      const env = { CONTENT_DIR: contentDir, REPORT_FILE: reportFile, TODAY: "2026-01-01" };

      await writeFile(path.join(contentDir, "ordlista.txt"), "# Namn\nBankID\n");
      const all = await runScript("scripts/report-content.ts", env, ["--no-spelling"]);
      assert.equal(all.code, 0, all.stderr);
      assert.match(all.stdout, /^varning: .*p\/a\/one\.md: Svaret uppdaterades/m);

      const changed = await runScript("scripts/report-content.ts", env, ["--changed", "HEAD"]);
      assert.equal(changed.code, 0, changed.stderr);
      const warnings = changed.stdout.split("\n").filter((line) => line.startsWith("varning:"));
      assert.deepEqual(
        warnings.map((line) => line.replace(`${contentDir}/`, "")),
        [
          "varning: p/b/two.md: Svaret uppdaterades senast 2024-12-04, för mer än 12 månader sedan. Läs svaret: stämmer det fortfarande, sätt updated: 2026-01-01; annars skriv om det och sätt dagens datum.",
          'varning: p/b/two.md: Svaret har ändrats jämfört med HEAD, men "updated" är fortfarande 2024-12-04. Sätt updated: 2026-01-01, så att läsaren ser när svaret senast ändrades. Ändrade du bara stavning eller form, kan du låta datumet vara.',
          `varning: p/b/two.md:7: Ordet "webläsaren" finns inte i ordlistan. Menade du "webbläsaren"? Är ordet rätt stavat (ett namn, ett fackord), lägg till det på en egen rad i ${contentDir}/ordlista.txt, så varnar kontrollen inte igen.`,
        ],
      );
      assert.match(changed.stdout, /0 fel, 3 varningar i 2 ändrade filer sedan HEAD/);
      const table = await readFile(reportFile, "utf8");
      assert.match(table, /^Varningarna gäller de 2 filer som har ändrats sedan HEAD\.$/m);
      assert.match(
        table,
        /^\| Ändrat svar utan nytt datum \| .*p\/b\/two\.md \| fältet "updated" \|/m,
      );

      const wrong = await runScript("scripts/report-content.ts", env, ["--changed", "nej"]);
      assert.equal(wrong.code, 1);
      assert.match(wrong.stderr, /"nej" is not a branch, tag or commit/);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});
