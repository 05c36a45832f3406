// Swedish spelling warnings for questions and answers: cspell's Swedish dictionary
// (@cspell/dict-sv) plus the project's word list, which editors extend (content/ordlista.txt).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { problem } from "../content/messages.ts";
import type { ContentWarning } from "./content-warnings.ts";

export interface Speller {
  isKnown(word: string): boolean;
  /** The nearest known word, if the dictionary finds one quickly. */
  suggest(word: string): string | undefined;
}

/** The words of a word list: one a line; empty lines and lines starting with # are skipped. */
export function readWordList(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/**
 * Loads the Swedish dictionary with the project's words. cspell-lib is imported here, not at the
 * top, so commands without spelling do not pay for loading it (seconds, mostly the dictionary).
 */
export async function loadSpeller(projectWords: string[]): Promise<Speller> {
  const cspell = await import("cspell-lib");
  const require = createRequire(import.meta.url);
  const swedish = await cspell.readSettings(require.resolve("@cspell/dict-sv/cspell-ext.json"));
  // A list entry of several words ("Mina sidor") makes each of its words known.
  const words = projectWords.flatMap((entry) => entry.split(/\s+/));
  const dictionary = await cspell.getDictionary(
    cspell.mergeSettings(swedish, { language: "sv", dictionaries: ["sv"], words }),
  );
  const own = new Set(words.map((word) => word.toLowerCase()));
  const known = new Map<string, boolean>();
  const has = (word: string) =>
    own.has(word.toLowerCase()) || dictionary.has(word) || dictionary.has(word.toLowerCase());
  return {
    isKnown(word) {
      let result = known.get(word);
      if (result === undefined) {
        // "bank-id" is right when its parts are: compounds with a hyphen are common in Swedish.
        result =
          has(word) || (word.includes("-") && word.split("-").every((p) => p === "" || has(p)));
        known.set(word, result);
      }
      return result;
    },
    suggest(word) {
      // A generous time limit: a search cut short by a busy machine suggests another word, and
      // the same content should always get the same advice.
      const [best] = dictionary.suggest(word, { numSuggestions: 1, timeout: 10_000 } as never);
      return best?.word;
    },
  };
}

/** The words of one line of Markdown a reader reads: no link targets, code, addresses or numbers. */
export function wordsOfLine(line: string): string[] {
  const text = line
    .replace(/`[^`]*`/g, " ")
    .replace(/\]\([^)]*\)/g, "] ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, " ")
    .replace(/\S+@\S+/g, " ");
  // Tokens with digits (3G, version2) and acronyms (PDF) are names, not words to spell-check;
  // single letters are left out too.
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu)]
    .map((match) => match[0].replace(/['’-]+s?$/, ""))
    .filter((word) => word.length > 1 && !/\d/.test(word) && !/^[\p{Lu}-]+$/u.test(word));
}

/** The lines of a question file to check: the `question:` line and the answer, with numbers. */
function linesToCheck(source: string): Array<{ line: number; text: string }> {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const end = lines.findIndex((text, index) => index > 0 && /^---\s*$/.test(text));
  return lines.flatMap((text, index) => {
    if (index === 0 || index === end) return [];
    if (index < end) {
      const match = /^question:\s*(.*)$/.exec(text);
      return match ? [{ line: index + 1, text: match[1] ?? "" }] : [];
    }
    // Reference definitions ("[1]: https://...") hold addresses, not words.
    return /^\s*\[[^\]]+\]:/.test(text) ? [] : [{ line: index + 1, text }];
  });
}

export interface SpellingOptions {
  /** The word list as the message names it, for "add it to …". */
  wordList: string;
  /** How many different unknown words get a suggestion: each takes a tenth of a second or more. */
  maxSuggestions?: number;
}

/** One warning per unknown word and file, at its first line, with the nearest known word. */
export function spellingWarnings(
  files: string[],
  speller: Speller,
  { wordList, maxSuggestions = 100 }: SpellingOptions,
): ContentWarning[] {
  const suggestions = new Map<string, string | undefined>();
  const warnings: ContentWarning[] = [];
  for (const file of files) {
    const seen = new Set<string>();
    for (const { line, text } of linesToCheck(readFileSync(file, "utf8"))) {
      for (const word of wordsOfLine(text)) {
        if (seen.has(word) || speller.isKnown(word)) continue;
        seen.add(word);
        if (!suggestions.has(word) && suggestions.size < maxSuggestions)
          suggestions.set(word, speller.suggest(word));
        const meant = suggestions.get(word);
        warnings.push({
          kind: "spelling",
          ...problem("spelling", { file, line, word, wordList, ...(meant ? { meant } : {}) }),
        });
      }
    }
  }
  return warnings;
}
