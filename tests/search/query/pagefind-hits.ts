// The tests' stand-in for what Pagefind says of each page it found before its record is read:
// its rank (every page scored alike, as pages holding a word as often as each other are) and
// where the words starting with the searched term stand.
import type {
  PagefindHit,
  PagefindRecord,
  SearchPages,
} from "../../../src/search/query/find-questions.ts";

/** The records a test's stand-in finds for a term, best first. */
export type FoundRecords = (term: string) => Promise<PagefindRecord[]>;

/** Pagefind's answer for each term: every record found, read only when asked for. */
export function hitsOf(found: FoundRecords, read: string[] = []): SearchPages {
  return async (term) => {
    const terms = term.toLowerCase().split(" ");
    return (await found(term)).map(
      (record): PagefindHit => ({
        id: record.url,
        score: 1,
        words: record.content
          .toLowerCase()
          .split(" ")
          .flatMap((word, location) => (terms.some((t) => word.startsWith(t)) ? [location] : [])),
        data: async () => {
          read.push(record.url);
          return record;
        },
      }),
    );
  };
}
