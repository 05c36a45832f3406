// What Pagefind indexes for the spellings citizens use, so every spelling finds the same answers.

/** Non-breaking and other Unicode hyphens, which Pagefind does not treat as a hyphen. */
const unicodeHyphens = /[\u2010\u2011]/g;

export function indexedText(html: string): string {
  return html.replace(unicodeHyphens, "-");
}
