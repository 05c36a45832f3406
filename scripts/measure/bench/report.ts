// The benchmark's results as data (reports/bench.json) and as Markdown tables (reports/bench.md).
import { type BudgetCheck, budgets } from "./budgets.ts";
import type { Generator } from "./corpora.ts";
import type { PageWeight } from "./page-weight.ts";
import { keyDelayMs, type SearchCost } from "./search-cost.ts";
import type { LinearFit, Summary } from "./stats.ts";
import type { StepName } from "./step.ts";

export interface StepFigures {
  wallMs: Summary;
  processWallMs: Summary;
  cpuMs: Summary;
  peakRssMb: Summary;
}

export interface SizeResult {
  label: string;
  questions: number;
  pages: number;
  runs: number;
  steps: Partial<Record<StepName, StepFigures>>;
  dist: { files: number; bytes: number };
  /** The 1-minute load average before and after, since the machine may be shared. */
  load: [number, number];
  /** Which generator wrote the corpus (./corpora.ts); none for the real content. */
  generator?: Generator;
}

/** The sizes the fitted lines and charts are drawn through: one generator's, the project's own. */
export function ownCorpora(sizes: SizeResult[]): SizeResult[] {
  return sizes.filter(
    (size) => size.label !== "real content" && (size.generator ?? "own") === "own",
  );
}

export interface BenchReport {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  /** keyDelayMs: the typing pace of the search queries (absent in reports before it was chosen). */
  options: { sizes: number[]; runs: number[]; warmup: number; keyDelayMs?: number };
  sizes: SizeResult[];
  /** Fitted over the synthetic sizes: seconds = intercept + slope × questions. */
  fits: {
    buildWall: LinearFit;
    buildCpu: LinearFit;
    steps: Partial<Record<StepName, { wall: LinearFit; cpu: LinearFit }>>;
  };
  pageWeights: PageWeight[];
  search: SearchCost[];
  /** The preview's save → visible in Chromium (scripts/measure/preview/save-to-visible-run.ts). */
  saveToVisible?: SaveToVisibleResult[];
  budgets: BudgetCheck[];
}

