// `npm run measure:search -- [query ...]`: what search costs a citizen on a built site (SITE_DIR,
// default dist/; PAGE, an FAQ page, default the first; KEY_DELAY_MS, the typing pace), measured as `npm run bench` measures it
// (scripts/measure/bench/search-cost.ts): the page's first view, then each query typed as a first query.

import { budgets } from "./bench/budgets.ts";
import { withSite } from "./bench/measure-browser.ts";
import { firstFaqPage, weighFirstView } from "./bench/page-weight.ts";
import { searchTable, weightTable } from "./bench/report.ts";
import { folderSize } from "./bench/run-step.ts";
import { defaultQueries, keyDelayMs, measureSearch } from "./bench/search-cost.ts";

const siteDir = process.env.SITE_DIR ?? "dist";
const page = process.env.PAGE ?? (await firstFaqPage(siteDir));
const delay = Number(process.env.KEY_DELAY_MS ?? keyDelayMs);
const queries = process.argv.length > 2 ? process.argv.slice(2) : defaultQueries;

const { weight, search } = await withSite(siteDir, 0, async (browser, origin) => ({
  weight: await weighFirstView(browser, origin, page),
  search: await measureSearch(browser, siteDir, origin, page, queries, delay),
}));
console.log(`${weightTable([weight], budgets.htmlCssBytes, budgets.jsBytes)}\n`);
console.log(`${searchTable([search])}\n`);
for (const q of search.queries) {
  console.log(`"${q.query}" (brotli B):`);
  for (const f of q.files) console.log(`  ${String(f.brotli).padStart(7)} ${f.path}`);
}
// The page's own bundle (pagefind/<id>/, issue 21): the folder of the script the query loaded.
const bundle = search.queries[0]?.files.find((f) => f.path.endsWith("/pagefind.js"))?.path;
const bundleDir = `${siteDir}${bundle?.replace(/\/pagefind\.js$/, "") ?? "/pagefind"}`;
for (const sub of ["", "/index", "/fragment", "/filter"]) {
  const { files, bytes } = await folderSize(`${bundleDir}${sub}`).catch(() => ({
    files: 0,
    bytes: 0,
  }));
  console.log(`${bundleDir}${sub}: ${files} files, ${bytes} B`);
}
