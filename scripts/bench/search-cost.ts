// What a citizen's browser downloads for a first and a second search query: Pagefind driven
// directly in the page, as the search UI drives it, with the first results' data loaded.
import type { Browser } from "@playwright/test";
import { type Bytes, recordResponses, sum } from "./page-weight.ts";

export interface QueryCost {
  query: string;
  results: number;
  requests: number;
  bytes: Bytes;
  /** Each file fetched, with its gzip size, to see where the bytes go. */
  files: { path: string; gzip: number }[];
}

export interface SearchCost {
  site: string;
  page: string;
  first: QueryCost;
  second: QueryCost;
}

/** How many results a search UI shows at once, whose data is therefore fetched. */
const shownResults = 5;

async function query(
  page: import("@playwright/test").Page,
  term: string,
): Promise<Omit<QueryCost, "query">> {
  const recording = recordResponses(page);
  const results = await page.evaluate(
    async ({ term, shownResults }) => {
      // A variable specifier keeps bundlers and TypeScript from resolving the site's own path.
      const url = "/pagefind/pagefind.js";
      const pagefind = await import(url);
      const search = await pagefind.search(term);
      await Promise.all(
        search.results
          .slice(0, shownResults)
          .map((r: { data: () => Promise<unknown> }) => r.data()),
      );
      return search.results.length as number;
    },
    { term, shownResults },
  );
  await page.waitForLoadState("networkidle");
  const weighed = (await recording.stop()).filter((w) =>
    new URL(w.url).pathname.startsWith("/pagefind/"),
  );
  return {
    results,
    requests: weighed.length,
    bytes: sum(weighed.map((w) => w.bytes)),
    files: weighed.map((w) => ({ path: new URL(w.url).pathname, gzip: w.bytes.gzip })),
  };
}

export async function measureSearch(
  browser: Browser,
  site: string,
  baseUrl: string,
  pagePath: string,
  queries: [string, string] = ["bankid", "e-legitimation"],
): Promise<SearchCost> {
  // Bytes are what is measured here, not the CSP: the production headers are checked elsewhere.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: "networkidle" });
  const first = { query: queries[0], ...(await query(page, queries[0])) };
  const second = { query: queries[1], ...(await query(page, queries[1])) };
  await context.close();
  return { site, page: pagePath, first, second };
}
