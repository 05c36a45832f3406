// One Pagefind record per FAQ page, made from the validated content: its questions as sub-results
// (h3[id]), its filters and the meta the results UI reads (issue 12).
import { withPathPrefix } from "../../config/site-path.ts";
import { externalLinkDecoration } from "../../content/links.ts";
import type { FaqPage, Question, Section, Synonyms } from "../../content/schema.ts";
import { escapeHtml } from "../../shared/escape-html.ts";
import {
  encodeQuestionMeta,
  type QuestionDetails,
  type QuestionMeta,
  questionMetaKey,
  sectionFilterValue,
} from "../query/question-meta.ts";
import { indexedText, searchWords } from "./search-terms.ts";

/**
 * Weight of a question heading: Pagefind's weight of an h1, which the question had when it was a
 * record of its own, so a question still outranks the answers that mention its words.
 */
const questionWeight = 7;

/**
 * Where a page's record is written for Pagefind, relative to the folder it indexes: one flat
 * folder, as a folder per record cost directories to make. A page slug has no dot (slugPattern),
 * so two records never share a name.
 */
export function pageRecordPath(page: Pick<FaqPage, "slug">) {
  return `${page.slug}.html`;
}

type QuestionSearchWords = ReturnType<typeof searchWords>;

interface IndexedQuestion {
  section: Section;
  question: Question;
  words: QuestionSearchWords;
}

/** A link's start tag with its attributes, which Pagefind does not index. */
const linkStartTag = /<a [^>]*>/g;

/**
 * A question as Pagefind reads it. An external link's hint (data-pagefind-ignore), its icon (no
 * text) and every link's attributes change nothing in the index but were 40 % of the records'
 * bytes at 10,200 questions (12.9 MB of 600 records, each sent to Pagefind's process as base64):
 * left out. The Markdown renderer escapes `>` in attributes, so a start tag ends at the first.
 */
function questionHtml({ question, words }: IndexedQuestion): string {
  const answer = question.answerHtml
    .replaceAll(externalLinkDecoration, "")
    .replace(linkStartTag, "<a>");
  return (
    `<section><h3 id="${question.slug}" data-pagefind-weight="${questionWeight}">` +
    `${escapeHtml(question.question)}</h3>${answer}${words.html}</section>`
  );
}

/**
 * What the results UI needs to know of a page's questions beyond Pagefind's sub-results: each
 * question's section (filters belong to records, so the UI keeps a chosen section's questions
 * itself), the sections' titles, how many search words end each question's text, and its title in
 * the editors' spelling when the indexed heading differs (Pagefind titles a sub-result with its
 * heading's indexed text, hyphens normalised). One meta field for the record, not one per question
 * (see question-meta.ts).
 */
export function questionMeta(sections: Section[], questions: IndexedQuestion[]): QuestionMeta {
  const meta: QuestionMeta = {
    sections: Object.fromEntries(sections.map((section) => [section.id, section.title])),
    questions: {},
  };
  for (const { section, question, words } of questions) {
    const details: QuestionDetails = { section: section.id };
    // The results UI ends a question's excerpt before its search words: they are never shown.
    if (words.words > 0) details.words = words.words;
    if (indexedText(question.question) !== question.question) details.title = question.question;
    meta.questions[question.slug] = details;
  }
  return meta;
}

/**
 * The HTML Pagefind indexes for one FAQ page: one record, because Pagefind's cost is per record
 * (10,200 question records: 14 s and 665 MB; 1,800 section records: 3.1 s and 312 MB; 600 page
 * records: 2.3 s and 255 MB, issue 12). `sida` is the page's; `avsnitt` holds every section of the
 * page, so filtering by a section finds the page, and the UI keeps only that section's questions
 * (their sections are in the record's question meta). Each question heading carries its anchor's
 * id, so Pagefind returns the questions as sub-results; the meta `url` is the page's, so they link
 * to `/<page>/#<question>`. `data-pagefind-ignore` in an answer (external-link hints) keeps its
 * meaning.
 */
export function pageRecordHtml(
  page: FaqPage,
  lang: string,
  synonyms: Synonyms = new Map(),
  pathPrefix = "/",
): string {
  const meta = (key: string, value: string) =>
    `<span data-pagefind-meta="${key}">${escapeHtml(value)}</span>`;
  const filter = (key: string, value: string) =>
    `<span data-pagefind-filter="${key}">${escapeHtml(value)}</span>`;
  const sections = page.sections.filter((section) => section.questions.length > 0);
  const questions = sections.flatMap((section) =>
    section.questions.map((question) => ({
      section,
      question,
      words: searchWords(question, synonyms),
    })),
  );
  // Meta and filters keep the editors' spelling, which results display; only the words searched
  // are normalised (see search-terms.ts).
  return (
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><title>${escapeHtml(page.title)}</title></head>` +
    "<body>" +
    `<div hidden>${meta("url", withPathPrefix(pathPrefix, page.url))}${meta("title", page.title)}${meta("page", page.title)}` +
    filter("sida", page.slug) +
    sections
      .map((section) => filter("avsnitt", sectionFilterValue(page.slug, section.id)))
      .join("") +
    `${meta(questionMetaKey, encodeQuestionMeta(questionMeta(sections, questions)))}</div>` +
    indexedText(`<main data-pagefind-body>${questions.map(questionHtml).join("")}</main>`) +
    "</body></html>"
  );
}
