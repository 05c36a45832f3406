// The tests' stand-in for what Pagefind says of each page it found before its record is read:
// its rank (every page scored alike, as pages holding a word as often as each other are) and
// where the words starting with the searched term stand (or the term itself, for an exact search).
import type { PagefindHit, SearchPages } from "../../../src/search/query/find-questions.ts";
import type { PagefindRecord } from "../../../src/search/query/record-questions.ts";

/** The records a test's stand-in finds for a term, best first. */
export type FoundRecords = (term: string) => Promise<PagefindRecord[]>;

/** Pagefind's answer for each term: every record found, read only when asked for. */
export function hitsOf(found: FoundRecords, read: string[] = []): SearchPages {
  return async (term) => {
    // A term in quotes is Pagefind's exact search: the words themselves, not words they begin.
    const exact = /^".*"$/.test(term);
    const terms = term.replace(/"/g, "").toLowerCase().split(" ");
    const matches = (word: string, t: string) =>
      exact ? word.replace(/[^\p{L}\p{N}-]/gu, "") === t : word.startsWith(t);
    return (await found(term)).map(
      (record): PagefindHit => ({
        id: record.url,
        score: 1,
        words: record.content
          .toLowerCase()
          .split(" ")
          .flatMap((word, location) => (terms.some((t) => matches(word, t)) ? [location] : [])),
        data: async () => {
          read.push(record.url);
          return record;
        },
      }),
    );
  };
}
