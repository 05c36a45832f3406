// `npm run audit`: Lighthouse (mobile) over every page of the real site, plus the page-weight budgets;
// writes reports/lighthouse/*.html and a summary, and exits non-zero when a budget is missed.
//   npm run audit [-- --site=dist] [--out=reports/lighthouse] [--runs=3]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { siteConfigFrom } from "../../../src/config/config.ts";
import { headerRulesFor } from "../../../src/publishing/headers.ts";
import { startStaticServer } from "../../../src/publishing/static-server.ts";
import { type BudgetCheck, budgets, check } from "../bench/budgets.ts";
import { pageWeightChecks } from "../bench/check-budgets.ts";
import { measurePageWeights, origin } from "../bench/measure-browser.ts";
import { sitePages } from "../bench/page-weight.ts";
import { budgetTable } from "../bench/report.ts";
import { chromiumLaunchOptions } from "../chromium-launch.ts";

/** The production headers, as the site is configured by the environment. */
const rules = headerRulesFor(siteConfigFrom(process.env));

const { values: args } = parseArgs({
  options: {
    site: { type: "string" },
    out: { type: "string", default: "reports/lighthouse" },
    runs: { type: "string", default: "3" },
  },
});

interface PageAudit {
  page: string;
  report: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Performance score and CLS of every run, best first: how much they vary. */
  allRuns: { performance: number; cls: number }[];
  /** The weighted audits that did not pass, to see why a score is below 100. */
  failing: string[];
}

/** Builds the real site into a temporary folder, unless --site names a built one. */
async function siteToAudit(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  if (args.site) return { dir: args.site, cleanup: async () => {} };
  const tmp = await mkdtemp(path.join(os.tmpdir(), "fk-audit-"));
  const dir = path.join(tmp, "site");
  console.log(`Building the site into ${dir}`);
  const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    stdio: "inherit",
    env: { ...process.env, OUTPUT_DIR: dir },
  });
  if (build.status !== 0) throw new Error("the build failed; nothing to audit");
  return { dir, cleanup: () => rm(tmp, { recursive: true, force: true }) };
}

const reportName = (page: string) =>
  page === "/"
    ? "index.html"
    : `${page
        .replace(/^\/|\/$/g, "")
        .replace(/\.html$/, "")
        .replace(/\//g, "-")}.html`;

const { dir, cleanup } = await siteToAudit();
const server = await startStaticServer({
  root: dir,
  port: Number(process.env.AUDIT_PORT ?? 0),
  rules,
});
const chromePath =
  process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
// The browser tests' flags (playwright.config.ts), headless and without a sandbox as DESIGN.md says.
const flags = [...new Set(["--headless", "--no-sandbox", ...chromiumLaunchOptions.args])];
const chrome = await chromeLauncher.launch({
  chromeFlags: flags,
  ...(chromePath ? { chromePath } : {}),
});
await mkdir(args.out, { recursive: true });

const audits: PageAudit[] = [];
try {
  for (const page of await sitePages(dir)) {
    // Scores vary from run to run; the run with the median performance score is reported.
    const runs = [];
    for (let run = 1; run <= Number(args.runs); run++) {
      console.log(`Lighthouse ${page}, run ${run}/${args.runs}`);
      const result = await lighthouse(new URL(page, origin(server)).href, {
        port: chrome.port,
        output: "html",
        logLevel: "error",
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
      runs.push(result);
    }
    runs.sort(
      (a, b) =>
        (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0),
    );
    const result = runs[Math.floor(runs.length / 2)];
    if (!result) throw new Error("--runs must be at least 1");
    const { categories, audits: lhAudits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => lhAudits[id]?.numericValue ?? Number.NaN;
    const failing = Object.entries(categories).flatMap(([category, { auditRefs }]) =>
      auditRefs
        .filter((ref) => ref.weight > 0 && (lhAudits[ref.id]?.score ?? 1) < 1)
        .map((ref) => {
          const audit = lhAudits[ref.id];
          return `${category}: ${audit?.title ?? ref.id}${audit?.displayValue ? ` (${audit.displayValue})` : ""}`;
        }),
    );
    const report = reportName(page);
    await writeFile(path.join(args.out, report), String(result.report));
    audits.push({
      page,
      report,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: value("largest-contentful-paint"),
      cls: value("cumulative-layout-shift"),
      tbtMs: value("total-blocking-time"),
      failing,
      allRuns: runs.map((run) => ({
        performance: Math.round((run.lhr.categories.performance?.score ?? 0) * 100),
        cls: run.lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
      })),
    });
  }
} finally {
  await chrome.kill();
  server.close();
}

const weights = await measurePageWeights(dir, 0);
await cleanup();

const checks: BudgetCheck[] = audits.flatMap((a) => [
  ...(
    [
      ["performance", a.performance],
      ["accessibility", a.accessibility],
      ["best practices", a.bestPractices],
      ["SEO", a.seo],
    ] as const
  ).map(([name, score]) => ({
    what: `${a.page}: Lighthouse ${name}`,
    limit: `≥ ${budgets.lighthouseScore}`,
    measured: String(score),
    ok: score >= budgets.lighthouseScore,
  })),
  check(`${a.page}: CLS`, a.cls, budgets.cls, ""),
]);
checks.push(...pageWeightChecks(weights));

const summary = [
  "| page | performance | accessibility | best practices | SEO | LCP ms | CLS | TBT ms | runs: performance / CLS | report |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ...audits.map(
    (a) =>
      `| ${a.page} | ${a.performance} | ${a.accessibility} | ${a.bestPractices} | ${a.seo} | ${a.lcpMs.toFixed(0)} | ${a.cls.toFixed(3)} | ${a.tbtMs.toFixed(0)} | ${a.allRuns.map((r) => `${r.performance} / ${r.cls.toFixed(3)}`).join(", ")} | [${a.report}](${a.report}) |`,
  ),
].join("\n");
const failed = checks.filter((c) => !c.ok);
const why = audits
  .filter((a) => a.failing.length > 0)
  .map((a) => `- ${a.page}: ${a.failing.join("; ")}`)
  .join("\n");
const markdown = `# Lighthouse audit\n\nGenerated ${new Date().toISOString()} by \`npm run audit\`: Lighthouse 12, mobile (simulated throttling), ${args.runs} run(s) a page, the run with the median performance score reported, Chromium ${chromePath ?? "from chrome-launcher"}.\n\n${summary}\n\n## Audits that did not pass\n\n${why || "None."}\n\n## Budgets\n\n${budgetTable(checks)}\n`;
await writeFile(path.join(args.out, "summary.md"), markdown);
await writeFile(
  path.join(args.out, "summary.json"),
  `${JSON.stringify({ audits, weights, checks }, null, 2)}\n`,
);

console.log(`\n${summary}\n`);
if (failed.length > 0) {
  console.log(`${budgetTable(failed)}\n\n${why}\n`);
  console.log(`${failed.length} budget(s) missed; reports in ${args.out}/`);
  process.exitCode = 1;
} else {
  console.log(`Every page is within every budget; reports in ${args.out}/`);
}
