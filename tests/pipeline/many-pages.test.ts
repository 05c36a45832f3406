// A site of many FAQ pages, built from tests/fixtures/many-pages/: every page is in sitemap.xml
// (issue 26: only the first paginated page used to be).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { manyPagesContentDir } from "../../scripts/measure/fixture-site.ts";

const run = promisify(execFile);

/** The fixture's FAQ pages: the folders holding an index.md. */
async function faqSlugs(): Promise<string[]> {
  const entries = await readdir(manyPagesContentDir, { withFileTypes: true });
  const slugs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(path.join(manyPagesContentDir, entry.name));
    if (files.includes("index.md")) slugs.push(entry.name);
  }
  return slugs.sort();
}

describe("a site of many FAQ pages", () => {
  let workDir = "";
  let site = "";
  before(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), "fk-faq-many-pages-"));
    site = path.join(workDir, "site");
    await run(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      env: { ...process.env, CONTENT_DIR: manyPagesContentDir, OUTPUT_DIR: site },
    });
  });
  after(async () => rm(workDir, { recursive: true, force: true }));

  it("lists every FAQ page in sitemap.xml", { timeout: 120_000 }, async () => {
    const slugs = await faqSlugs();
    assert.ok(slugs.length >= 6, `the fixture has ${slugs.length} FAQ pages`);
    const sitemap = await readFile(path.join(site, "sitemap.xml"), "utf8");
    const listed = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+\/([^<]*)<\/loc>/g)].map(
      (match) => match[1],
    );
    for (const slug of slugs)
      assert.ok(listed.includes(`${slug}/`), `${slug}/ is not in sitemap.xml`);
    assert.ok(listed.includes(""), "the start page is not in sitemap.xml");
  });
});
