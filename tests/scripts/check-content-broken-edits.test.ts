// The content path's first step (npm run check:content, as npm run test:content runs it) fails on
// each broken edit of issue 22's "Bad input", in Swedish, naming the file and line: a link to a
// page that does not exist, to an anchor that does not exist, an image (it would have no
// alternative text on the page), a heading that skips a level and a file over the byte limit.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { promisify } from "node:util";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";

const run = promisify(execFile);
const root = mkdtempSync(path.join(tmpdir(), "broken-edits-"));
after(() => rmSync(root, { recursive: true, force: true }));

/** The first question file of the fixture's first section: any answer will do. */
function firstAnswer(dir: string): string {
  const page = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory());
  assert.ok(page, `${dir} has a page folder`);
  const pageDir = path.join(dir, page.name);
  const section = readdirSync(pageDir, { withFileTypes: true }).find((e) => e.isDirectory());
  assert.ok(section);
  const file = readdirSync(path.join(pageDir, section.name)).find((n) => n.endsWith(".md"));
  assert.ok(file);
  return path.join(pageDir, section.name, file);
}

const edits: Array<{ name: string; append: string; says: RegExp }> = [
  {
    name: "a broken link",
    append: "Se [sidan](/finns-inte/).",
    says: /går till en sida som inte finns/,
  },
  { name: "a broken anchor", append: "Se [frågan](#finns-inte).", says: /ankare|finns inte/ },
  { name: "an image without alternative text", append: "![](bild.png)", says: /har en bild/ },
  {
    name: "a heading that skips a level",
    append: "#### Steg\n\n###### Detalj",
    says: /hoppar över en rubriknivå/,
  },
  {
    name: "a file over the byte limit",
    append: "ord ".repeat(15_000),
    says: /kB, mer än de \d+ kB/,
  },
];

describe("npm run check:content on a broken edit", () => {
  edits.forEach(({ name, append, says }, i) => {
    it(`fails on ${name}, naming the file in Swedish`, async () => {
      const dir = path.join(root, String(i));
      cpSync(fixtureContentDir, dir, { recursive: true });
      const file = firstAnswer(dir);
      writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\n\n${append}\n`);
      const failed = await run(process.execPath, ["--import", "tsx", "scripts/check-content.ts"], {
        env: { ...process.env, CONTENT_DIR: dir, CONTENT_BASE: "" },
      }).then(
        () => assert.fail("check:content passed"),
        (error: { code?: number; stderr?: string }) => error,
      );
      assert.equal(failed.code, 1);
      const named = (failed.stderr ?? "").split("\n").find((l) => l.startsWith(`${file}:`));
      assert.ok(named, `a line names ${file}:\n${failed.stderr}`);
      assert.match(named, says);
    });
  });
});
