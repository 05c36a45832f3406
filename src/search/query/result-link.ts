// Pure helpers shared by the search UI and the highlighter: which words a result matched and the
// link that lands on its answer with those words marked.

/** Pagefind's own name for the URL parameter that lists the words to mark on the landing page. */
export const highlightParam = "pagefind-highlight";

/** How Pagefind splits a record's content into the words its `locations` count. */
const wordSeparators = /[^\S\uFEFF]+/;
const edgePunctuation = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The distinct words of `content` at the word positions Pagefind matched, without surrounding
 * punctuation and in lower case: the words as they stand in the text, whatever stem was typed.
 */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = contentWords(content);
  const found = locations.map((location) => wordAt(words, location)).filter((word) => word);
  return [...new Set(found)];
}

/** A record's content as the list of words Pagefind's locations count. */
export function contentWords(content: string): string[] {
  return content.split(wordSeparators);
}

/** The word at a location, without surrounding punctuation and in lower case. */
export function wordAt(words: readonly string[], location: number): string {
  return (words[location] ?? "").replace(edgePunctuation, "").toLowerCase();
}

/** `/page/#slug` → `/page/?pagefind-highlight=word…#slug`: opens the answer and marks the words. */
export function resultHref(url: string, words: readonly string[]): string {
  const [path = "", hash = ""] = url.split("#");
  const params = new URLSearchParams();
  for (const word of words) params.append(highlightParam, word);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}

/** A regular expression source matching `word` as a whole word, with any kind of hyphen. */
export function wordPattern(word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return `(?<![\\p{L}\\p{N}])${escaped.replace(/-/g, "[-\\u2010\\u2011]")}(?![\\p{L}\\p{N}])`;
}
