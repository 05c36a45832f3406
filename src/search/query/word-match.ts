// When a word Pagefind matched really matches a query word: the same word in another form, the
// beginning of a compound, or the word with a typo; never a stop word's or a prefix's accident
// (issue 12). Pagefind matches prefixes only and has no typo tolerance, so this decides.

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** Edits (insert, delete, change, swap two neighbours) that turn `a` into `b`, up to `limit` + 1. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + change,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Typos tolerated in a query word of this length: none in short words, where one is a new word. */
export function typosAllowed(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/**
 * What Pagefind is asked for a query word. A word under three letters matches only itself
 * (isRealMatch), so it is searched as itself, in quotes (Pagefind's exact search), not as the
 * beginning of every longer word: Pagefind loads only the index chunk that holds the searched
 * word, so a prefix search found the longer words of other chunks only once earlier searches had
 * loaded them ("in": 360 of 609 pages on a fresh page, 600 after a search for "inget"), and the
 * list for "logga in" depended on what was searched before (issue 26).
 */
export function pagefindTerm(word: string): string {
  return word.length < 3 ? `"${word}"` : word;
}

/** Where a search for a mistyped word starts: its first letters, hyphens left out. */
export function typoPrefix(word: string): string {
  return word.replace(/-/g, "").slice(0, 4);
}

/**
 * Whether `word` is `query` with a typo, or starts with it ("sjukpeng" → "sjukpenning"). Pagefind
 * finds the candidates: a word it does not know, it searches again by a shorter prefix.
 */
function isTypoOf(query: string, word: string): boolean {
  const allowed = typosAllowed(query.length);
  if (allowed === 0) return false;
  if (editDistance(query, word, allowed) <= allowed) return true;
  return (
    word.length > query.length &&
    editDistance(query, word.slice(0, query.length), allowed) <= allowed
  );
}

/**
 * Swedish inflection endings: two forms of one word differ only in these after their common
 * beginning ("bilag-orna" and "bilag-a", "sid-or" and "sid-an", "start-ar" and "start-ade"), or
 * in the "-het" that makes a noun of an adjective ("föräldraledig-heten", as Snowball's stemmer
 * has it).
 */
const swedishEndings = new Set(
  (
    "a e n t s r en et er ar or na ne an de te ns ts es rs ens ets ers ade ande ende are aren " +
    "arna erna orna nas nes ans ats ades arnas ernas ornas andet andes ast aste at it " +
    "ing ingen ingar ingarna het heten heter"
  ).split(" "),
);

function isEnding(rest: string): boolean {
  return rest === "" || swedishEndings.has(rest);
}

/**
 * Whether Pagefind's match of the query word `query` on the indexed `word` is a real match: the
 * same word in another form ("bilagor" → "bilaga"), a long enough beginning of a compound
 * ("sjukpenn" → "sjukpenning") or the word with a typo, but not a short fragment of a longer word
 * ("för" in "föräldrapenning", "in" in "inloggning") nor another word that starts alike
 * ("android" and "andra").
 */
export function isRealMatch(query: string, word: string): boolean {
  const parts = [word, word.replace(/-/g, ""), ...word.split("-")].filter(
    (part) => part.length > 0,
  );
  return parts.some((part) => {
    if (part === query || isTypoOf(query, part)) return true;
    const shared = commonPrefixLength(query, part);
    if (shared < 3) return false;
    // The word starts with the whole query: a compound's beginning, or the query with an ending.
    if (shared === query.length) return shared >= 5 || isEnding(part.slice(shared));
    return isEnding(query.slice(shared)) && isEnding(part.slice(shared));
  });
}
