// Turns Pagefind's page records into a ranked list of questions: chooses which pages to read from
// each query word's own search (page-choice.ts), splits each record into its questions (one per
// question heading), keeps only questions that match a meaningful query word (and, when the
// citizen chose a section, belong to it), and ranks each on its own words (issues 12 and 26).
// No DOM: tested in Node.

import { type PageHit, rankPages } from "./page-choice.ts";
import {
  decodeQuestionMeta,
  type QuestionMeta,
  questionMetaKey,
  sectionFilterValue,
} from "./question-meta.ts";
import {
  type MatchCache,
  type QuestionSpan,
  questionScore,
  rarity,
  type WordMatches,
  wordMatches,
} from "./question-score.ts";
import { contentWords, wordAt } from "./result-link.ts";
import { meaningfulWords, swedishStopWords, weakWords } from "./stop-words.ts";
import { isRealMatch, pagefindTerm, typoPrefix, typosAllowed } from "./word-match.ts";

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
  anchors: { id: string; location: number; text?: string }[];
}

/** One page Pagefind found for a search: what it says before the record is downloaded, and the record. */
export interface PagefindHit extends PageHit {
  data(): Promise<PagefindRecord>;
}

/** One search through Pagefind: every page it found, best first by Pagefind's own ranking. */
export type SearchPages = (term: string) => Promise<PagefindHit[]>;

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

/**
 * Page records a query reads at first (the search UI's `limit`): enough to rank their questions,
 * few enough for the budget (a page's fragment holds all its sections, about three times a
 * section's).
 */
export const firstRecords = 4;

/** Fewer questions than this with every meaningful word, and more pages are read (issue 26). */
export const enoughQuestions = 3;

/** One question of a record, before scoring: where its query words match and its length. */
interface Candidate {
  url: string;
  /** The question in the editors' spelling. */
  title: string;
  /** The title of the question's section. */
  section: string;
  page: string;
  matches: WordMatches;
  length: number;
  excerpt: ExcerptPart[];
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
 * The questions of the records read, each scored on its own words (question-score.ts): every
 * question of a record is read from the record's text, whichever search found the record, so the
 * words of other questions of its page never add up to its score, and a word's weight is how rare
 * it is among the questions read.
 */
export function questionsOf(
  records: PagefindRecord[],
  query: readonly string[],
  section?: string,
): FoundQuestion[] {
  const meaningful = [...new Set(query.filter((word) => !swedishStopWords.has(word)))];
  const cache: MatchCache = new Map();
  const candidates: Candidate[] = [];
  let questions = 0;
  let totalLength = 0;
  for (const record of records) {
    const raw = contentWords(record.content);
    const words = raw.map((_, location) => wordAt(raw, location));
    const details = decodeQuestionMeta(record.meta[questionMetaKey]);
    const ranges = questionRanges(record, words.length, details, section);
    const subs = new Map(record.sub_results.map((sub) => [sub.anchor?.id, sub]));
    const headings = new Map(record.anchors.map((anchor) => [anchor.id, anchor.text]));
    // A question this search did not match has no sub-result: its address is built as Pagefind
    // builds its sub-results' (the page's address as published, then the anchor).
    const pageUrl = record.sub_results[0]?.url.split("#")[0] ?? record.meta.url ?? record.url;
    questions += ranges.size;
    for (const [id, [start, end]] of ranges) {
      totalLength += end - start;
      const sub = subs.get(id);
      const heading = sub?.title ?? headings.get(id) ?? "";
      const question = details.questions[id];
      const span: QuestionSpan = {
        words,
        start,
        end,
        heading: heading.split(/\s+/).filter((word) => word).length,
        searchWords: question?.words ?? 0,
      };
      const matches = wordMatches(span, meaningful, cache);
      if (![...matches.frequencies.keys()].some((q) => !weakWords.has(q))) continue;
      candidates.push({
        url: sub?.url ?? `${pageUrl}#${id}`,
        // The editors' spelling, when the indexed heading differs (search-index.ts).
        title: question?.title ?? heading,
        section: details.sections[question?.section ?? ""] ?? "",
        page: record.meta.page ?? "",
        matches,
        length: end - start,
        excerpt: excerptOf(
          raw,
          [start, end],
          { heading: span.heading, searchWords: span.searchWords },
          meaningful,
        ),
      });
    }
  }
  const averageLength = totalLength / Math.max(questions, 1);
  const weights = new Map(
    meaningful.map((q) => {
      const having = candidates.filter((c) => c.matches.frequencies.has(q)).length;
      return [q, rarity(questions, having)];
    }),
  );
  return candidates
    .map((candidate) => ({
      url: candidate.url,
      question: candidate.title,
      section: candidate.section,
      page: candidate.page,
      excerpt: candidate.excerpt,
      words: [...candidate.matches.shownWords],
      matched: new Set(candidate.matches.frequencies.keys()),
      // Coordination: a question with more of the query's meaningful words ranks above one with
      // a single rare word of them, which on a site of many pages is often a chance mention.
      score:
        questionScore(candidate.matches, weights, candidate.length, averageLength) *
        (candidate.matches.frequencies.size / Math.max(meaningful.length, 1)),
    }))
    .sort(byScore);
}

/** Best score first; the address decides ties, so the list never depends on the reading order. */
function byScore(a: FoundQuestion, b: FoundQuestion): number {
  return b.score - a.score || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

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
