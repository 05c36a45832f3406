// `npm run measure:search -- [query] [second query]`: what search costs a citizen on a built site
// (SITE_DIR, default dist/; PAGE, default /), measured as `npm run bench` measures it
// (scripts/bench/search-cost.ts): the page's first view, the first and the second query.

import { budgets } from "./bench/budgets.ts";
import { withSite } from "./bench/measure-browser.ts";
import { weighFirstView } from "./bench/page-weight.ts";
import { searchTable, weightTable } from "./bench/report.ts";
import { folderSize } from "./bench/run-step.ts";
import { measureSearch } from "./bench/search-cost.ts";

const siteDir = process.env.SITE_DIR ?? "dist";
const page = process.env.PAGE ?? "/";
const [first = "bankid", second = "e-legitimation"] = process.argv.slice(2);

const { weight, search } = await withSite(siteDir, 0, async (browser, origin) => ({
  weight: await weighFirstView(browser, origin, page),
  search: await measureSearch(browser, siteDir, origin, page, [first, second]),
}));
console.log(`${weightTable([weight], budgets.htmlCssBytes, budgets.jsBytes)}\n`);
console.log(`${searchTable([search])}\n`);
for (const q of [search.first, search.second]) {
  console.log(`"${q.query}": ${q.files.map((f) => `${f.path} ${f.gzip} B`).join(", ")}`);
}
for (const sub of ["", "/index", "/fragment", "/filter"]) {
  const { files, bytes } = await folderSize(`${siteDir}/pagefind${sub}`);
  console.log(`${siteDir}/pagefind${sub}: ${files} files, ${bytes} B`);
}
