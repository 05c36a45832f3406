// Compares the benchmark's figures with the budgets of DESIGN.md.
import { type BudgetCheck, budgets, check } from "./budgets.ts";
import { type BenchReport, ownCorpora, type SizeResult } from "./report.ts";

/** The whole build's CPU ms per further question between consecutive sizes of 1,000 and more. */
function marginalCosts(report: Omit<BenchReport, "budgets">): number[] {
  const sizes = ownCorpora(report.sizes)
    .filter((s) => s.questions >= 1000 && s.steps.build)
    .sort((a, b) => a.questions - b.questions);
  return sizes.slice(1).map((size, i) => {
    const before = sizes[i] as (typeof sizes)[number];
    const cpu = (s: typeof size) => s.steps.build?.cpuMs.median ?? 0;
    return (cpu(size) - cpu(before)) / (size.questions - before.questions);
  });
}

/** Each page's first view against the byte and request budgets (shared with `npm run audit`). */
export function pageWeightChecks(weights: BenchReport["pageWeights"]): BudgetCheck[] {
  return weights.flatMap((w) => [
    check(
      `${w.page}: HTML + CSS, brotli`,
      (w.html.brotli + w.css.brotli) / 1000,
      budgets.htmlCssBytes / 1000,
      "kB",
    ),
    check(
      `${w.page}: JavaScript before search, brotli`,
      w.js.brotli / 1000,
      budgets.jsBytes / 1000,
      "kB",
    ),
    check(
      `${w.page}: search requests before use`,
      w.searchRequests,
      budgets.searchRequestsBeforeUse,
      "requests",
    ),
  ]);
}

export function checkBudgets(report: Omit<BenchReport, "budgets">): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const real = report.sizes.find((s) => s.label === "real content");
  // The real site's build, with its caches and in a fresh clone, each as its command's wall time.
  const realBuilds = [
    ["build", "warm build of the real site, wall", budgets.realBuildMs],
    [
      "fresh-build",
      "fresh-clone build of the real site (no .cache/), wall",
      budgets.realFreshBuildMs,
    ],
  ] as const;
  for (const [step, what, limitMs] of realBuilds) {
    const figures = real?.steps[step];
    if (figures) checks.push(check(what, figures.processWallMs.median / 1000, limitMs / 1000, "s"));
  }
  for (const save of report.saveToVisible ?? []) {
    checks.push(
      check(
        `preview: save → visible, ${save.label}, median`,
        save.medianMs,
        budgets.saveToVisibleMs,
        "ms",
      ),
    );
  }
  // The largest corpus of each generator is held to the large-corpus budget.
  const largest = new Map<string, SizeResult>();
  for (const size of report.sizes) {
    if (size.label === "real content") continue;
    const generator = size.generator ?? "own";
    if (size.questions > (largest.get(generator)?.questions ?? 0)) largest.set(generator, size);
  }
  for (const large of largest.values()) {
    const largeBuild = large.steps.build;
    if (large.questions < budgets.largeCorpusQuestions || !largeBuild) continue;
    const largeCheck = large.steps["check-content"];
    if (largeCheck) {
      checks.push(
        check(
          `check:content of ${large.label}, wall`,
          largeCheck.processWallMs.median / 1000,
          budgets.largeCheckContentMs / 1000,
          "s",
        ),
      );
    }
    const what = `build of ${large.label}`;
    const hugo = large.steps["hugo-pagefind"];
    if (hugo) {
      // The build is its command (wall = process); Hugo + Pagefind without the tsx of step.ts.
      const ratio = largeBuild.wallMs.median / hugo.wallMs.median;
      checks.push({
        ...check(`${what} ÷ Hugo + Pagefind, wall`, ratio, budgets.largeBuildPerHugo, "×"),
        measured: `${ratio.toFixed(2)} × (${(largeBuild.wallMs.median / 1000).toFixed(2)} s ÷ ${(hugo.wallMs.median / 1000).toFixed(2)} s)`,
      });
    }
    // Our build's own processes: the Hugo peer is measured, not budgeted.
    const peak = Math.max(
      ...Object.entries(large.steps)
        .filter(([step]) => step !== "hugo-pagefind")
        .map(([, figures]) => figures.peakRssMb.max),
    );
    checks.push(
      check(`${what}, peak memory of any one process`, peak, budgets.largePeakRssMb, "MB"),
    );
  }
  const marginal = marginalCosts(report);
  if (marginal.length >= 2) {
    // Linear growth: each further question costs about the same at 10,000 as at 1,000. CPU time is
    // compared, as wall time on a shared machine also measures everyone else's work.
    const ratio = (marginal.at(-1) as number) / (marginal[0] as number);
    checks.push({
      what: "build cost grows linearly: CPU per further question, last interval ÷ first",
      limit: "≤ 1.5",
      measured: `${ratio.toFixed(2)} (${marginal.map((ms) => ms.toFixed(2)).join(" → ")} ms; r² wall ${report.fits.buildWall.r2.toFixed(3)}, CPU ${report.fits.buildCpu.r2.toFixed(3)})`,
      ok: ratio <= 1.5,
    });
  }
  checks.push(...pageWeightChecks(report.pageWeights));
  for (const s of report.search) {
    for (const q of s.queries) {
      checks.push(
        check(
          `${s.site}: search, first query "${q.query}", brotli`,
          q.bytes.brotli / 1000,
          budgets.searchFirstQueryBytes / 1000,
          "kB",
        ),
      );
    }
  }
  return checks;
}
