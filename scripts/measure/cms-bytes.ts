// `tsx scripts/measure/cms-bytes.ts`: what the editors' CMS at /admin/ of the built site (SITE_DIR,
// default dist/) downloads until its sign-in screen shows, per file, raw and as a CDN would send
// it (gzip level 9, brotli), in headless Chromium; and that the site's own pages load none of it.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { siteConfigFrom } from "../../src/config/config.ts";
import { headerRulesFor } from "../../src/publishing/headers.ts";
import { startStaticServer } from "../../src/publishing/static-server.ts";

const siteDir = process.env.SITE_DIR ?? "dist";
const port = Number(process.env.PORT ?? 8398);
const rules = headerRulesFor(siteConfigFrom(process.env));
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const server = await startStaticServer({ root: siteDir, port, rules });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  const page = await browser.newPage();
  const paths: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.port === String(port)) paths.push(url.pathname);
  });
  const started = Date.now();
  await page.goto(`http://localhost:${port}/admin/`);
  await page.getByRole("button", { name: "Logga in" }).waitFor();
  const shown = Date.now() - started;
  const rows = await Promise.all(
    paths.map(async (urlPath) => {
      const file = path.join(siteDir, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
      const bytes = await readFile(file);
      return {
        urlPath,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes).length,
      };
    }),
  );
  console.log("| file | raw | gzip | brotli |\n|---|---|---|---|");
  for (const row of rows) {
    console.log(`| ${row.urlPath} | ${kB(row.raw)} | ${kB(row.gzip)} | ${kB(row.brotli)} |`);
  }
  const total = (key: "raw" | "gzip" | "brotli") =>
    kB(rows.reduce((sum, row) => sum + row[key], 0));
  console.log(
    `| **${rows.length} requests** | ${total("raw")} | ${total("gzip")} | ${total("brotli")} |`,
  );
  console.log(`\nSign-in screen shown after ${shown} ms (headless Chromium, no throttling).`);
} finally {
  await browser.close();
  server.close();
}
