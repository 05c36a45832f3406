// Compares the benchmark's figures with the budgets of DESIGN.md.
import { type BudgetCheck, budgets, check } from "./budgets.ts";
import type { BenchReport } from "./report.ts";

export function checkBudgets(report: Omit<BenchReport, "budgets">): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const real = report.sizes.find((s) => s.label === "real content");
  const realBuild = real?.steps.build;
  if (realBuild) {
    checks.push(
      check(
        "cold build of the real site, wall",
        realBuild.processWallMs.median / 1000,
        budgets.realBuildMs / 1000,
        "s",
      ),
    );
  }
  const large = report.sizes.find(
    (s) => s.label !== "real content" && s.questions >= budgets.largeCorpusQuestions,
  );
  const largeBuild = large?.steps.build;
  if (large && largeBuild) {
    const what = `build of ${large.questions.toLocaleString("en")} questions`;
    checks.push(
      check(
        `${what}, wall`,
        largeBuild.processWallMs.median / 1000,
        budgets.largeBuildMs / 1000,
        "s",
      ),
    );
    const peak = Math.max(...Object.values(large.steps).map((f) => f.peakRssMb.max));
    checks.push(
      check(`${what}, peak memory of any one process`, peak, budgets.largePeakRssMb, "MB"),
    );
  }
  if (report.sizes.length >= 4) {
    // A straight line through the sizes explains nearly all of the variation when growth is linear.
    const { r2 } = report.fits.buildWall;
    checks.push({
      what: "build cost grows linearly (r² of the fit)",
      limit: "≥ 0.95",
      measured: r2.toFixed(3),
      ok: r2 >= 0.95,
    });
  }
  for (const w of report.pageWeights) {
    checks.push(
      check(
        `${w.page}: HTML + CSS, gzip`,
        (w.html.gzip + w.css.gzip) / 1000,
        budgets.htmlCssBytes / 1000,
        "kB",
      ),
    );
    checks.push(
      check(
        `${w.page}: JavaScript before search, gzip`,
        w.js.gzip / 1000,
        budgets.jsBytes / 1000,
        "kB",
      ),
    );
    checks.push(
      check(
        `${w.page}: search requests before use`,
        w.searchRequests,
        budgets.searchRequestsBeforeUse,
        "requests",
      ),
    );
  }
  for (const s of report.search) {
    checks.push(
      check(
        `${s.site}: search, first query, gzip`,
        s.first.bytes.gzip / 1000,
        budgets.searchFirstQueryBytes / 1000,
        "kB",
      ),
    );
  }
  return checks;
}
