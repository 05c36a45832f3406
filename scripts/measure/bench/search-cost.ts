// What a citizen's browser downloads for a first search query: the query is typed, key by key, into
// the real search field of an FAQ page, and everything fetched from then until the result list is shown and
// the network is quiet is weighed (the lazily loaded results UI, Pagefind's script, WASM, index
// chunks, filters and fragments). Each query is a first query, in a fresh browser with no cache.
import type { Browser, Page } from "@playwright/test";
import { type Bytes, recordResponses, sum } from "./page-weight.ts";

export interface QueryCost {
  query: string;
  /** Questions the list announces ("N träffar", or "Minst N"), 0 for none. */
  results: number;
  requests: number;
  /** Wall-clock ms from the last key to the list announced, the UI's wait after a key included. */
  ms: number;
  bytes: Bytes;
  /** Each file fetched, with its brotli size, to see where the bytes go. */
  files: { path: string; brotli: number }[];
}

export interface SearchCost {
  site: string;
  page: string;
  queries: QueryCost[];
}

/** A single word and a sentence as citizens type them: each budgeted as a first query. */
export const defaultQueries = ["bankid", "mitt bankid fungerar inte"];

/**
 * A citizen's typing pace, ms between keys: about 60 words a minute, a practised typist. Slower
 * typing pauses longer than the UI waits before searching, and each beginning of a word typed
 * is then a search of its own; `npm run measure:search` takes another pace (KEY_DELAY_MS).
 */
export const keyDelayMs = 200;

/** How long the network must stay quiet after the list is shown before the recording stops. */
const quietMs = 500;

/** Resolves once no request of `page` has been in flight for `ms` milliseconds. */
async function networkQuiet(page: Page, ms: number): Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const started = () => {
    inFlight++;
    lastChange = Date.now();
  };
  const ended = () => {
    inFlight--;
    lastChange = Date.now();
  };
  const context = page.context();
  context.on("request", started);
  context.on("requestfinished", ended);
  context.on("requestfailed", ended);
  try {
    while (inFlight > 0 || Date.now() - lastChange < ms) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    context.off("request", started);
    context.off("requestfinished", ended);
    context.off("requestfailed", ended);
  }
}

/** The number the status announces: "12 träffar", "Minst 8 träffar", "Inga träffar" (0). */
export function announcedCount(status: string): number {
  const match = /(\d+) träff/.exec(status);
  return match ? Number(match[1]) : 0;
}

/** Types `query` into the page's search field as a citizen would and weighs what it fetched. */
export async function typeQuery(
  page: Page,
  query: string,
  delay = keyDelayMs,
): Promise<Omit<QueryCost, "query">> {
  const recording = recordResponses(page);
  const $search = page.locator(".app-search").first();
  const $field = $search.getByRole("searchbox");
  await $field.click();
  await $field.pressSequentially(query, { delay });
  const typed = Date.now();
  const $status = $search.getByRole("status");
  await $status.filter({ hasText: `”${query}”` }).waitFor({ timeout: 60_000 });
  const ms = Date.now() - typed;
  await networkQuiet(page, quietMs);
  const weighed = await recording.stop();
  return {
    results: announcedCount((await $status.textContent()) ?? ""),
    requests: weighed.length,
    ms,
    bytes: sum(weighed.map((w) => w.bytes)),
    files: weighed.map((w) => ({ path: new URL(w.url).pathname, brotli: w.bytes.brotli })),
  };
}

export async function measureSearch(
  browser: Browser,
  site: string,
  baseUrl: string,
  pagePath: string,
  queries: string[] = defaultQueries,
  delay = keyDelayMs,
): Promise<SearchCost> {
  const measured: QueryCost[] = [];
  for (const query of queries) {
    // Bytes are what is measured here, not the CSP: the production headers are checked elsewhere.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: "networkidle" });
    measured.push({ query, ...(await typeQuery(page, query, delay)) });
    await context.close();
  }
  return { site, page: pagePath, queries: measured };
}
