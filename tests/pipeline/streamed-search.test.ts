// The build hands each page's search record to Pagefind while the content loads: the index it
// writes, and the bundle the pages name, must be those of the whole content's records.
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { manyPagesContentDir } from "../../scripts/measure/fixture-site.ts";
import { buildConfigFrom } from "../../src/config/config.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { searchBundleId, searchRecords } from "../../src/search/index/search-bundle.ts";
import { hashTree } from "../support/run-script.ts";

describe("the build's search index", () => {
  const work = mkdtemp(path.join(tmpdir(), "fk-streamed-search-"));
  after(async () => rm(await work, { recursive: true, force: true }));

  it("is the index of the whole content's records, whether streamed while loading or given after", {
    timeout: 120_000,
  }, async () => {
    const streamed = path.join(await work, "streamed");
    const given = path.join(await work, "given");
    const config = (outputDir: string) =>
      buildConfigFrom({ CONTENT_DIR: manyPagesContentDir, OUTPUT_DIR: outputDir });
    assert.deepEqual(await buildSite(config(streamed)), { ok: true });
    const content = await loadContent(manyPagesContentDir, config(given).site.staticPages, {
      today: config(given).today,
    });
    assert.deepEqual(await buildSite(config(given), { content }), { ok: true });

    const { lang } = config(given).site;
    const id = searchBundleId(searchRecords(content, lang), lang);
    assert.deepEqual(await readdir(path.join(streamed, "pagefind")), [id]);
    const page = content.pages[0];
    assert.ok(page);
    const html = await readFile(path.join(streamed, page.slug, "index.html"), "utf8");
    assert.ok(html.includes(`/pagefind/${id}/pagefind.js`), "the page names the bundle written");
    const entry = JSON.parse(
      await readFile(path.join(streamed, "pagefind", id, "pagefind-entry.json"), "utf8"),
    );
    assert.equal(entry.languages[lang].page_count, searchRecords(content, lang).length);
    assert.deepEqual(
      await hashTree(path.join(streamed, "pagefind")),
      await hashTree(path.join(given, "pagefind")),
    );
  });
});
