// The preview's error page and warning notice, rendered by the site's own layout and components:
// valid HTML (html-validate, the project's rules), in the site's language, the excerpt escaped
// and marked, the guide's sections under their anchors, the notice first in the page's body.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import type { AssetManifest } from "../../src/assets/assets.ts";
import { buildConfigFrom } from "../../src/config/config.ts";
import { problem } from "../../src/content/messages.ts";
import { excerptLines, guideSections } from "../../src/preview/error-page.ts";
import { PreviewPages, withNotice } from "../../src/preview/preview-pages.ts";

const validator = new HtmlValidate(new FileSystemConfigLoader());

async function validationErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html, "page.html");
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

const guide =
  "# Guide\n\n## Markdown i svaren\n\nSkriv **Markdown**.\n\n### Rubriker\n\nMed ####.\n\n## Varningar\n\nAnnat.\n";
const files: Record<string, string> = {
  "content/p/a/x.md":
    '---\nquestion: X?\norder: 10\n---\n\n<b>Hej</b> & <script>alert("x")</script>\n',
  "content/README.md": guide,
};
const assets = {
  css: "/assets/site.1.css",
  js: "/assets/site.1.js",
  legacyJs: "/assets/legacy.1.js",
  searchJs: "/assets/search.1.js",
  highlightJs: "/assets/highlight.1.js",
} as AssetManifest;
const layout = { assets, contact: null, searchBundleId: "preview" };

describe("PreviewPages.errorPage", () => {
  const config = buildConfigFrom({});
  const pages = new PreviewPages(config.site);
  before(() => pages.prepare());

  it("is a valid page of the site's layout, with the excerpt escaped and the guide's section under its anchor", async () => {
    const html = await pages.errorPage(
      [
        problem("raw-html", { file: "content/p/a/x.md", line: 6, tags: ["<b>", "<script>"] }),
        "Ett fel som inte gäller innehållet.",
      ],
      layout,
      { readText: (file) => files[file] ?? null },
    );
    assert.deepEqual(await validationErrors(html), []);
    assert.match(html, new RegExp(`<html lang="${config.site.lang}">`));
    assert.match(html, /<title>Innehållet har fel – förhandsvisning – Försäkringskassan<\/title>/);
    // The site's layout: its stylesheet, header and footer, and the preview's own stylesheet.
    assert.match(html, /<link rel="stylesheet" href="\/assets\/site\.1\.css">/);
    assert.match(html, /<link rel="stylesheet" href="\/__preview\/preview\.css">\n<\/head>/);
    assert.match(html, /<header class="app-header">/);
    assert.match(html, /<footer class="app-footer">/);
    assert.match(html, /<h1 class="app-heading-xl">Innehållet har fel<\/h1>/);
    assert.match(html, /Rätta de 2 felen i filerna/);
    assert.ok(
      html.includes(
        "<mark>6 │ &lt;b&gt;Hej&lt;/b&gt; &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</mark>",
      ),
      html,
    );
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /<a href="#markdown-i-svaren">Så gör du rätt: Markdown i svaren<\/a>/);
    assert.match(html, /<h3 id="markdown-i-svaren" tabindex="-1">Markdown i svaren<\/h3>/);
    // The section's own sub-heading sits one level below it; the next section is left out.
    assert.match(html, /<h4>Rubriker<\/h4>/);
    assert.doesNotMatch(html, /Annat\./);
    assert.match(html, /<li>\s*<p>Ett fel som inte gäller innehållet\.<\/p>\s*<\/li>/);
  });

  it("says 'felet' for one problem, and names a guide section it cannot show", async () => {
    const html = await pages.errorPage(
      [problem("raw-html", { file: "content/p/a/x.md", line: 6, tags: ["<b>"] })],
      layout,
      { readText: (file) => (file === "content/README.md" ? "# Guide\n" : (files[file] ?? null)) },
    );
    assert.match(html, /Rätta felet i filerna/);
    assert.match(html, /Så gör du rätt: se avsnittet ”Markdown i svaren” i content\/README\.md\./);
  });
});

describe("excerptLines and guideSections", () => {
  it("numbers the lines around the problem's line, at the start and end of a file too", () => {
    assert.deepEqual(excerptLines("a\nb\nc", 1), [
      { text: "1 │ a", marked: true },
      { text: "2 │ b", marked: false },
      { text: "3 │ c", marked: false },
    ]);
    assert.deepEqual(
      excerptLines("a\nb\nc\nd\ne\nf", 6).map((row) => (row.marked ? `[${row.text}]` : row.text)),
      ["4 │ d", "5 │ e", "[6 │ f]"],
    );
  });

  it("renders nothing for a section the guide does not have", () => {
    assert.deepEqual(guideSections(guide, ["saknas"]), []);
  });
});

describe("PreviewPages.notice and withNotice", () => {
  const pages = new PreviewPages(buildConfigFrom({}).site);

  it("adds a valid notice as the first thing in the body, and the preview's stylesheet", async () => {
    const page =
      '<!doctype html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<title>Sida</title>\n</head>\n<body class="x">\n<main><h1>Sida</h1></main>\n</body>\n</html>\n';
    const notice = await pages.notice([
      problem("long-answer", { file: "content/p/a/x.md", words: 400, max: 300 }),
    ]);
    const html = withNotice(page, notice);
    assert.deepEqual(await validationErrors(html), []);
    assert.match(html, /<body class="x">\n<section class="app-preview-notice"/);
    assert.match(html, /Förhandsvisning: 1 varning för filen du ändrar/);
    assert.match(html, /<strong>content\/p\/a\/x\.md<\/strong>: Svaret är mycket långt/);
    assert.match(html, /<link rel="stylesheet" href="\/__preview\/preview\.css">\n<\/head>/);
  });

  it("is empty without warnings, and leaves the page as it was", async () => {
    assert.equal(await pages.notice([]), "");
    assert.equal(
      withNotice("<html><body><p>x</p></body></html>", ""),
      "<html><body><p>x</p></body></html>",
    );
  });
});
