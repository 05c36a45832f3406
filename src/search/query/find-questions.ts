// Turns a query into a ranked list of questions: chooses which pages to read from each query
// word's own search (page-choice.ts), reads their records, and ranks their questions, each on its
// own words (record-questions.ts), reading more pages when too few hold every word (issues 12 and
// 26). No DOM: tested in Node.

import { type PageHit, rankPages } from "./page-choice.ts";
import { type FoundQuestion, type PagefindRecord, questionsOf } from "./record-questions.ts";
import { meaningfulWords, swedishStopWords } from "./stop-words.ts";
import { pagefindTerm, typoPrefix, typosAllowed } from "./word-match.ts";

/** One page Pagefind found for a search: what it says before the record is downloaded, and the record. */
export interface PagefindHit extends PageHit {
  data(): Promise<PagefindRecord>;
}

/** One search through Pagefind: every page it found, best first by Pagefind's own ranking. */
export type SearchPages = (term: string) => Promise<PagefindHit[]>;

export interface FoundQuestions {
  questions: FoundQuestion[];
  /** False when some records were not read: there are at least this many questions. */
  complete: boolean;
  /** True when no question matches every meaningful word of the query. */
  partial: boolean;
}

/**
 * Page records a query reads at first (the search UI's `limit`): enough to rank their questions,
 * few enough for the budget (a page's fragment holds all its sections, about three times a
 * section's).
 */
export const firstRecords = 4;

/** Fewer questions than this with every meaningful word, and more pages are read (issue 26). */
export const enoughQuestions = 3;

/** Records read for one query at most, in multiples of `limit`: each is a fragment of about 3.5 kB (issue 26). */
const recordBudget = 2;

/** The words of `term` a search looks up and scores: its meaningful words, once each, sorted. */
export function searchedWords(term: string): string[] {
  return [...new Set(meaningfulWords(term))].filter((word) => !swedishStopWords.has(word)).sort();
}

/**
 * The questions for `term`. Each of its meaningful words is searched on its own (the index chunks
 * a search of them all would load, so nothing more is downloaded), a word Pagefind does not know
 * by its beginning (typos: isRealMatch keeps the words one typo or two away). The pages are
 * ranked on those searches together (page-choice.ts), so the order of the words changes nothing;
 * the best `limit` pages' records are read and their questions scored, and when fewer than three
 * questions have every word, the next pages' too.
 */
export async function findQuestions(
  term: string,
  search: SearchPages,
  limit: number,
  section?: string,
): Promise<FoundQuestions> {
  const wanted = searchedWords(term);
  // Only stop words ("mitt", while the citizen types on): no question can match, so nothing is
  // downloaded for them. Stop words are never searched either: each word Pagefind looks up loads
  // its index chunk, and those of "jag", "kan" and "inte" are among the largest.
  if (wanted.length === 0) return { questions: [], complete: true, partial: false };
  const hitsByWord = new Map<string, PagefindHit[]>();
  const typoSearched = new Set<string>();
  const searchTypo = async (word: string) => {
    typoSearched.add(word);
    const known = new Set((hitsByWord.get(word) ?? []).map((hit) => hit.id));
    const more = (await search(typoPrefix(word))).filter((hit) => !known.has(hit.id));
    hitsByWord.set(word, [...(hitsByWord.get(word) ?? []), ...more]);
  };
  for (const word of wanted) {
    hitsByWord.set(word, await search(pagefindTerm(word)));
    if (hitsByWord.get(word)?.length === 0 && typosAllowed(word.length) > 0) await searchTypo(word);
  }
  const records = new Map<string, PagefindRecord>();
  let pages = rankPages(hitsByWord);
  // The next `count` pages of the ranking not read yet, within the query's budget.
  const read = async (count: number) => {
    const left = Math.min(count, limit * recordBudget - records.size);
    const next = pages.filter((hit) => !records.has(hit.id)).slice(0, Math.max(left, 0));
    const data = await Promise.all(next.map(async (hit) => [hit.id, await hit.data()] as const));
    for (const [id, record] of data) records.set(id, record);
    return questionsOf([...records.values()], wanted, section);
  };
  const everyWord = (questions: FoundQuestion[]) =>
    questions.filter((question) => question.matched.size === wanted.length).length;
  let questions = await read(limit);
  // Typos: Pagefind matches prefixes only (and found only other words for this one), so a word
  // no question matched is searched again by its beginning; isRealMatch keeps the words one typo
  // or two away from it.
  const matched = new Set(questions.flatMap((question) => [...question.matched]));
  const missing = wanted.filter(
    (word) => !matched.has(word) && !typoSearched.has(word) && typosAllowed(word.length) > 0,
  );
  for (const word of missing) await searchTypo(word);
  if (missing.length > 0) pages = rankPages(hitsByWord);
  if (everyWord(questions) < enoughQuestions) questions = await read(limit);
  const best = questions.reduce((most, question) => Math.max(most, question.matched.size), 0);
  return {
    questions,
    complete: pages.every((hit) => records.has(hit.id)),
    partial: questions.length > 0 && best < wanted.length,
  };
}
