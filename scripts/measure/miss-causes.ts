// Why a query of the findability benchmark missed (issue 26): whether the right question's page
// was not read (page choice) or was read and out-scored, and whether the questions listed instead
// hold as many of the query's words in their heading, stand on several pages (generated corpora
// repeat questions) or copy most of the right question's heading.
import { queryWords, swedishStopWords } from "../../src/search/query/stop-words.ts";
import { isRealMatch } from "../../src/search/query/word-match.ts";

/** A question of a result list: its anchor, its page's address and its heading. */
export interface ListedQuestion {
  url: string;
  question: string;
}

export type MissCause = "page choice" | "out-scored";

export interface MissAnalysis {
  /** Rank of the best right question as listed (1 is first); undefined when it was not listed. */
  shownRank: number | undefined;
  /** Its rank had every record been read and scored; undefined when no record holds it. */
  everyRecordRank: number | undefined;
  /** Page choice: read, it would be among the first three; out-scored: not even then. */
  cause: MissCause;
  /** Of the first three: how many hold as many of the query's words in their heading as it does. */
  outMatched: number;
  /** Of the first three: how many have a heading that stands on more than one page. */
  repeated: number;
  /** Of the first three: how many hold two thirds or more of its heading's words. */
  nearCopies: number;
}

export const anchorOf = (question: ListedQuestion) => question.url.split("#")[1] ?? "";

/** How many of `words` the heading holds, in any form (isRealMatch: endings, compounds, typos). */
export function headingHolds(words: readonly string[], heading: string): number {
  const inHeading = queryWords(heading);
  return words.filter((word) => inHeading.some((candidate) => isRealMatch(word, candidate))).length;
}

/** The heading's words that carry meaning, once each. */
function contentWordsOf(heading: string): Set<string> {
  return new Set(queryWords(heading).filter((word) => !swedishStopWords.has(word)));
}

/** Whether `heading` holds two thirds or more of `original`'s meaningful words. */
export function isNearCopy(heading: string, original: string): boolean {
  const wanted = contentWordsOf(original);
  const held = contentWordsOf(heading);
  const shared = [...wanted].filter((word) => held.has(word)).length;
  return wanted.size > 0 && shared * 3 >= wanted.size * 2;
}

function rankOf(list: readonly ListedQuestion[], answers: readonly string[]): number | undefined {
  const index = list.findIndex((question) => answers.includes(anchorOf(question)));
  return index < 0 ? undefined : index + 1;
}

/**
 * Why `answers` are not among the first three of `shown`. `everyRecord` is the list scored from
 * every record of the index; `pagesOfHeading` counts the pages each heading stands on.
 */
export function analyseMiss(
  words: readonly string[],
  answers: readonly string[],
  shown: readonly ListedQuestion[],
  everyRecord: readonly ListedQuestion[],
  pagesOfHeading: ReadonlyMap<string, number>,
): MissAnalysis {
  const everyRecordRank = rankOf(everyRecord, answers);
  const right = everyRecordRank === undefined ? undefined : everyRecord[everyRecordRank - 1];
  const top = shown.slice(0, 3);
  const rightHolds = right ? headingHolds(words, right.question) : 0;
  return {
    shownRank: rankOf(shown, answers),
    everyRecordRank,
    cause: everyRecordRank !== undefined && everyRecordRank <= 3 ? "page choice" : "out-scored",
    outMatched: top.filter((question) => headingHolds(words, question.question) >= rightHolds)
      .length,
    repeated: top.filter((question) => (pagesOfHeading.get(question.question) ?? 0) > 1).length,
    nearCopies: right
      ? top.filter((question) => isNearCopy(question.question, right.question)).length
      : 0,
  };
}
