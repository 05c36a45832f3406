// Scores one question on its own words (heading, answer, search words), read from the record's
// text rather than from one Pagefind search's matches, so the score does not depend on which
// search found the record nor on the order of the query's words (issue 26).
import { isRealMatch } from "./word-match.ts";

/** Where a question's words stand in its record's text and what of them is heading or search words. */
export interface QuestionSpan {
  /** The record's words, as `wordAt` reads them. */
  words: readonly string[];
  start: number;
  end: number;
  /** Words of the heading at `start`. */
  heading: number;
  /** Search words that end the span (sokord and synonyms, never shown). */
  searchWords: number;
}

/** What the question's heading and search words count against a mention in its answer. */
const headingWeight = 3;
const searchWordWeight = 2;

/** BM25's saturation (k1) and length normalisation (b), at their usual values. */
const saturation = 1.2;
const lengthWeight = 0.75;

export interface WordMatches {
  /** Query word → its weighted count in the question. */
  frequencies: Map<string, number>;
  /** Query word → the positions it matches, for closeness. */
  positions: Map<string, number[]>;
  /** The same, in the question's heading only. */
  headingPositions: Map<string, number[]>;
  /** The words that matched in its heading and answer, as they stand there (for the highlight). */
  shownWords: Set<string>;
}

/** A cache of which query words each text word really matches: records repeat their words. */
export type MatchCache = Map<string, readonly string[]>;

function queryWordsMatching(word: string, query: readonly string[], cache: MatchCache) {
  let found = cache.get(word);
  if (!found) {
    found = word ? query.filter((q) => isRealMatch(q, word)) : [];
    cache.set(word, found);
  }
  return found;
}

function addPosition(positions: Map<string, number[]>, word: string, location: number) {
  const at = positions.get(word) ?? [];
  at.push(location);
  positions.set(word, at);
}

/** How often, where and by what weight each query word matches in one question's span. */
export function wordMatches(
  span: QuestionSpan,
  query: readonly string[],
  cache: MatchCache,
): WordMatches {
  const frequencies = new Map<string, number>();
  const positions = new Map<string, number[]>();
  const headingPositions = new Map<string, number[]>();
  const shownWords = new Set<string>();
  const searchFrom = span.end - span.searchWords;
  for (let location = span.start; location < span.end; location++) {
    const word = span.words[location] ?? "";
    const matching = queryWordsMatching(word, query, cache);
    if (matching.length === 0) continue;
    const inHeading = location < span.start + span.heading;
    const inSearchWords = location >= searchFrom;
    const weight = inHeading ? headingWeight : inSearchWords ? searchWordWeight : 1;
    if (!inSearchWords) shownWords.add(word);
    for (const q of matching) {
      frequencies.set(q, (frequencies.get(q) ?? 0) + weight);
      addPosition(positions, q, location);
      if (inHeading) addPosition(headingPositions, q, location);
    }
  }
  return { frequencies, positions, headingPositions, shownWords };
}

/**
 * How close the matched words stand, from 0 to 1: the number of distinct words matched over the
 * shortest stretch of text holding one of each (1 when they stand side by side). A single word is
 * close to itself.
 */
export function closeness(positions: Map<string, number[]>): number {
  const lists = [...positions.values()];
  if (lists.length < 2) return 1;
  const events = lists
    .flatMap((list, word) => list.map((location) => ({ location, word })))
    .sort((a, b) => a.location - b.location);
  const counts = new Array<number>(lists.length).fill(0);
  let covered = 0;
  let shortest = Number.POSITIVE_INFINITY;
  let left = 0;
  for (const event of events) {
    if ((counts[event.word] ?? 0) === 0) covered++;
    counts[event.word] = (counts[event.word] ?? 0) + 1;
    while (covered === lists.length) {
      const first = events[left];
      if (!first) break;
      shortest = Math.min(shortest, event.location - first.location + 1);
      counts[first.word] = (counts[first.word] ?? 1) - 1;
      if (counts[first.word] === 0) covered--;
      left++;
    }
  }
  return lists.length / shortest;
}

/**
 * How close the question's matched words stand, from 0 to 1, whatever their order in the query:
 * the mean of their closeness in the whole question and in its heading alone, which is 0 unless
 * the heading holds two of them or more. A question with a single word of the query has none.
 */
export function proximity(matches: Pick<WordMatches, "positions" | "headingPositions">): number {
  if (matches.positions.size < 2) return 0;
  const inHeading = matches.headingPositions.size < 2 ? 0 : closeness(matches.headingPositions);
  return (closeness(matches.positions) + inHeading) / 2;
}

/** How much a word found in `having` of `questions` questions says: rare words weigh most. */
export function rarity(questions: number, having: number): number {
  return Math.log(1 + (questions - having + 0.5) / (having + 0.5));
}

/**
 * A question's score: each matched word adds its rarity, half of it for a single mention and
 * more for repeats and short answers (BM25's saturation and length normalisation), and the
 * words standing close together, in the heading above all, add up to twice as much (issue 26). Matching another meaningful word thus
 * outweighs repeating one, unless that word is common.
 */
export function questionScore(
  matches: WordMatches,
  weights: ReadonlyMap<string, number>,
  length: number,
  averageLength: number,
): number {
  const norm = 1 - lengthWeight + lengthWeight * (length / Math.max(averageLength, 1));
  let score = 0;
  for (const [q, frequency] of matches.frequencies) {
    const saturated = (frequency * (saturation + 1)) / (frequency + saturation * norm);
    score += (weights.get(q) ?? 0) * (0.5 + (0.5 * saturated) / (saturation + 1));
  }
  return score * (1 + proximity(matches));
}
