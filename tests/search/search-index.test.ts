import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FaqPage, Question, Section } from "../../src/content/schema.ts";
import { questionRecordHtml } from "../../src/search/search-index.ts";
import { indexedText } from "../../src/search/search-terms.ts";

const question = {
  question: "Hur loggar jag in med bank\u2011id?",
  order: 10,
  slug: "logga-in-med-bank-id",
  answerHtml:
    '<p>Med bank\u2011id.</p><p><a href="https://x.se">Film<span data-pagefind-ignore> Länk till annan webbplats</span></a></p>',
  file: "content/p/s/logga-in-med-bank-id.md",
} as Question;
const section = { id: "inloggning", title: "Inloggning", questions: [question] } as Section;
const page = {
  title: "Frågor & svar",
  slug: "p",
  url: "/p/",
  sections: [section],
} as unknown as FaqPage;

describe("indexedText", () => {
  it("turns non-breaking and Unicode hyphens into the hyphen Pagefind splits on", () => {
    assert.equal(
      indexedText("bank\u2011id e\u2010legitimation bank-id"),
      "bank-id e-legitimation bank-id",
    );
  });
});

describe("questionRecordHtml", () => {
  const html = questionRecordHtml(page, section, question);

  it("is a Swedish document whose indexed body is the question and its answer", () => {
    assert.match(html, /<html lang="sv">/);
    assert.match(
      html,
      /<main data-pagefind-body><h1>Hur loggar jag in med bank-id\?<\/h1><p>Med bank-id\.<\/p>/,
    );
  });

  it("keeps the editors' spelling in the title shown in results", () => {
    assert.match(
      html,
      /<span data-pagefind-meta="title">Hur loggar jag in med bank\u2011id\?<\/span>/,
    );
  });

  it("filters by page and by section of that page, and escapes the titles it shows", () => {
    assert.match(html, /<span data-pagefind-filter="sida">p<\/span>/);
    assert.match(html, /<span data-pagefind-filter="avsnitt">p\/inloggning<\/span>/);
    assert.match(html, /<span data-pagefind-meta="page">Frågor &amp; svar<\/span>/);
    assert.match(html, /<span data-pagefind-meta="section">Inloggning<\/span>/);
  });

  it("keeps data-pagefind-ignore on the external-link hint", () => {
    assert.match(html, /<span data-pagefind-ignore> Länk till annan webbplats<\/span>/);
  });
});
