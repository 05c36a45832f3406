// The search's own texts (the live region's counts, the recovery's notices), which the page gives
// the scripts in data-text from its interface text (src/interface-text/), in the page's language.

/** The live region's texts, from the page's interface text ("search.status", src/interface-text/). */
export interface StatusTexts {
  noHits: string;
  atLeast: string;
  oneHit: string;
  hits: string;
  forTerm: string;
  partial: string;
  best: string;
  failedHere: string;
  failedNow: string;
}

/** The texts the search component's root carries in data-text, in the page's language. */
export function statusTextsOf($root: HTMLElement): StatusTexts {
  return JSON.parse($root.dataset.text ?? "{}") as StatusTexts;
}
