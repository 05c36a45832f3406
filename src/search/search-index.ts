// Builds the Pagefind index, the last step of the build: one record per FAQ page, its questions as
// sub-results, in Swedish, indexed through Pagefind's parallel path (issue 12).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { close, createIndex } from "pagefind";
import type { FaqPage, Question, Section, Synonyms } from "../content/schema.ts";
import { escapeHtml } from "../shared/escape-html.ts";
import {
  encodeQuestionMeta,
  type QuestionDetails,
  type QuestionMeta,
  questionMetaKey,
  sectionFilterValue,
} from "../shared/question-meta.ts";
import { indexedText, searchWords } from "./search-terms.ts";

/** The folder of the site that holds the search index (Pagefind's default, which its script expects). */
export const searchIndexFolder = "pagefind";

/** Pagefind's ready-made UIs and highlighter: the site has its own, so they are not published. */
const unusedPagefindFiles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

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

function questionHtml({ question, words }: IndexedQuestion): string {
  return (
    `<section><h3 id="${question.slug}" data-pagefind-weight="${questionWeight}">` +
    `${escapeHtml(question.question)}</h3>${question.answerHtml}${words.html}</section>`
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
export function pageRecordHtml(page: FaqPage, synonyms: Synonyms = new Map()): string {
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
    `<!doctype html><html lang="sv"><head><title>${escapeHtml(page.title)}</title></head>` +
    "<body>" +
    `<div hidden>${meta("url", page.url)}${meta("title", page.title)}${meta("page", page.title)}` +
    filter("sida", page.slug) +
    sections
      .map((section) => filter("avsnitt", sectionFilterValue(page.slug, section.id)))
      .join("") +
    `${meta(questionMetaKey, encodeQuestionMeta(questionMeta(sections, questions)))}</div>` +
    indexedText(`<main data-pagefind-body>${questions.map(questionHtml).join("")}</main>`) +
    "</body></html>"
  );
}

/** Writes every page's record under `dir`, where Pagefind's `addDirectory` reads them. */
async function writePageRecords(dir: string, pages: FaqPage[], synonyms: Synonyms): Promise<void> {
  await Promise.all(
    pages
      .filter((page) => page.sections.some((section) => section.questions.length > 0))
      .map((page) =>
        writeFile(path.join(dir, pageRecordPath(page)), pageRecordHtml(page, synonyms)),
      ),
  );
}

export async function indexForSearch(
  siteDir: string,
  pages: FaqPage[],
  synonyms: Synonyms = new Map(),
): Promise<void> {
  // Pagefind's service handles `addHTMLFile` one message at a time, on one thread; `addDirectory`
  // parses files in parallel, so the records go through files in a folder of their own.
  const recordsDir = await mkdtemp(path.join(tmpdir(), "fk-search-records-"));
  const outputPath = path.join(siteDir, searchIndexFolder);
  try {
    await writePageRecords(recordsDir, pages, synonyms);
    const { index, errors } = await createIndex({ forceLanguage: "sv" });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: recordsDir });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not index the search records: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  } finally {
    // The Pagefind service is a child process: left running, it would keep the build alive.
    await close();
    await rm(recordsDir, { recursive: true, force: true });
  }
  await Promise.all(unusedPagefindFiles.map((file) => rm(path.join(outputPath, file))));
}
