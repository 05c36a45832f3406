// What the search results need to know of a section record's questions beyond Pagefind's
// sub-results, carried in one meta field per record: Pagefind 1.6 lists every meta key of the
// index in pagefind.<lang>.pf_meta, which every first query downloads, so a key per question made
// that file 50 kB (brotli) at 10,200 questions, and the values belong in the record's fragment.

/** The meta key of a section record that holds its questions' details. */
export const questionMetaKey = "fragor";

export interface QuestionDetails {
  /** How many search words end the question's indexed text (never shown in an excerpt). */
  words?: number;
  /** The question in the editors' spelling, where the indexed heading differs. */
  title?: string;
}

/** Question slug → its details; questions with none are left out. */
export type QuestionMeta = Record<string, QuestionDetails>;

export function encodeQuestionMeta(meta: QuestionMeta): string {
  return JSON.stringify(meta);
}

/** The details of a record's meta value; nothing for a missing or malformed value. */
export function decodeQuestionMeta(value: string | undefined): QuestionMeta {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as QuestionMeta)
      : {};
  } catch {
    return {};
  }
}
