import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMarkdown } from "../../src/content/markdown.ts";

const md = createMarkdown();

describe("createMarkdown", () => {
  it("marks a link to another site: new window, rel, domain and the spoken hint inside the link", () => {
    const html = md.renderInline("[Testa ditt bank‑id](https://test.bankid.com/)");
    assert.match(
      html,
      /^<a href="https:\/\/test\.bankid\.com\/" class="app-external-link" target="_blank" rel="noopener noreferrer">/,
    );
    assert.match(
      html,
      /Testa ditt bank‑id \(bankid\.com\)<span class="app-visually-hidden"[^>]*> Länk till annan webbplats, öppnas i nytt fönster\.<\/span><svg[^>]*aria-hidden="true"/,
    );
    assert.match(html, /<\/svg><\/a>$/);
  });

  it("leaves links to this site and to forsakringskassan.se as plain links", () => {
    assert.equal(md.renderInline("[Kakor](/kakor/)"), '<a href="/kakor/">Kakor</a>');
    assert.equal(
      md.renderInline("[Kontakt](https://www.forsakringskassan.se/kontakt)"),
      '<a href="https://www.forsakringskassan.se/kontakt">Kontakt</a>',
    );
  });

  it("shows raw HTML as text instead of passing it through", () => {
    const html = md.render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;script&gt;/);
  });

  it("never outputs javascript:, vbscript: or data: links", () => {
    const html = md.render(
      "[a](javascript:alert(1)) [b](vbscript:x) [c](data:text/html,x) <javascript:alert(1)>",
    );
    assert.doesNotMatch(html, /href="(javascript|vbscript|data):/i);
  });

  it("keeps the source's characters: non-breaking hyphens and straight quotes", () => {
    assert.equal(md.renderInline('bank‑id "kakor"'), "bank‑id &quot;kakor&quot;");
  });
});

describe("createMarkdown structure", () => {
  it("renders headings, ordered steps and bold UI labels as written", () => {
    const html = md.render(
      "#### Google Chrome\n\n1. Klicka på **Inställningar**.\n2. Bocka ur **Blockera cookies**.\n",
    );
    assert.equal(
      html,
      "<h4>Google Chrome</h4>\n<ol>\n<li>Klicka på <strong>Inställningar</strong>.</li>\n<li>Bocka ur <strong>Blockera cookies</strong>.</li>\n</ol>\n",
    );
  });

  it("renders an unordered list and a hard line break (the postal address)", () => {
    assert.equal(
      md.render("- Google Chrome\n- Safari."),
      "<ul>\n<li>Google Chrome</li>\n<li>Safari.</li>\n</ul>\n",
    );
    assert.equal(
      md.render("Försäkringskassans Inläsningscentral\\\n839 88 Östersund"),
      "<p>Försäkringskassans Inläsningscentral<br>\n839 88 Östersund</p>\n",
    );
  });
});
