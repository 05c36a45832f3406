// `npm run bench`: builds synthetic corpora and the real site step by step, weighs the real site's
// pages and the search in Chromium, and writes reports/bench.json, bench.md and two SVG charts.
//   npm run bench -- --sizes=17,1000,5000,10200 --runs=3 --warmup=1 [--no-browser] [--out=reports]
//                    [--content=content]   (the real content: measured, and the corpora's template)
//                    [--generator=own,shared] [--shared-generator=../shared/bench/gen-corpus.mjs]
//                    (the corpora's generators, ./corpora.ts; the fitted lines use the own one's)
//                    [--key-delay=200]   (ms between keys of a search query: ./search-cost.ts)
//   npm run bench -- --from=reports/bench.json   (only redraws the reports from earlier measurements)
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { staticPages } from "../../../src/config/config.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { freePort } from "../free-port.ts";
import { measureSaveToVisible } from "../preview/save-to-visible-run.ts";
import { defaultSharedGenerator, type Generator, parseGenerators, writeCorpus } from "./corpora.ts";
import { measureBrowser } from "./measure-browser.ts";
import type { BenchReport, SaveToVisibleResult, SizeResult } from "./report.ts";
import { folderSize, type MeasuredStep, runStep } from "./run-step.ts";
import { keyDelayMs } from "./search-cost.ts";
import { summarize } from "./stats.ts";
import { type StepName, stepsHere } from "./step.ts";
import { writeReports } from "./write-reports.ts";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: process.env.BENCH_SIZES ?? "17,1000,5000,10200" },
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "3" },
    warmup: { type: "string", default: process.env.BENCH_WARMUP ?? "1" },
    out: { type: "string", default: process.env.BENCH_OUT ?? "reports" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "0" },
    content: { type: "string", default: process.env.CONTENT_DIR ?? "content" },
    generator: { type: "string", default: process.env.BENCH_GENERATOR ?? "own" },
    "shared-generator": { type: "string", default: defaultSharedGenerator },
    "no-browser": { type: "boolean", default: false },
    "key-delay": { type: "string", default: String(keyDelayMs) },
    from: { type: "string" },
  },
});

if (args.from) {
  const {
    fits: _fits,
    budgets: _budgets,
    ...measured
  } = JSON.parse(await readFile(args.from, "utf8")) as BenchReport;
  await writeReports(measured, args.out);
  process.exit(0);
}

// Ascending, so that the last size built is the largest: its site is the one searched.
const sizes = args.sizes
  .split(",")
  .map(Number)
  .sort((a, b) => a - b);
const runsList = args.runs.split(",").map(Number);
/** Runs for each size: one number for all, or one per size. */
const runsFor = (i: number) => runsList[i] ?? runsList.at(-1) ?? 3;
const warmup = Number(args.warmup);
const keyDelay = Number(args["key-delay"]);
const generators = parseGenerators(args.generator);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || runsList.some((n) => !(n >= 1))) {
  throw new Error("--sizes and --runs take positive whole numbers, e.g. --sizes=17,1000 --runs=3");
}
if (!(keyDelay >= 0)) throw new Error("--key-delay takes milliseconds, e.g. --key-delay=200");

const tmp = await mkdtemp(path.join(os.tmpdir(), "fk-bench-"));

