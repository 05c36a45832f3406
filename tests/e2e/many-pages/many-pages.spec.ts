// The seven-page fixture (tests/fixtures/many-pages/, issue 26): the start and search pages within
// the page budget, every page in the sitemap, and citizens' queries about the new pages finding
// their answer in the first three across pages. `npm run bench:search -- --set=many-pages`
// reports the whole query set.
import { expect, test } from "@playwright/test";
import { budgets } from "../../../scripts/measure/bench/budgets.ts";
import { sitePages, weighFirstView } from "../../../scripts/measure/bench/page-weight.ts";
import { manyPagesSiteDir } from "../../../scripts/measure/fixture-site.ts";
import { manyPagesQueries, newPagesQueries } from "../../../scripts/measure/many-pages-queries.ts";
import {
  benchmarkReport,
  runQueries,
  topThreeShare,
} from "../../../scripts/measure/search-benchmark.ts";

for (const pagePath of ["/", "/sok/"]) {
  test(`${pagePath}: HTML and CSS of the first view within the page budget`, async ({
    browser,
    baseURL,
  }) => {
    const weight = await weighFirstView(browser, `${baseURL}/`, pagePath);
    expect(weight.html.brotli + weight.css.brotli).toBeLessThanOrEqual(budgets.htmlCssBytes);
    expect(weight.searchRequests, "Pagefind files loaded before search is used").toBe(0);
  });
}

/** Every `<loc>` of the sitemap, through a sitemap index when there is one. */
async function sitemapPaths(get: (url: string) => Promise<string>, url: string): Promise<string[]> {
  const xml = await get(url);
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? "");
  if (!xml.includes("<sitemapindex")) return locs.map((loc) => new URL(loc).pathname);
  const nested = await Promise.all(locs.map((loc) => sitemapPaths(get, new URL(loc).pathname)));
  return nested.flat();
}

test("the sitemap lists every page for citizens, each FAQ page among them", async ({ request }) => {
  const get = async (url: string) => {
    const response = await request.get(url);
    expect(response.ok(), url).toBe(true);
    return response.text();
  };
  const listed = new Set(await sitemapPaths(get, "/sitemap.xml"));
  // The search page's lists are not pages to list (its front matter says `sitemap: false`).
  const pages = (await sitePages(manyPagesSiteDir)).filter(
    (page) => !page.endsWith(".html") && page !== "/sok/",
  );
  expect(pages).toEqual(
    expect.arrayContaining(["/support/", "/vard-av-barn/", "/foraldrapenning/", "/sjukpenning/"]),
  );
  expect(pages.filter((page) => !listed.has(page))).toEqual([]);
});

/** Reordered queries of the set and the query whose words each reorders. */
const reordered: [string, string][] = [
  ["ansöka om vab sista dag", "sista dag att ansöka om vab"],
  ["vab sista dag ansöka", "sista dag att ansöka om vab"],
  ["när man vabbar hur mycket får man", "hur mycket får man när man vabbar"],
  ["sjuk bebis 6 månader", "bebis 6 månader sjuk"],
  ["föräldrapenning per dag hur mycket", "hur mycket föräldrapenning får man per dag"],
  ["läkarintyg barnet när behövs", "när behövs läkarintyg för barnet"],
];

/**
 * A subset of the set's 109 that keeps the test near 30 s: the new pages' queries of every kind
 * but whole sentences, the sentences that the reordered queries reorder, and what no page
 * answers. Set from the benchmark: 30 of 30 when written; DESIGN.md's budget is 95 %.
 */
const originals = new Set(reordered.map(([, original]) => original));
const queries = [
  ...newPagesQueries.filter((query) => query.kind !== "mening" || originals.has(query.query)),
  ...manyPagesQueries.filter((query) => query.kind === "obesvarad"),
];
const floor = 0.95;

test("queries about the pages find their answer in the first three, in any word order", async ({
  page,
}) => {
  test.setTimeout(60_000 + 2_000 * queries.length);
  const outcomes = await runQueries(page, queries);
  const report = benchmarkReport(outcomes);
  expect(topThreeShare(outcomes), report).toBeGreaterThanOrEqual(floor);
  // Reordered words give the same first three as the query they reorder.
  const topOf = (query: string) => outcomes.find((o) => o.query === query)?.top.join(" ");
  for (const [query, original] of reordered) {
    expect(topOf(query), `${query} / ${original}\n${report}`).toBe(topOf(original));
  }
});
