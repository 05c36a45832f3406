// Swedish stop words: the small words of a sentence ("mitt … startar inte", "vilken … ska jag
// använda") that a relaxed search leaves out and that never count as a match (issue 12).

/**
 * Snowball's Swedish stop-word list, plus words citizens write around a question ("ska"), less
 * "mycket": in "hur mycket får man" it asks for an amount (issue 26).
 */
export const swedishStopWords: ReadonlySet<string> = new Set(
  (
    "och det att i en jag hon som han på den med var sig för så till är men ett om hade de av " +
    "icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde " +
    "något från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under " +
    "någon eller allt sedan ju denna själv detta åt utan varit hur ingen mitt ni bli " +
    "blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess inom " +
    "mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra " +
    "ert era vilkas ska skall få får går gör göra finns måste vill"
  ).split(" "),
);

/**
 * Words that carry meaning only beside another ("hur mycket får jag i barnbidrag" asks about
 * barnbidrag): they count in a question's score, but a question matching nothing else is no
 * answer (issue 26).
 */
export const weakWords: ReadonlySet<string> = new Set(["mycket"]);

/** The words of a query, lower-cased, split on white space and stripped of edge punctuation. */
export function queryWords(term: string): string[] {
  return term
    .toLowerCase()
    .replace(/[\u2010\u2011]/g, "-")
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((word) => word.length > 0);
}

/** The words of a query that carry meaning; all of them when every word is a stop word. */
export function meaningfulWords(term: string): string[] {
  const words = queryWords(term);
  const kept = words.filter((word) => !swedishStopWords.has(word));
  return kept.length > 0 ? kept : words;
}
