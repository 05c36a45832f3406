// The preview's error page and warning notice as HTML: valid (html-validate, the project's rules),
// the excerpt escaped and marked, the guide's sections under their anchors.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { problem } from "../../src/content/messages.ts";
import {
  excerptHtml,
  guideSectionsHtml,
  injectWarningNotice,
  previewErrorPage,
} from "../../src/preview/preview-page.ts";

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

describe("previewErrorPage", () => {
  it("is valid HTML, with the excerpt escaped and the guide's section under its anchor", async () => {
    const html = previewErrorPage(
      [
        problem("raw-html", { file: "content/p/a/x.md", line: 6, tags: ["<b>", "<script>"] }),
        "Ett fel som inte gäller innehållet.",
      ],
      { readText: (file) => files[file] ?? null },
    );
    assert.deepEqual(await validationErrors(html), []);
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
  });
});

describe("excerptHtml and guideSectionsHtml", () => {
  it("numbers the lines around the problem's line, at the start and end of a file too", () => {
    assert.equal(excerptHtml("a\nb\nc", 1), "<mark>1 │ a</mark>\n2 │ b\n3 │ c");
    assert.equal(excerptHtml("a\nb\nc\nd\ne\nf", 6), "4 │ d\n5 │ e\n<mark>6 │ f</mark>");
  });

  it("renders nothing for a section the guide does not have", () => {
    assert.equal(guideSectionsHtml(guide, ["saknas"]), "");
  });
});

describe("injectWarningNotice", () => {
  it("adds a valid notice as the first thing in the body, and the preview's stylesheet", async () => {
    const page =
      '<!doctype html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<title>Sida</title>\n</head>\n<body class="x">\n<main><h1>Sida</h1></main>\n</body>\n</html>\n';
    const html = injectWarningNotice(page, [
      problem("long-answer", { file: "content/p/a/x.md", words: 400, max: 300 }),
    ]);
    assert.deepEqual(await validationErrors(html), []);
    assert.match(html, /<body class="x">\n<aside class="app-preview-notice"/);
    assert.match(html, /<link rel="stylesheet" href="\/__preview\/preview\.css">\n<\/head>/);
  });
});
