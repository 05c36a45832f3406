// The CMS in the build (issue 15): /admin/ gets the page, the generated config.yml and Decap's own
// script copied from its npm package; no other page, asset, sitemap entry or search record of it.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { parse } from "yaml";
import { fixtureContentDir, fixturePagePath } from "../../scripts/measure/fixture-site.ts";
import { cmsConfigFor } from "../../src/admin/cms-config.ts";
import { questionPreviewHtml } from "../../src/admin/question-preview.ts";
import { siteConfigFrom, staticPages } from "../../src/config/config.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { blockMarker, createMarkdown } from "../../src/content/markdown.ts";
import { decapDistDir, decapFiles } from "../../src/eleventy/cms-plugin.ts";
import { builtPages, decodeEntities, distFiles } from "../support/dist.ts";
import { readFragments } from "../support/pagefind-index.ts";
import { runScript } from "../support/run-script.ts";

const env = { CONTENT_DIR: fixtureContentDir, CMS_GITHUB_REPO: "forsakringskassan/fk-faq" };
let siteDir: string;

before(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), "fk-cms-build-"));
  const result = await runScript("scripts/build.ts", { ...env, OUTPUT_DIR: siteDir });
  assert.equal(result.code, 0, result.stderr);
});

after(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

describe("the CMS at /admin/", () => {
  it("writes config.yml from the content contract", async () => {
    const site = siteConfigFrom(env);
    const { pages } = await loadContent(fixtureContentDir, staticPages);
    const written = parse(await readFile(path.join(siteDir, "admin", "config.yml"), "utf8"));
    assert.deepEqual(written, cmsConfigFor(pages, site, site.baseUrl));
  });

  it("copies Decap CMS's script and its chunks from the npm package, unchanged", async () => {
    const names = await decapFiles();
    assert.ok(names.includes("decap-cms.js"));
    assert.ok(names.length > 1, "the chunks decap-cms.js loads from beside itself");
    for (const name of names) {
      assert.ok(
        (await readFile(path.join(siteDir, "admin", name))).equals(
          await readFile(path.join(decapDistDir(), name)),
        ),
        name,
      );
    }
  });

  it("loads the setup, Decap and the preview with the site's stylesheet, and asks robots to stay out", async () => {
    const html = await readFile(path.join(siteDir, "admin", "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(scripts, [
      "/admin/manual-init.js",
      "/admin/decap-cms.js",
      "/admin/cms-setup.js",
    ]);
    const css = distFiles(siteDir).find((file) => /^assets\/site\.[0-9a-f]+\.css$/.test(file));
    assert.ok(html.includes(`data-site-css="/${css}"`));
    assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
    assert.match(html, /<html lang="sv">/);
    assert.match(decodeEntities(html), /script-src 'self' 'unsafe-eval';/, "its own policy");
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(
      path.join(siteDir, "admin", "index.html"),
    );
    assert.deepEqual(
      report.results.flatMap((result) => result.messages.map((m) => m.message)),
      [],
    );
  });

  it("previews a question with the same markup as the site's page (one question.njk for both)", async () => {
    const admin = await readFile(path.join(siteDir, "admin", "index.html"), "utf8");
    const template = decodeEntities(/data-question-template="([^"]*)"/.exec(admin)?.[1] ?? "");
    const { pages, earlier } = await loadContent(fixtureContentDir, staticPages);
    const page = pages.find((candidate) => `/${candidate.slug}/` === fixturePagePath);
    // A question without a contact block or earlier anchors: the CMS shows neither.
    const question = page?.sections
      .flatMap((section) => section.questions)
      .find(
        (candidate) =>
          !candidate.answerHtml.includes(blockMarker("kontakt")) &&
          !earlier.pages.get(page.slug)?.aliases[candidate.slug],
      );
    assert.ok(page && question, "the fixture page has a plain question");
    const source = await readFile(question.file, "utf8");
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, "");
    const previewed = questionPreviewHtml(template, {
      slug: question.slug,
      question: question.question,
      answerHtml: createMarkdown().render(body),
    });
    const html = await readFile(path.join(siteDir, fixturePagePath, "index.html"), "utf8");
    const item = html
      .split(/(?=\n {4}<div class="app-accordion__item">)/)
      .find((part) => part.includes(`id="${question.slug}"`));
    const onSite = item?.slice(0, item.indexOf("\n    </div>") + "\n    </div>".length);
    assert.ok(onSite, `question ${question.slug} is on ${fixturePagePath}`);
    assert.equal(previewed, onSite);
  });

  it("touches no other page: no link, script or asset of it, no sitemap entry, no search record", async () => {
    const pages = builtPages(siteDir);
    assert.ok(pages.length > 3);
    for (const page of pages) {
      assert.doesNotMatch(page.html, /\/admin\/|decap/i, page.file);
    }
    for (const file of distFiles(siteDir).filter((name) => name.startsWith("assets/"))) {
      assert.doesNotMatch(
        await readFile(path.join(siteDir, file), "utf8"),
        /decap|CMS_MANUAL_INIT/i,
        file,
      );
    }
    assert.doesNotMatch(await readFile(path.join(siteDir, "sitemap.xml"), "utf8"), /admin/);
    assert.match(
      await readFile(path.join(siteDir, "robots.txt"), "utf8"),
      /^Disallow: \/admin\/$/m,
    );
    for (const fragment of await readFragments(siteDir)) {
      assert.doesNotMatch(fragment.url, /admin/);
    }
  });
});