export interface SaveToVisibleResult {
  label: string;
  questions: number;
  medianMs: number;
  times: number[];
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const range = (x: Summary, f: (n: number) => string) => `${f(x.median)} (${f(x.min)}–${f(x.max)})`;

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

export function stepsTable(sizes: SizeResult[]): string {
  const rows = sizes.flatMap((size) =>
    Object.entries(size.steps).map(([step, f]) => [
      size.label,
      String(size.questions),
      String(size.pages),
      step,
      range(f.wallMs, s),
      range(f.processWallMs, s),
      range(f.cpuMs, s),
      range(f.peakRssMb, (n) => n.toFixed(0)),
    ]),
  );
  return table(
    ["corpus", "questions", "pages", "step", "wall s", "process wall s", "CPU s", "peak MB"],
    rows,
  );
}

export function distTable(sizes: SizeResult[]): string {
  return table(
    ["corpus", "questions", "runs", "files in dist", "MB in dist", "load avg before/after"],
    sizes.map((size) => [
      size.label,
      String(size.questions),
      String(size.runs),
      String(size.dist.files),
      (size.dist.bytes / 1e6).toFixed(1),
      size.load.map((l) => l.toFixed(1)).join(" / "),
    ]),
  );
}

export function fitLine(name: string, fit: LinearFit): string {
  return `${name}: ${fit.intercept.toFixed(2)} s fixed + ${(fit.slope * 1000).toFixed(3)} ms per question (r² ${fit.r2.toFixed(3)})`;
}

export function weightTable(
  weights: PageWeight[],
  htmlCssBudget: number,
  jsBudget: number,
): string {
  const b = (x: { raw: number; gzip: number; brotli: number }) =>
    `${kb(x.raw)} / ${kb(x.gzip)} / ${kb(x.brotli)}`;
  return table(
    [
      "page",
      "requests",
      "HTML kB raw/gz/br",
      "CSS kB raw/gz/br",
      "JS kB raw/gz/br",
      "other kB raw/gz/br",
      "HTML+CSS gz",
      "JS gz",
      "search requests",
    ],
    weights.map((w) => {
      const htmlCss = w.html.gzip + w.css.gzip;
      return [
        w.page,
        String(w.requests),
        b(w.html),
        b(w.css),
        b(w.js),
        b(w.other),
        `${kb(htmlCss)}${htmlCss > htmlCssBudget ? " **over**" : ""}`,
        `${kb(w.js.gzip)}${w.js.gzip > jsBudget ? " **over**" : ""}`,
        `${w.searchRequests}${w.searchRequests > 0 ? " **over**" : ""}`,
      ];
    }),
  );
}

export function searchTable(costs: SearchCost[]): string {
  return table(
    [
      "site",
      "page",
      "first query",
      "questions found",
      "requests",
      "ms after last key",
      "kB raw",
      "kB gzip",
      "kB brotli",
    ],
    costs.flatMap((c) =>
      c.queries.map((q) => [
        c.site,
        c.page,
        `"${q.query}"`,
        String(q.results),
        String(q.requests),
        String(q.ms),
        kb(q.bytes.raw),
        kb(q.bytes.gzip),
        kb(q.bytes.brotli),
      ]),
    ),
  );
}

export function saveTable(results: SaveToVisibleResult[]): string {
  return table(
    ["content", "questions", "save → visible, median", "each save"],
    results.map((r) => [
      r.label,
      r.questions.toLocaleString("en"),
      `${Math.round(r.medianMs)} ms`,
      r.times.map((ms) => Math.round(ms)).join(", "),
    ]),
  );
}

export function budgetTable(checks: BudgetCheck[]): string {
  return table(
    ["budget", "limit", "measured", "holds"],
    checks.map((c) => [c.what, c.limit, c.measured, c.ok ? "yes" : "**NO**"]),
  );
}

export function markdown(report: BenchReport, wallChart: string, cpuChart: string): string {
  const { machine, options } = report;
  return [
    "# Benchmark",
    "",
    `Generated ${report.generatedAt} by \`npm run bench\` on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}.`,
    `Sizes ${options.sizes.join(", ")}; runs ${options.runs.join(", ")} (the real content has as many as the first size),`,
    `after ${options.warmup} warm-up run(s) of the real content, which warm the caches every size shares.`,
    "Each figure is the median (min–max) of the runs. *wall* is the step's own work, module loading included;",
    "*process wall* adds starting Node and tsx, as a cold `npm run build` pays it. CPU is user + system time",
    "of the process and its helper processes (esbuild, Pagefind); peak MB is the largest single process.",
    "The *eleventy* step includes loading the content and compiling the assets (they run inside Eleventy);",
    "the *pagefind* step's wall time is the indexing only: the content it indexes is loaded first, untimed,",
    "as the build has it loaded by then (its CPU and peak MB are the whole process's, loading included);",
    "*build* is the whole `scripts/build.ts`. A high load average means the timings were taken on a busy machine.",
    "",
    "## Budgets",
    "",
    budgetTable(report.budgets),
    "",
    "## Build cost",
    "",
    `![Build time against questions](${wallChart})`,
    "",
    `![Build CPU time against questions](${cpuChart})`,
    "",
    "Least-squares lines over the synthetic sizes (seconds = fixed + per question × questions):",
    "",
    `- ${fitLine("whole build, wall (process)", report.fits.buildWall)}`,
    `- ${fitLine("whole build, CPU", report.fits.buildCpu)}`,
    ...Object.entries(report.fits.steps).flatMap(([step, fit]) => [
      `- ${fitLine(`${step}, wall`, fit.wall)}`,
      `- ${fitLine(`${step}, CPU`, fit.cpu)}`,
    ]),
    "",
    stepsTable(report.sizes),
    "",
    distTable(report.sizes),
    "",
    "## Page weight (first view, real site)",
    "",
    weightTable(report.pageWeights, budgets.htmlCssBytes, budgets.jsBytes),
    "",
    "## Search cost",
    "",
    `Each query typed into the search field of an FAQ page, key by key at ${options.keyDelayMs ?? keyDelayMs} ms a key (search-cost.ts),`,
    "as a first query (a fresh browser, nothing cached), weighed from the first keystroke until the result",
    "list is announced and the network is quiet:",
    "the lazily loaded results UI and every request to /pagefind/ (script, WASM, index, filters, fragments).",
    "",
    searchTable(report.search),
    "",
    "## Preview: save → visible",
    "",
    "A question file of the first FAQ page saved while the page is open in Chromium, timed until the",
    "frame in which the page shows the new words (`npm start` on a copy of the content).",
    "",
    saveTable(report.saveToVisible ?? []),
    "",
  ].join("\n");
}
