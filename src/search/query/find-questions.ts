// Turns Pagefind's page records into a ranked list of questions: flattens each record's
// sub-results (one per question heading), keeps only questions that match a meaningful query word
// (and, when the citizen chose a section, belong to it), and relaxes the query when the exact one
// finds little (issue 12). No DOM: tested in Node.

import {
  decodeQuestionMeta,
  type QuestionMeta,
  questionMetaKey,
  sectionFilterValue,
} from "./question-meta.ts";
import { contentWords, matchedWords, wordAt } from "./result-link.ts";
import { meaningfulWords, queryWords, swedishStopWords } from "./stop-words.ts";
import { isRealMatch, typoPrefix, typosAllowed } from "./word-match.ts";

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

/** What `result.data()` returns for a page record. */
export interface PagefindRecord {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  /** The record's filter values: its page (`sida`) and every section of it (`avsnitt`). */
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
  /** Every heading with an id, in page order: where each question starts. */
  anchors: { id: string; location: number }[];
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
  /** Words of the answer around its first match, the matches marked; never its search words. */
  excerpt: ExcerptPart[];
  /** The words of the answer that matched, as they stand in the text (for the highlight). */
  words: string[];
  /** The query words this question matches. */
  matched: Set<string>;
  score: number;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
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

/** BM25's saturation (k1) and length normalisation (b), at their usual values. */
const saturation = 1.2;
const lengthWeight = 0.75;

/** One question of a record, before scoring: its weighted matches per query word and its length. */
interface Candidate {
  record: PagefindRecord;
  sub: PagefindSubResult;
  frequencies: Map<string, number>;
  length: number;
  excerpt: ExcerptPart[];
  /** The question in the editors' spelling. */
  title: string;
  /** The title of the question's section. */
  section: string;
}

/** How often each meaningful query word really matches, each match counted by its weight. */
function frequenciesOf(
  locations: readonly WeightedLocation[],
  words: readonly string[],
  meaningful: readonly string[],
): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const { location, weight } of locations) {
    const word = wordAt(words, location);
    for (const q of meaningful) {
      if (isRealMatch(q, word)) frequencies.set(q, (frequencies.get(q) ?? 0) + weight);
    }
  }
  return frequencies;
}

/**
 * Each question's words, from its heading to the next question's heading: of the chosen section's
 * questions only, when the citizen chose one (`section`, its filter value).
 */
function questionRanges(
  record: PagefindRecord,
  words: number,
  details: QuestionMeta,
  section: string | undefined,
): Map<string, [number, number]> {
  const anchors = [...record.anchors].sort((a, b) => a.location - b.location);
  const page = record.filters?.sida?.[0] ?? "";
  const ranges = new Map<string, [number, number]>();
  anchors.forEach((anchor, index) => {
    const of = details.questions[anchor.id]?.section;
    if (section && (of === undefined || sectionFilterValue(page, of) !== section)) return;
    const end = Math.max(anchors[index + 1]?.location ?? words, anchor.location + 1);
    ranges.set(anchor.id, [anchor.location, end]);
  });
  return ranges;
}

/** Words an excerpt shows, as many as Pagefind's own excerpts in this UI. */
const excerptLength = 24;

/**
 * The answer's words around its first real match, with the real matches marked: Pagefind's own
 * excerpt would mark stop words and fragments, and could show the search words that end the
 * question's text in the index (search-index.ts counts them in the record's question meta).
 */
function excerptOf(
  words: readonly string[],
  [start, end]: [number, number],
  skip: { heading: number; searchWords: number },
  meaningful: readonly string[],
): ExcerptPart[] {
  const last = Math.max(end - skip.searchWords, start);
  const answer = Math.min(start + skip.heading, last);
  const isMatch = (location: number) =>
    meaningful.some((q) => isRealMatch(q, wordAt(words, location)));
  let first = answer;
  while (first < last && !isMatch(first)) first++;
  const from = first < last ? Math.max(answer, first - 6) : answer;
  const to = Math.min(last, from + excerptLength);
  const parts: ExcerptPart[] = [];
  const addText = (text: string) => {
    const previous = parts.at(-1);
    if (previous && !previous.marked) previous.text += text;
    else parts.push({ text, marked: false });
  };
  if (from > answer) addText("… ");
  for (let location = from; location < to; location++) {
    if (location > from) addText(" ");
    const word = words[location] ?? "";
    if (isMatch(location)) parts.push({ text: word, marked: true });
    else addText(word);
  }
  if (to < last) addText(" …");
  return parts;
}

