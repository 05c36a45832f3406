// Builds the Pagefind index, the last step of the build: one record per question, in Swedish.
import { rm } from "node:fs/promises";
import path from "node:path";
import { close, createIndex } from "pagefind";
import type { FaqPage, Question, Section } from "../content/schema.ts";
import { escapeHtml } from "../shared/escape-html.ts";
import { indexedText } from "./search-terms.ts";

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
 * A section's filter value: page and section id, unique across pages that share a section title.
 * The page's filter value is its slug. The search page's selects use the same values.
 */
export function sectionFilterValue(page: Pick<FaqPage, "slug">, section: Pick<Section, "id">) {
  return `${page.slug}/${section.id}`;
}

/**
 * The HTML Pagefind indexes for one question. Each question is its own record, at the URL of its
 * anchor, so that a result is one question, ranked on its own words, and the page and section
 * filters narrow results to questions (Pagefind filters apply to whole records, so sub-results of
 * one page-sized record could not be filtered by section). The question is the record's h1, so
 * Pagefind weighs it above the answer; `data-pagefind-ignore` in the answer (external-link hints)
 * keeps its meaning.
 */
export function questionRecordHtml(page: FaqPage, section: Section, question: Question): string {
  const meta = (key: string, value: string) =>
    `<span data-pagefind-meta="${key}">${escapeHtml(value)}</span>`;
  const filter = (key: string, value: string) =>
    `<span data-pagefind-filter="${key}">${escapeHtml(value)}</span>`;
  // Meta and filters keep the editors' spelling, which results display; only the words searched
  // are normalised (see search-terms.ts).
  return (
    `<!doctype html><html lang="sv"><head><title>${escapeHtml(question.question)}</title></head>` +
    "<body>" +
    `<div hidden>${meta("title", question.question)}${meta("section", section.title)}` +
    `${meta("page", page.title)}${filter("sida", page.slug)}` +
    `${filter("avsnitt", sectionFilterValue(page, section))}` +
    "</div>" +
    indexedText(
      `<main data-pagefind-body><h1>${escapeHtml(question.question)}</h1>` +
        `${question.answerHtml}</main>`,
    ) +
    "</body></html>"
  );
}

export async function indexForSearch(siteDir: string, pages: FaqPage[]): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: "sv" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const outputPath = path.join(siteDir, "pagefind");
  try {
    // All at once: one call at a time waits a round trip per question (2.5 times slower for 500).
    const added = await Promise.all(
      pages.flatMap((page) =>
        page.sections.flatMap((section) =>
          section.questions.map((question) =>
            index
              .addHTMLFile({
                url: `${page.url}#${question.slug}`,
                content: questionRecordHtml(page, section, question),
              })
              .then((response) => ({ question, errors: response.errors })),
          ),
        ),
      ),
    );
    const failed = added.filter((result) => result.errors.length > 0);
    if (failed.length > 0) {
      const lines = failed.map(({ question, errors }) => `${question.file}: ${errors.join("; ")}`);
      throw new Error(`Pagefind could not index:\n${lines.join("\n")}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  } finally {
    // The Pagefind service is a child process: left running, it would keep the build alive.
    await close();
  }
  await Promise.all(unusedPagefindFiles.map((file) => rm(path.join(outputPath, file))));
}
