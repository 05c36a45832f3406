// The preview's re-render after a save: only the saved FAQ pages are written, again and again with
// one Eleventy instance, each time with the content as it is now; the files written beside the
// pages (_headers, /admin/) are left to the whole build.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fixtureContentDir, fixturePagePath } from "../../scripts/measure/fixture-site.ts";
import { type AssetManifest, buildAssets } from "../../src/assets/assets.ts";
import { buildConfigFrom } from "../../src/config/config.ts";
import { type LoadedContent, loadContent } from "../../src/content/load-content.ts";
import { PageRenderer } from "../../src/pipeline/page-renderer.ts";

describe("PageRenderer", () => {
  let outputDir = "";
  let content: LoadedContent;
  let assets: AssetManifest;
  let renderer: PageRenderer;

  before(async () => {
    outputDir = await mkdtemp(path.join(tmpdir(), "fk-page-renderer-"));
    const config = buildConfigFrom({ CONTENT_DIR: fixtureContentDir, OUTPUT_DIR: outputDir });
    content = await loadContent(fixtureContentDir, config.site.staticPages);
    assets = await buildAssets(outputDir);
    renderer = new PageRenderer(config);
  });
  after(() => rm(outputDir, { recursive: true, force: true }));

  const pageFile = () => path.join(outputDir, fixturePagePath, "index.html");

  it("writes the saved page and nothing of what the whole build writes beside the pages", async () => {
    const [page] = content.pages;
    assert.ok(page, "the fixture has a page");
    await renderer.render(content, assets, [page]);
    assert.match(await readFile(pageFile(), "utf8"), new RegExp(`<h1[^>]*>${page.title}</h1>`));
    for (const siteFile of ["_headers", "admin", "index.html", "favicon.svg"]) {
      assert.equal(existsSync(path.join(outputDir, siteFile)), false, siteFile);
    }
  });

  it("renders the content as it is at each call", async () => {
    const [page] = content.pages;
    const [question] = page?.sections[0]?.questions ?? [];
    assert.ok(page && question, "the fixture has a question");
    const saved = { ...question, answerHtml: "<p>Ett nytt svar från redaktören.</p>" };
    const edited: LoadedContent = {
      ...content,
      pages: [
        {
          ...page,
          sections: page.sections.map((section, index) =>
            index === 0
              ? { ...section, questions: [saved, ...section.questions.slice(1)] }
              : section,
          ),
        },
        ...content.pages.slice(1),
      ],
    };
    await renderer.render(edited, assets, [edited.pages[0] as typeof page]);
    assert.match(await readFile(pageFile(), "utf8"), /Ett nytt svar från redaktören\./);
  });
});
