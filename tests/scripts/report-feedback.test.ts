// `npm run report:feedback -- <export.json>` on a fixture export and the fixture content.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import { runScript } from "../support/run-script.ts";

const env = { CONTENT_DIR: fixtureContentDir };
const report = (file: string) => runScript("scripts/report-feedback.ts", env, [file]);

describe("report:feedback", () => {
  it("gives each question its share of Nej, the worst first, with the question's text", async () => {
    const { code, stdout, stderr } = await report("tests/fixtures/feedback/export.json");
    assert.equal(stderr, "");
    assert.equal(code, 0);
    assert.match(stdout, /^7 svar om 3 frågor, 2026-03-01 – 2026-03-06\./m);
    const rows = stdout.split("\n").filter((line) => line.startsWith("| ") && line.includes("`/"));
    assert.deepEqual(rows, [
      "| (frågan finns inte längre) | `/support/#en-borttagen-fraga` | 1 | 0 | 1 | 100 % | 1 |",
      "| Kan jag logga in på Mina sidor med ett samordningsnummer? | `/support/#samordningsnummer` | 4 | 1 | 3 | 75 % | 2 |",
      "| Hur loggar jag in med bank‑id? | `/support/#logga-in-med-bank-id` | 2 | 1 | 1 | 50 % | 0 |",
    ]);
  });

  it("lists each question's texts by date, without personnummer, HTML or table syntax", async () => {
    const { stdout } = await report("tests/fixtures/feedback/export.json");
    const section = stdout.slice(stdout.indexOf("## Kan jag logga in"));
    assert.match(section, /3 av 4 svarade Nej \(75 %\)/);
    assert.match(
      section,
      /\| 2026-03-01 \| Mitt nummer \[personnummer borttaget\] \\\| funkar &lt;b&gt;inte&lt;\/b&gt; \|\n\| 2026-03-02 \| Vad gör jag utan personnummer\? \|/,
    );
    assert.doesNotMatch(stdout, /850412/);
    // A question with Nej but no text gets no table of texts.
    assert.doesNotMatch(stdout, /^## Hur loggar jag in/m);
  });

  it("refuses an invalid export, naming the file, the vote and the field", async () => {
    const { code, stdout, stderr } = await report("tests/fixtures/feedback/invalid-export.json");
    assert.equal(code, 1);
    assert.equal(stdout, "");
    assert.deepEqual(stderr.trim().split("\n"), [
      'report:feedback: tests/fixtures/feedback/invalid-export.json: vote 1, "answer" must be "ja" or "nej"',
      'report:feedback: tests/fixtures/feedback/invalid-export.json: vote 2, "date" must be a real date written YYYY-MM-DD',
    ]);
  });

  it("says what to do without an export, or with one it cannot read", async () => {
    const none = await runScript("scripts/report-feedback.ts", env);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /name the export: npm run report:feedback -- feedback\.json/);
    const missing = await report("tests/fixtures/feedback/no-such-file.json");
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no-such-file\.json: cannot be read/);
  });
});

describe("report:feedback's searches with no result", () => {
  const withSearches = () =>
    runScript("scripts/report-feedback.ts", { ...env, TODAY: "2026-03-06" }, [
      "tests/fixtures/feedback/export.json",
      "--searches=tests/fixtures/feedback/searches.json",
    ]);

  it("counts the week's terms, the most searched first, each with the question it is close to", async () => {
    const { code, stdout, stderr } = await withSearches();
    assert.equal(stderr, "");
    assert.equal(code, 0);
    const section = stdout.slice(stdout.indexOf("# Sökningar utan träff"));
    assert.match(section, /^4 sökningar utan träff sedan 2026-02-28, 3 olika\./m);
    const rows = section.split("\n").filter((line) => /^\| [^-S]/.test(line));
    assert.deepEqual(rows, [
      "| webbläsarna | 2 | Vilka webbläsare rekommenderas vid användning av Mina sidor? (`/support/#rekommenderade-webblasare`) |",
      "| appen surfplatta | 1 | Mina sidor appen – Jag kan inte logga in eller signera min ansökan (`/support/#mina-sidor-appen`) |",
      "| kvantfysik | 1 | – |",
    ]);
    assert.doesNotMatch(section, /gammal sökning/);
  });
});
