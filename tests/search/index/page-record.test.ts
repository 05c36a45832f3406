import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FaqPage, Question, Section } from "../../../src/content/schema.ts";
import {
  pageRecordHtml,
  pageRecordPath,
  questionMeta,
} from "../../../src/search/index/page-record.ts";
import { indexedText, searchWords, synonymsFor } from "../../../src/search/index/search-terms.ts";
import { decodeQuestionMeta } from "../../../src/search/query/question-meta.ts";

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

describe("pageRecordHtml", () => {
  const other = {
    question: "Vad är e-legitimation?",
    order: 20,
    slug: "vad-ar-e-legitimation",
    answerHtml: "<p>En id-handling.</p>",
    file: "content/p/s/vad-ar-e-legitimation.md",
  } as Question;
  const third = {
    question: "Hur signerar jag?",
    order: 10,
    slug: "hur-signerar-jag",
    answerHtml: "<p>Med din e-legitimation.</p>",
    file: "content/p/t/hur-signerar-jag.md",
  } as Question;
  const signing = { id: "signering", title: "Signering", questions: [third] } as Section;
  const empty = { id: "tomt", title: "Tomt", questions: [] as Question[] } as Section;
  const twoSections = {
    ...page,
    sections: [{ ...section, questions: [question, other] }, empty, signing],
  } as FaqPage;
  const html = pageRecordHtml(twoSections, "sv");

  it("is one Swedish document whose indexed body is every question of every section, in order", () => {
    assert.match(html, /<html lang="sv">/);
    // The language is the configured one, not written into the record's code.
    assert.match(pageRecordHtml(twoSections, "en"), /^<!doctype html><html lang="en">/);
    assert.match(
      html,
      /<main data-pagefind-body><section><h3 id="logga-in-med-bank-id" data-pagefind-weight="7">Hur loggar jag in med bank-id\?<\/h3><p>Med bank-id\.<\/p>/,
    );
    assert.match(
      html,
      /<section><h3 id="vad-ar-e-legitimation" data-pagefind-weight="7">Vad är e-legitimation\?<\/h3><p>En id-handling\.<\/p><\/section><section><h3 id="hur-signerar-jag" data-pagefind-weight="7">Hur signerar jag\?<\/h3><p>Med din e-legitimation\.<\/p><\/section><\/main>/,
    );
  });

  it("points its questions' sub-results at the page, whatever file Pagefind reads it from", () => {
    assert.match(html, /<span data-pagefind-meta="url">\/p\/<\/span>/);
    assert.equal(pageRecordPath(page), "p.html");
  });

  it("tells the results each question's section, the sections' titles and the editors' spelling", () => {
    const indexed = twoSections.sections.flatMap((s) =>
      s.questions.map((q) => ({ section: s, question: q, words: searchWords(q, new Map()) })),
    );
    assert.deepEqual(questionMeta([twoSections.sections[0] as Section, signing], indexed), {
      sections: { inloggning: "Inloggning", signering: "Signering" },
      questions: {
        "logga-in-med-bank-id": {
          section: "inloggning",
          title: "Hur loggar jag in med bank\u2011id?",
        },
        "vad-ar-e-legitimation": { section: "inloggning" },
        "hur-signerar-jag": { section: "signering" },
      },
    });
    const value = html.match(/<span data-pagefind-meta="fragor">([^<]*)<\/span>/)?.[1] ?? "";
    assert.deepEqual(
      decodeQuestionMeta(value.replaceAll("&quot;", '"')),
      questionMeta([twoSections.sections[0] as Section, signing], indexed),
    );
  });

  it("filters by page and by every section of the page that has questions", () => {
    assert.equal(html.match(/data-pagefind-filter="sida"/g)?.length, 1);
    assert.match(html, /<span data-pagefind-filter="sida">p<\/span>/);
    assert.deepEqual(
      [...html.matchAll(/<span data-pagefind-filter="avsnitt">([^<]*)<\/span>/g)].map((m) => m[1]),
      ["p/inloggning", "p/signering"],
    );
  });

  it("escapes the titles it shows", () => {
    assert.match(html, /<span data-pagefind-meta="page">Frågor &amp; svar<\/span>/);
    assert.match(html, /<title>Frågor &amp; svar<\/title>/);
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
    const appPage = { ...page, sections: [{ ...section, questions: [appQuestion] }] } as FaqPage;
    assert.match(
      pageRecordHtml(appPage, "sv", synonyms),
      /Ladda upp loggen\.<\/p><p data-pagefind-weight="7">mobil-app, &lt;telefon&gt;<\/p><p data-pagefind-weight="3">iphone, bifoga<\/p><\/section>/,
    );
    // The UI leaves the four search words out of the question's excerpt.
    assert.match(
      pageRecordHtml(appPage, "sv", synonyms),
      /&quot;appen&quot;:\{&quot;section&quot;:&quot;inloggning&quot;,&quot;words&quot;:4\}/,
    );
  });

  it("adds nothing to a question without search words", () => {
    assert.deepEqual(searchWords(question, synonyms), { html: "", words: 0 });
  });
});
