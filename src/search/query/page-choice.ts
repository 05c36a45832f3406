// Chooses which pages' records a query reads, before any is downloaded: each meaningful word is
// searched on its own, and Pagefind says of every page that holds it how well (its score) and
// where the word stands. A page with more of the rare words, standing closer together, is read
// first, whatever Pagefind's rank of it among hundreds of pages and whatever the order of the
// query's words (issue 26).
import { closeness, rarity } from "./question-score.ts";

/** What Pagefind says of one page for one search, before its record is downloaded. */
export interface PageHit {
  id: string;
  score: number;
  /** Where the matched words stand in the page's text. */
  words: number[];
}

/** What the query's words say of one page. */
interface PageEvidence<H> {
  hit: H;
  /** Query word → where it stands on the page. */
  positions: Map<string, number[]>;
  /** Query word → the page's Pagefind score for it, over the best page's: 0 to 1. */
  strength: Map<string, number>;
}

/**
 * The pages of every word's search, best first: each word the page holds adds its rarity, more
 * for a page Pagefind ranks high for it; the sum is weighed by the share of the query's words the
 * page holds and by how close they stand (question-score.ts's `closeness`, 1 for words side by
 * side), so a page where the words stand together beats one where they are scattered.
 */
export function rankPages<H extends PageHit>(hitsByWord: ReadonlyMap<string, readonly H[]>): H[] {
  const pages = new Map<string, PageEvidence<H>>();
  for (const [word, hits] of hitsByWord) {
    const best = hits.reduce((most, hit) => Math.max(most, hit.score), 0) || 1;
    for (const hit of hits) {
      let page = pages.get(hit.id);
      if (!page) {
        page = { hit, positions: new Map(), strength: new Map() };
        pages.set(hit.id, page);
      }
      if (hit.words.length > 0) page.positions.set(word, hit.words);
      page.strength.set(word, hit.score / best);
    }
  }
  const weights = new Map(
    [...hitsByWord].map(([word, hits]) => [word, rarity(pages.size, hits.length)]),
  );
  const scored = [...pages.values()].map((page) => {
    let sum = 0;
    for (const [word, strength] of page.strength) {
      sum += (weights.get(word) ?? 0) * (0.5 + 0.5 * strength);
    }
    const share = page.strength.size / Math.max(hitsByWord.size, 1);
    return { hit: page.hit, score: sum * share * (1 + closeness(page.positions)) };
  });
  return scored
    .sort((a, b) => b.score - a.score || (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0))
    .map(({ hit }) => hit);
}
