import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FaqPage, Question, Section } from "../../src/content/schema.ts";
import {
  questionMeta,
  sectionRecordHtml,
  sectionRecordPath,
} from "../../src/search/search-index.ts";
import { indexedText, searchWords, synonymsFor } from "../../src/search/search-terms.ts";

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

describe("sectionRecordHtml", () => {
  const other = {
    question: "Vad är e-legitimation?",
    order: 20,
    slug: "vad-ar-e-legitimation",
    answerHtml: "<p>En id-handling.</p>",
    file: "content/p/s/vad-ar-e-legitimation.md",
  } as Question;
  const twoQuestions = { ...section, questions: [question, other] };
  const html = sectionRecordHtml(page, twoQuestions);

  it("is one Swedish document whose indexed body is every question heading and its answer", () => {
    assert.match(html, /<html lang="sv">/);
    assert.match(
      html,
      /<main data-pagefind-body><section><h3 id="logga-in-med-bank-id" data-pagefind-weight="7">Hur loggar jag in med bank-id\?<\/h3><p>Med bank-id\.<\/p>/,
    );
    assert.match(
      html,
      /<section><h3 id="vad-ar-e-legitimation" data-pagefind-weight="7">Vad är e-legitimation\?<\/h3><p>En id-handling\.<\/p><\/section><\/main>/,
    );
  });

  it("points its questions' sub-results at the page, whatever file Pagefind reads it from", () => {
    assert.match(html, /<span data-pagefind-meta="url">\/p\/<\/span>/);
    assert.equal(sectionRecordPath(page, section), "p.inloggning.html");
  });

  it("keeps the editors' spelling of a title that indexing changes, and only then", () => {
    assert.deepEqual(
      questionMeta(
        twoQuestions.questions.map((q) => ({ question: q, words: searchWords(q, new Map()) })),
      ),
      {
        "logga-in-med-bank-id": { title: "Hur loggar jag in med bank\u2011id?" },
      },
    );
    assert.match(
      html,
      /<span data-pagefind-meta="fragor">\{&quot;logga-in-med-bank-id&quot;:\{&quot;title&quot;:&quot;Hur loggar jag in med bank\u2011id\?&quot;\}\}<\/span>/,
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

describe("the editors' search words", () => {
  const appQuestion = {
    ...question,
    slug: "appen",
    question: "Jag kan inte logga in i appen",
    answerHtml: "<p>Kontrollera versionen av IOS/Android. Ladda upp loggen.</p>",
    sokord: ["mobil-app", "<telefon>"],
  } as Question;
  const synonyms = new Map([
    ["iphone", ["ios"]],
    ["bifoga", ["ladda upp"]],
    ["tom", ["blank"]],
    ["kontroll", ["kontrol"]],
  ]);

  it("indexes a question's sokord with high weight, escaped, and never as a heading", () => {
    assert.deepEqual(searchWords(appQuestion, new Map()), {
      html: '<p data-pagefind-weight="7">mobil-app, &lt;telefon&gt;</p>',
      words: 2,
    });
  });

  it("adds a citizen's word where the question uses one of the site's words, whole words only", () => {
    assert.deepEqual(synonymsFor(appQuestion, synonyms), ["iphone", "bifoga"]);
    assert.match(
      sectionRecordHtml(page, { ...section, questions: [appQuestion] }, synonyms),
      /Ladda upp loggen\.<\/p><p data-pagefind-weight="7">mobil-app, &lt;telefon&gt;<\/p><p data-pagefind-weight="3">iphone, bifoga<\/p><\/section>/,
    );
    // The UI leaves the four search words out of the question's excerpt.
    assert.match(
      sectionRecordHtml(page, { ...section, questions: [appQuestion] }, synonyms),
      /<span data-pagefind-meta="fragor">\{&quot;appen&quot;:\{&quot;words&quot;:4\}\}<\/span>/,
    );
  });

  it("adds nothing to a question without search words", () => {
    assert.deepEqual(searchWords(question, synonyms), { html: "", words: 0 });
  });
});
