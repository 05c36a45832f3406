// `npm run build` end to end on a copy of the content: a new question appears after a rebuild, and
// a build with invalid content leaves dist/ byte for byte as it was, with nothing half-written.
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { hashTree, runScript } from "../support/run-script.ts";

const newQuestion = [
  "---",
  "question: Kan jag byta lösenord på Mina sidor?",
  "order: 70",
  "---",
  "",
  "Nej, du loggar in med e-legitimation och behöver inget lösenord.",
  "",
].join("\n");

const brokenQuestion = [
  "---",
  "question: Trasig fråga",
  "order: tio",
  "---",
  "",
  '<script>alert(1)</script> <img src=x onerror="alert(1)"> [klicka](javascript:alert(1))',
  "",
  "<!-- anteckning -->",
  "",
].join("\n");

describe("npm run build", () => {
  let work = "";
  let contentDir = "";
  let outputDir = "";
  const build = () =>
    runScript("scripts/build.ts", { CONTENT_DIR: contentDir, OUTPUT_DIR: outputDir });
  const page = () => readFile(path.join(outputDir, "teknisk-support/index.html"), "utf8");

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-build-"));
    contentDir = path.join(work, "content");
    outputDir = path.join(work, "out", "dist");
    await cp("content", contentDir, { recursive: true });
  });
  after(() => rm(work, { recursive: true, force: true }));

  it("shows a new question file on the page after a rebuild", async () => {
    const first = await build();
    assert.equal(first.code, 0, first.stderr);
    assert.doesNotMatch(await page(), /Kan jag byta lösenord/);

    await writeFile(
      path.join(contentDir, "teknisk-support/inloggning/byta-losenord.md"),
      newQuestion,
    );
    const second = await build();
    assert.equal(second.code, 0, second.stderr);
    const html = await page();
    assert.match(
      html,
      /<h3[^>]* id="byta-losenord"[^>]*>[\s\S]*?Kan jag byta lösenord på Mina sidor\?/,
    );
    assert.match(html, /behöver inget lösenord/);
  });

  it("fails on invalid content, names each problem, and leaves dist/ exactly as it was", async () => {
    const before = await hashTree(outputDir);
    assert.ok(Object.keys(before).length > 5, "the first build wrote a site");
    const broken = path.join(contentDir, "teknisk-support/inloggning/trasig.md");
    await writeFile(broken, brokenQuestion);

    const result = await build();
    assert.notEqual(result.code, 0);
    const file = `${broken}:`;
    const lines = result.stderr.split("\n").filter((line) => line.includes(file));
    assert.ok(
      lines.some((l) => l.includes('front matter "order" must be a whole number (found "tio")')),
    );
    assert.ok(lines.some((l) => l.includes('contains raw HTML "<script>"')));
    assert.ok(lines.some((l) => l.includes('has a "javascript:" link')));
    assert.ok(lines.some((l) => l.includes("contains an HTML comment")));
    assert.match(result.stderr, /nothing was built/);

    assert.deepEqual(await hashTree(outputDir), before);
    assert.doesNotMatch(await page(), /Trasig fråga|alert\(1\)/);
    // No staging or previous folder is left next to dist/.
    assert.deepEqual(await readdir(path.dirname(outputDir)), ["dist"]);
  });
});
