// Splits Pagefind's page records into their questions (one per question heading), keeps those that
// match a meaningful query word (and, when the citizen chose a section, belong to it), and scores
// each on its own words (question-score.ts), so words of other questions of a page never add up
// (issues 12 and 26). No DOM: tested in Node.
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
import { swedishStopWords, weakWords } from "./stop-words.ts";
import { isRealMatch } from "./word-match.ts";

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
