// `npm run bench:search [-- --content=<dir>] [-- --set=many-pages] [-- --grow=<pages>]`: the findability
// benchmark (issue 12). `--grow=600` adds 600 pages of random sentences (random-pages.ts). Builds the
// content (default: the test fixtures, whose questions the query set is about) into a temporary
// folder, serves it with the production headers, types every query of
// scripts/measure/search-queries.ts into the search page in Chromium, and reports the share with an
// acceptable answer in the first three results, by kind, and the misses. On `content/` it is a
// report, not a gate: the queries are written for the fixtures.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { siteConfigFrom } from "../../src/config/config.ts";
import { headerRulesFor } from "../../src/publishing/headers.ts";
import { startStaticServer } from "../../src/publishing/static-server.ts";
import { benchmarkSet, buildBenchSite } from "./bench-site.ts";
import { option } from "./command-line.ts";
import { benchmarkReport, runQueries } from "./search-benchmark.ts";

const { contentDir, queries } = benchmarkSet();
const reportFile = option("report") ?? "reports/search-benchmark.md";
const port = Number(process.env.PORT ?? 8398);

const outputDir = await mkdtemp(path.join(tmpdir(), "fk-bench-search-"));
try {
  const grow = Number(option("grow") ?? 0);
  const site = await buildBenchSite(contentDir, grow, outputDir);
  const rules = headerRulesFor(siteConfigFrom(process.env));
  const server = await startStaticServer({ root: site, port, rules });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    const page = await browser.newPage({ baseURL: `http://127.0.0.1:${port}` });
    const outcomes = await runQueries(page, queries);
    const grown = grow > 0 ? ` and ${grow} pages of random sentences` : "";
    const report = `# Search findability on ${contentDir}${grown}\n\n${benchmarkReport(outcomes)}\n`;
    console.log(report);
    await mkdir(path.dirname(reportFile), { recursive: true });
    await writeFile(reportFile, report);
    console.log(`Wrote ${reportFile}`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  await rm(outputDir, { recursive: true, force: true });
}