async function measureCorpus(
  label: string,
  contentDir: string,
  questions: number,
  pages: number,
  runs: number,
  warmupRuns: number,
  { generator, steps = stepsHere() }: { generator?: Generator; steps?: StepName[] } = {},
): Promise<{ result: SizeResult; site: string }> {
  const stepsOut = path.join(tmp, `${label}-steps`);
  const site = path.join(tmp, `${label}-site`);
  const measured: Partial<Record<StepName, MeasuredStep[]>> = {};
  const loadBefore = os.loadavg()[0] ?? 0;
  for (let run = 1 - warmupRuns; run <= runs; run++) {
    const name = run < 1 ? "warm-up" : `run ${run}/${runs}`;
    await rm(stepsOut, { recursive: true, force: true });
    for (const step of steps) {
      const result = await runStep(step, contentDir, step === "build" ? site : stepsOut);
      console.log(
        `  ${label.padEnd(16)} ${name.padEnd(9)} ${step.padEnd(13)} ${(result.wallMs / 1000).toFixed(2).padStart(7)} s wall ` +
          `${((result.userMs + result.sysMs) / 1000).toFixed(2).padStart(7)} s CPU ${result.peakRssMb.toFixed(0).padStart(5)} MB`,
      );
      if (run >= 1) measured[step] = [...(measured[step] ?? []), result];
    }
  }
  const figures: SizeResult["steps"] = {};
  for (const step of steps) {
    const list = measured[step] ?? [];
    figures[step] = {
      wallMs: summarize(list.map((m) => m.wallMs)),
      processWallMs: summarize(list.map((m) => m.processWallMs)),
      cpuMs: summarize(list.map((m) => m.userMs + m.sysMs)),
      peakRssMb: summarize(list.map((m) => m.peakRssMb)),
    };
  }
  const load: [number, number] = [loadBefore, os.loadavg()[0] ?? 0];
  const dist = await folderSize(site);
  const result: SizeResult = { label, questions, pages, runs, steps: figures, dist, load };
  if (generator) result.generator = generator;
  return { result, site };
}

console.log(`Benchmark: sizes ${sizes.join(", ")}, ${warmup} warm-up run(s), working in ${tmp}`);
const results: SizeResult[] = [];
// The warm-up runs come first, on the real content: what they warm (tsx's compile cache, the OS file
// cache of node_modules) is shared by every size, and each corpus is read right after being written.
const realContent = await loadContent(args.content, staticPages);
const realQuestions = realContent.pages.reduce(
  (n, p) => n + p.sections.reduce((m, s) => m + s.questions.length, 0),
  0,
);
const saves: SaveToVisibleResult[] = [];
/** The preview's save → visible on `contentDir`, as many saves as the size has runs (at least 3). */
async function saveToVisible(label: string, contentDir: string, questions: number, i: number) {
  console.log(`${label}: save → visible in the preview`);
  const { times, medianMs } = await measureSaveToVisible({
    contentSource: contentDir,
    runs: Math.max(3, runsFor(i)),
    port: String(await freePort()),
  });
  return { label, questions, medianMs, times };
}
const real = await measureCorpus(
  "real content",
  args.content,
  realQuestions,
  realContent.pages.length,
  runsFor(0),
  warmup,
);
results.push(real.result);
let largestSite = real.site;
let largestLabel = "real content";
for (const generator of generators) {
  for (const [i, asked] of sizes.entries()) {
    const corpus = path.join(tmp, `corpus-${asked}-${generator}`);
    const { pages, questions } = await writeCorpus(generator, corpus, asked, {
      source: args.content,
      sharedGenerator: args["shared-generator"],
    });
    const label = `${questions} questions${generator === "own" ? "" : ", gen-corpus.mjs"}`;
    // A fresh clone's build (no .cache/) of the real content and of the largest corpus only: it
    // costs as much as the rest of a size's steps together.
    const largest = i === sizes.length - 1;
    const steps = stepsHere().filter((step) => largest || step !== "fresh-build");
    const { result, site } = await measureCorpus(label, corpus, questions, pages, runsFor(i), 0, {
      generator,
      steps,
    });
    results.push(result);
    // The largest corpus of the first generator is the one searched.
    if (generator === generators[0]) {
      largestSite = site;
      largestLabel = label;
    }
    // The preview's save at the largest size of each generator (the real content's comes last).
    if (largest && !args["no-browser"])
      saves.push(await saveToVisible(label, corpus, questions, i));
    await rm(corpus, { recursive: true, force: true });
  }
}

if (!args["no-browser"])
  saves.unshift(await saveToVisible("real content", args.content, realQuestions, 0));
const browser = args["no-browser"]
  ? { pageWeights: [], search: [] }
  : await measureBrowser(real.site, largestSite, largestLabel, Number(args.port), keyDelay);
await rm(tmp, { recursive: true, force: true });

await writeReports(
  {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    options: { sizes, runs: sizes.map((_, i) => runsFor(i)), warmup, keyDelayMs: keyDelay },
    sizes: results,
    ...browser,
    saveToVisible: saves,
  },
  args.out,
);