/**
 * The questions of one Pagefind search, each with the query words it really matches, scored per
 * question with BM25 over the questions of the records read: a heading's match counts by its
 * weight, repeats count less and less, a word few questions have counts more, and the same
 * matches say more in a short answer than in a long one that mentions them in passing.
 */
export function questionsOf(
  records: PagefindRecord[],
  query: readonly string[],
  section?: string,
): FoundQuestion[] {
  const meaningful = query.filter((word) => !swedishStopWords.has(word));
  const candidates: Candidate[] = [];
  let questions = 0;
  let totalLength = 0;
  for (const record of records) {
    const words = contentWords(record.content);
    const details = decodeQuestionMeta(record.meta[questionMetaKey]);
    const ranges = questionRanges(record, words.length, details, section);
    questions += ranges.size;
    for (const [start, end] of ranges.values()) totalLength += end - start;
    for (const sub of record.sub_results) {
      const range = sub.anchor && ranges.get(sub.anchor.id);
      if (!sub.anchor || !range) continue;
      const frequencies = frequenciesOf(sub.weighted_locations, words, meaningful);
      const [start, end] = range;
      const question = details.questions[sub.anchor.id];
      const excerpt = excerptOf(
        words,
        [start, end],
        {
          heading: sub.title.split(/\s+/).filter((word) => word).length,
          searchWords: question?.words ?? 0,
        },
        meaningful,
      );
      if (frequencies.size > 0) {
        const title = question?.title ?? sub.title;
        const sectionTitle = details.sections[question?.section ?? ""] ?? "";
        candidates.push({
          record,
          sub,
          frequencies,
          length: end - start,
          excerpt,
          title,
          section: sectionTitle,
        });
      }
    }
  }
  const averageLength = totalLength / Math.max(questions, 1);
  const idf = new Map(
    meaningful.map((q) => {
      const having = candidates.filter((candidate) => candidate.frequencies.has(q)).length;
      return [q, Math.log(1 + (questions - having + 0.5) / (having + 0.5))];
    }),
  );
  return candidates.map(({ record, sub, frequencies, length, excerpt, title, section }) => {
    const norm = 1 - lengthWeight + lengthWeight * (length / averageLength);
    let score = 0;
    for (const [q, frequency] of frequencies) {
      score += ((idf.get(q) ?? 0) * frequency * (saturation + 1)) / (frequency + saturation * norm);
    }
    const found = matchedWords(record.content, sub.locations);
    return {
      url: sub.url,
      // The editors' spelling, when the indexed heading differs (search-index.ts).
      question: title,
      section,
      page: record.meta.page ?? "",
      excerpt,
      words: found.filter((word) => meaningful.some((q) => isRealMatch(q, word))),
      matched: new Set(frequencies.keys()),
      score,
    };
  });
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
 * The questions for `term`: its words without stop words first; when that gives fewer than three
 * questions, word by word, then by the beginnings of words that matched nothing, merged into one
 * list.
 */
export async function findQuestions(
  term: string,
  search: SearchRecords,
  limit: number,
  section?: string,
): Promise<FoundQuestions> {
  const query = queryWords(term);
  const meaningful = meaningfulWords(term);
  const wanted = new Set(meaningful.filter((word) => !swedishStopWords.has(word)));
  // Only stop words ("mitt", while the citizen types on): no question can match, so nothing is
  // downloaded for them.
  if (wanted.size === 0) return { questions: [], complete: true, partial: false };
  // Stop words never count as a match, so they are not searched either: each word Pagefind looks
  // up loads its index chunk, and those of "jag", "kan" and "inte" are among the largest.
  const relaxed = meaningful.length > 1 ? meaningful : [];
  const searched = new Set<string>();
  const lists: FoundQuestion[][] = [];
  let complete = true;
  const run = async (next: string) => {
    const key = queryWords(next).join(" ");
    if (searched.has(key)) return;
    searched.add(key);
    const { records, total } = await search(next, limit);
    if (total > records.length) complete = false;
    lists.push(questionsOf(records, query, section));
  };
  for (const next of [meaningful.join(" "), ...relaxed]) {
    if (lists.length > 0 && merge(lists).length >= enoughQuestions) break;
    await run(next);
  }
  // Typos: Pagefind matches prefixes only, so a word that matched no question is searched again
  // by its beginning, and isRealMatch keeps the words one typo or two away from it.
  if (merge(lists).length < enoughQuestions) {
    const matched = new Set(merge(lists).flatMap((question) => [...question.matched]));
    for (const word of meaningful) {
      if (!matched.has(word) && typosAllowed(word.length) > 0) await run(typoPrefix(word));
    }
  }
  const questions = merge(lists);
  const best = questions[0]?.matched.size ?? 0;
  return { questions, complete, partial: questions.length > 0 && best < wanted.size };
}
