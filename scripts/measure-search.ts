// `tsx scripts/measure-search.ts [query]`: what search costs a citizen on the built dist/ — bytes
// before search is used, requests and bytes of the first query, and the size of dist/pagefind/.
// Bytes are as a CDN would send them: gzip (level 9) for text, as stored for Pagefind's own
// pre-compressed files (index, fragments, filters, WASM), whichever is smaller.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { siteConfigFrom } from "../src/config/config.ts";
import { headerRulesFor } from "../src/publishing/headers.ts";
import { startStaticServer } from "../src/publishing/static-server.ts";

/** The production headers, as the site is configured by the environment. */
const rules = headerRulesFor(siteConfigFrom(process.env));

const siteDir = process.env.SITE_DIR ?? "dist";
const port = Number(process.env.PORT ?? 8399);
const pageUrl = process.env.PAGE ?? "/teknisk-support/";
const query = process.argv[2] ?? "bankid";

interface Transfer {
  path: string;
  bytes: number;
}

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await directorySize(full) : (await stat(full)).size;
  }
  return total;
}

const isSearchCost = (p: string) =>
  p.startsWith("/pagefind/") || /^\/assets\/(search|highlight)\./.test(p);
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const sum = (transfers: Transfer[]) => transfers.reduce((total, t) => total + t.bytes, 0);

const server = await startStaticServer({ root: siteDir, port, rules });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  const page = await browser.newPage();
  // Each response is counted in the phase it arrived in, its body read later.
  let transfers: Promise<Transfer>[] = [];
  page.on("response", (response) => {
    const { pathname } = new URL(response.url());
    transfers.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => ({
          path: pathname,
          bytes: Math.min(body.length, gzipSync(body, { level: 9 }).length),
        })),
    );
  });
  await page.goto(`http://127.0.0.1:${port}${pageUrl}`, { waitUntil: "networkidle" });
  const beforeUse = await Promise.all(transfers);
  transfers = [];
  const field = page.locator(".app-search__input").first();
  await field.focus();
  await field.fill(query);
  await page.locator(".app-search__status").filter({ hasText: /\S/ }).first().waitFor();
  await page.waitForLoadState("networkidle");
  const firstQuery = await Promise.all(transfers);
  const resultCount = await page.locator(".app-search__link").count();

  console.log(`Page ${pageUrl}, query "${query}" (${resultCount} results shown)`);
  console.log(`  page load: ${beforeUse.length} requests, ${kB(sum(beforeUse))}`);
  for (const t of beforeUse) console.log(`    ${t.path} ${t.bytes} B`);
  const searchBefore = beforeUse.filter((t) => isSearchCost(t.path));
  console.log(
    `  search bytes before use: ${sum(searchBefore)} B (${searchBefore.length} requests)`,
  );
  console.log(`  first query: ${firstQuery.length} requests, ${kB(sum(firstQuery))}`);
  for (const t of firstQuery) console.log(`    ${t.path} ${t.bytes} B`);
  const pagefindDir = path.join(siteDir, "pagefind");
  console.log(`  ${pagefindDir}: ${await directorySize(pagefindDir)} B (du -b)`);
  for (const sub of ["index", "fragment", "filter"]) {
    console.log(`    ${sub}/: ${await directorySize(path.join(pagefindDir, sub))} B`);
  }
} finally {
  await browser.close();
  server.close();
}
