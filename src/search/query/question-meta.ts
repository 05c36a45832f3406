// What the search results need to know of a page record's sections and questions beyond Pagefind's
// sub-results, carried in one meta field per record: Pagefind 1.6 lists every meta key of the
// index in pagefind.<lang>.pf_meta, which every first query downloads, so a key per question made
// that file 50 kB (brotli) at 10,200 questions, and the values belong in the record's fragment.

/** The meta key of a page record that holds its sections' titles and its questions' details. */
export const questionMetaKey = "fragor";

export interface QuestionDetails {
  /** The id of the question's section: filters are per record, so the UI filters questions. */
  section: string;
  /** How many search words end the question's indexed text (never shown in an excerpt). */
  words?: number;
  /** The question in the editors' spelling, where the indexed heading differs. */
  title?: string;
}

export interface QuestionMeta {
  /** Section id → its title, as results show it. */
  sections: Record<string, string>;
  /** Question slug → its details; every question of the record. */
  questions: Record<string, QuestionDetails>;
}

/**
 * A section's filter value: page slug and section id, unique across pages that share a section
 * title. The page's filter value is its slug. The search page's selects use the same values, and
 * the results UI compares a question's with the chosen one.
 */
export function sectionFilterValue(pageSlug: string, sectionId: string): string {
  return `${pageSlug}/${sectionId}`;
}

export function encodeQuestionMeta(meta: QuestionMeta): string {
  return JSON.stringify(meta);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === "object" && !Array.isArray(value);

/** The details of a record's meta value; nothing for a missing or malformed value. */
export function decodeQuestionMeta(value: string | undefined): QuestionMeta {
  const none: QuestionMeta = { sections: {}, questions: {} };
  if (!value) return none;
  try {
    const parsed: unknown = JSON.parse(value);
    if (!isObject(parsed) || !isObject(parsed.sections) || !isObject(parsed.questions)) return none;
    return parsed as unknown as QuestionMeta;
  } catch {
    return none;
  }
}
