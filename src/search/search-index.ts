// Builds the Pagefind index, the last step of the build: one record per section, its questions as
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
 * A section's filter value: page and section id, unique across pages that share a section title.
 * The page's filter value is its slug. The search page's selects use the same values.
 */
export function sectionFilterValue(page: Pick<FaqPage, "slug">, section: Pick<Section, "id">) {
  return `${page.slug}/${section.id}`;
}

/**
 * Where a section's record is written for Pagefind, relative to the folder it indexes: one flat
 * folder, as a folder per record cost 1,800 more directories to make at 10,200 questions (0.1 to
 * 0.3 s). A section id has no dot (slugPattern), so two records never share a name.
 */
export function sectionRecordPath(page: Pick<FaqPage, "slug">, section: Pick<Section, "id">) {
  return `${page.slug}.${section.id}.html`;
}

type QuestionSearchWords = ReturnType<typeof searchWords>;

function questionHtml(question: Question, words: QuestionSearchWords): string {
  return (
    `<section><h3 id="${question.slug}" data-pagefind-weight="${questionWeight}">` +
    `${escapeHtml(question.question)}</h3>${question.answerHtml}${words.html}</section>`
  );
}

/**
 * What the results UI needs to know of a section's questions beyond Pagefind's sub-results: how
 * many search words end each question's text, and its title in the editors' spelling when the
 * indexed heading differs (Pagefind titles a sub-result with its heading's indexed text, hyphens
 * normalised). One meta field for the record, not one per question (see question-meta.ts).
 */
export function questionMeta(questions: { question: Question; words: QuestionSearchWords }[]) {
  const meta: QuestionMeta = {};
  for (const { question, words } of questions) {
    const details: QuestionDetails = {};
    // The results UI ends a question's excerpt before its search words: they are never shown.
    if (words.words > 0) details.words = words.words;
    if (indexedText(question.question) !== question.question) details.title = question.question;
    if (Object.keys(details).length > 0) meta[question.slug] = details;
  }
  return meta;
}

/**
 * The HTML Pagefind indexes for one section: one record, because filters belong to records and
 * `sida` and `avsnitt` are the same for every question of a section, so both stay exact; Pagefind's
 * cost is per record (10,200 question records: 14 s and 665 MB; 1,800 section records: 3.1 s and
 * 312 MB, issue 12). Each question heading carries its anchor's id, so Pagefind returns the
 * questions as sub-results; the meta `url` is the page's, so they link to `/<page>/#<question>`.
 * `data-pagefind-ignore` in an answer (external-link hints) keeps its meaning.
 */
export function sectionRecordHtml(
  page: FaqPage,
  section: Section,
  synonyms: Synonyms = new Map(),
): string {
  const meta = (key: string, value: string) =>
    `<span data-pagefind-meta="${key}">${escapeHtml(value)}</span>`;
  const filter = (key: string, value: string) =>
    `<span data-pagefind-filter="${key}">${escapeHtml(value)}</span>`;
  const questions = section.questions.map((question) => ({
    question,
    words: searchWords(question, synonyms),
  }));
  // Meta and filters keep the editors' spelling, which results display; only the words searched
  // are normalised (see search-terms.ts).
  return (
    `<!doctype html><html lang="sv"><head><title>${escapeHtml(section.title)}</title></head>` +
    "<body>" +
    `<div hidden>${meta("url", page.url)}${meta("title", section.title)}` +
    `${meta("section", section.title)}${meta("page", page.title)}` +
    `${filter("sida", page.slug)}${filter("avsnitt", sectionFilterValue(page, section))}` +
    `${meta(questionMetaKey, encodeQuestionMeta(questionMeta(questions)))}</div>` +
    indexedText(
      `<main data-pagefind-body>${questions.map(({ question, words }) => questionHtml(question, words)).join("")}</main>`,
    ) +
    "</body></html>"
  );
}

/** Writes every section's record under `dir`, where Pagefind's `addDirectory` reads them. */
async function writeSectionRecords(
  dir: string,
  pages: FaqPage[],
  synonyms: Synonyms,
): Promise<void> {
  const records = pages.flatMap((page) =>
    page.sections
      .filter((section) => section.questions.length > 0)
      .map((section) => ({
        file: path.join(dir, sectionRecordPath(page, section)),
        page,
        section,
      })),
  );
  await Promise.all(
    records.map(({ file, page, section }) =>
      writeFile(file, sectionRecordHtml(page, section, synonyms)),
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
    await writeSectionRecords(recordsDir, pages, synonyms);
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
