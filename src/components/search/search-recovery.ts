// What the search does when a file of its own deploy is gone (issue 21): a page opened before a
// deploy asks the current deploy which search scripts it has, and as a last resort says that the
// search could not run and takes the query to the search page, as the form would.
import { statusTextsOf } from "./status-texts.ts";

/** The current deploy's search scripts, as /search-entry.json (never long-cached) names them. */
export interface SearchEntry {
  ui: string;
  pagefind: string;
}

/** The current deploy's entry; throws when it cannot be read. */
export async function currentSearchEntry($root: HTMLElement): Promise<SearchEntry> {
  const response = await fetch($root.dataset.entrySrc ?? "/search-entry.json", {
    cache: "no-store",
  });
  const entry = (await response.json()) as Partial<SearchEntry>;
  if (!response.ok || typeof entry.ui !== "string" || typeof entry.pagefind !== "string") {
    throw new Error(`no search entry (${response.status})`);
  }
  return entry as SearchEntry;
}

/**
 * Never an empty list without a word: the live region says the search could not run; outside the
 * search page, a query typed so far is sent to it the way the form sends it (the search page
 * itself is not reloaded again and again).
 */
export function searchFailed($root: HTMLElement, term: string): void {
  const $status = $root.querySelector(".app-search__status");
  const $form = $root.querySelector<HTMLFormElement>(".app-search__form");
  const onSearchPage = $root.hasAttribute("data-reads-query");
  const sending = Boolean(term && $form && !onSearchPage);
  if ($status) {
    const texts = statusTextsOf($root);
    $status.textContent = sending ? texts.failedHere : texts.failedNow;
  }
  // submit(), not requestSubmit(): no listener may keep the form from leaving the page.
  if (sending) $form?.submit();
}
