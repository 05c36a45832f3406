// What Pagefind indexes for the words citizens use: every spelling of a hyphen finds the same
// answers, and the editors' search words (`sokord`, content/sokord.yml) are added to the questions
// they belong to (issue 12).
import { normaliseTerm } from "../../content/load-synonyms.ts";
import type { Question, Synonyms } from "../../content/schema.ts";
import { escapeHtml } from "../../shared/escape-html.ts";

/** Non-breaking and other Unicode hyphens, which Pagefind does not treat as a hyphen. */
const unicodeHyphens = /[\u2010\u2011]/g;

/**
 * Pagefind weights: a question's own search words count as much as its heading (which has
 * the weight of an h1); a synonym counts as a mention in a subheading, above the answer's text.
 */
export const searchWordWeight = 7;
export const synonymWeight = 3;

export function indexedText(html: string): string {
  return html.replace(unicodeHyphens, "-");
}

/** The question and its answer as plain words, lower case, for finding the site's words in it. */
function plainText(question: Question): string {
  const answer = question.answerHtml.replace(/<[^>]*>/g, " ").replace(/&[a-z#0-9]+;/gi, " ");
  return normaliseTerm(`${question.question} ${answer}`);
}

/** A pattern per site word, made once: a build tests each against every question. */
const termPatterns = new Map<string, RegExp>();

function containsTerm(text: string, term: string): boolean {
  let pattern = termPatterns.get(term);
  if (!pattern) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u");
    termPatterns.set(term, pattern);
  }
  // Most questions contain few of the site words: a plain search rules out the rest quickly.
  return text.includes(term) && pattern.test(text);
}

/** The citizens' words of content/sokord.yml whose site words this question uses. */
export function synonymsFor(question: Question, synonyms: Synonyms): string[] {
  if (synonyms.size === 0) return [];
  const text = plainText(question);
  return [...synonyms]
    .filter(([, siteWords]) => siteWords.some((word) => containsTerm(text, word)))
    .map(([citizenWord]) => citizenWord);
}

/**
 * The indexed, never displayed, search words of a question: its `sokord` and the synonyms its text
 * calls for, each in a block of its own weight, and how many words Pagefind counts in them (the
 * results UI leaves them out of excerpts).
 */
export function searchWords(
  question: Question,
  synonyms: Synonyms,
): { html: string; words: number } {
  const blocks = [
    { weight: searchWordWeight, words: question.sokord ?? [] },
    { weight: synonymWeight, words: synonymsFor(question, synonyms) },
  ].filter((block) => block.words.length > 0);
  const html = blocks
    .map(
      ({ weight, words }) =>
        `<p data-pagefind-weight="${weight}">${words.map(escapeHtml).join(", ")}</p>`,
    )
    .join("");
  const text = blocks.map((block) => block.words.join(", ")).join(" ");
  return { html, words: text.split(/\s+/).filter((word) => word.length > 0).length };
}
