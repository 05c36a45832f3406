// Turns Pagefind's section records into a ranked list of questions: flattens each record's
// sub-results (one per question heading), keeps only questions that match a meaningful query word,
// and relaxes the query when the exact one finds little (issue 12). No DOM: tested in Node.
import { matchedWords } from "./result-link.ts";
import { contentWords, queryWords, swedishStopWords } from "./stop-words.ts";

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { id: string };
  locations: number[];
  weighted_locations: WeightedLocation[];
  excerpt: string;
}

/** What `result.data()` returns for a section record. */
export interface PagefindRecord {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

/** One search through Pagefind: the data of its best `limit` records and how many there were. */
export type SearchRecords = (
  term: string,
  limit: number,
) => Promise<{ records: PagefindRecord[]; total: number }>;

export interface FoundQuestion {
  /** `/<page>/#<question>`. */
  url: string;
  question: string;
  section: string;
  page: string;
  /** Pagefind's excerpt: text with <mark> around the matched words. */
  excerpt: string;
  /** The words of the answer that matched, as they stand in the text (for the highlight). */
  words: string[];
  /** The query words this question matches. */
  matched: Set<string>;
  score: number;
}

export interface FoundQuestions {
  questions: FoundQuestion[];
  /** False when some records were not read: there are at least this many questions. */
  complete: boolean;
  /** True when no question matches every meaningful word of the query. */
  partial: boolean;
}

/** Fewer questions than this from the exact query, and the search relaxes (issue 12). */
export const enoughQuestions = 3;

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Whether Pagefind's match of the query word `query` on the indexed `word` is a real match: the
 * same word in another form (stems: "bilagor" → "bilaga"), or a long enough prefix of a compound
 * ("sjukpeng" → "sjukpenning"), but not a short fragment of a longer word ("för" in
 * "föräldrapenning", "in" in "inloggning").
 */
export function isRealMatch(query: string, word: string): boolean {
  const parts = [word, word.replace(/-/g, ""), ...word.split("-")].filter(
    (part) => part.length > 0,
  );
  return parts.some((part) => {
    if (part === query) return true;
    const shared = commonPrefixLength(query, part);
    if (shared < Math.min(query.length, part.length) - 3 || shared < 3) return false;
    // A shorter word is a stem of the query ("bilagorna" → "bilaga"), not what is left of it
    // when Pagefind shortens a word it does not know ("föräldrapenning" → "för").
    if (part.length < query.length) return shared >= query.length - 4;
    // A longer word starts with the query, give or take an ending ("sidor" → "sidan"), and is
    // either close in length or shares a long prefix ("sjukpeng" → "sjukpenning").
    if (shared < query.length - 2) return false;
    return shared >= 5 || part.length <= query.length + 3;
  });
}

/** The meaningful query words that one of a question's matched words really matches. */
function matchedQueryWords(words: readonly string[], query: readonly string[]): Set<string> {
  const meaningful = query.filter((word) => !swedishStopWords.has(word));
  return new Set(meaningful.filter((q) => words.some((word) => isRealMatch(q, word))));
}

/** The questions of one Pagefind search, each with the query words it really matches. */
export function questionsOf(records: PagefindRecord[], query: readonly string[]): FoundQuestion[] {
  return records.flatMap((record) =>
    record.sub_results
      .filter((sub) => sub.anchor !== undefined)
      .map((sub) => {
        const words = matchedWords(record.content, sub.locations);
        return {
          url: sub.url,
          // The editors' spelling, when the indexed heading differs (search-index.ts).
          question: record.meta[`fraga-${sub.anchor?.id}`] ?? sub.title,
          section: record.meta.section ?? "",
          page: record.meta.page ?? "",
          excerpt: sub.excerpt,
          words: words.filter((word) => query.some((q) => isRealMatch(q, word))),
          matched: matchedQueryWords(words, query),
          score: sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0),
        };
      })
      .filter((question) => question.matched.size > 0),
  );
}

/** Merges questions found by several searches: one entry per question, its matches united. */
function merge(lists: FoundQuestion[][]): FoundQuestion[] {
  const byUrl = new Map<string, FoundQuestion>();
  for (const question of lists.flat()) {
    const known = byUrl.get(question.url);
    if (!known) {
      byUrl.set(question.url, { ...question, matched: new Set(question.matched) });
      continue;
    }
    for (const word of question.matched) known.matched.add(word);
    known.words = [...new Set([...known.words, ...question.words])];
    if (question.score > known.score) {
      known.score = question.score;
      known.excerpt = question.excerpt;
    }
  }
  // First by how many of the query's words a question matches, then by Pagefind's scores.
  return [...byUrl.values()].sort((a, b) => b.matched.size - a.matched.size || b.score - a.score);
}

/**
 * The questions for `term`: the exact query first; when it gives fewer than three questions,
 * again without stop words, then word by word, merged into one list.
 */
export async function findQuestions(
  term: string,
  search: SearchRecords,
  limit: number,
): Promise<FoundQuestions> {
  const query = queryWords(term);
  const meaningful = contentWords(term);
  // The same search twice is skipped: "BankID" and "bankid" are one query to Pagefind.
  const relaxed = [meaningful.join(" "), ...(meaningful.length > 1 ? meaningful : [])];
  const searched = new Set<string>();
  const lists: FoundQuestion[][] = [];
  let complete = true;
  for (const next of [term, ...relaxed]) {
    const key = queryWords(next).join(" ");
    if (searched.has(key)) continue;
    if (lists.length > 0 && merge(lists).length >= enoughQuestions) break;
    searched.add(key);
    const { records, total } = await search(next, limit);
    if (total > records.length) complete = false;
    lists.push(questionsOf(records, query));
  }
  const questions = merge(lists);
  const wanted = new Set(meaningful.filter((word) => !swedishStopWords.has(word)));
  const best = questions[0]?.matched.size ?? 0;
  return { questions, complete, partial: questions.length > 0 && best < wanted.size };
}
