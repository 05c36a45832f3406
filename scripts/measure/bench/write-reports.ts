// Fits the build cost, checks the budgets, draws the charts and writes reports/bench.{json,md,svg}.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { budgets } from "./budgets.ts";
import { chartSvg } from "./chart.ts";
import { checkBudgets } from "./check-budgets.ts";
import {
  type BenchReport,
  budgetTable,
  distTable,
  fitLine,
  markdown,
  ownCorpora,
  type SizeResult,
  saveTable,
  searchTable,
  stepsTable,
  weightTable,
} from "./report.ts";
import { type LinearFit, linearFit } from "./stats.ts";
import { type StepName, steps } from "./step.ts";

export type Measurements = Omit<BenchReport, "fits" | "budgets">;

type Key = "processWallMs" | "cpuMs" | "wallMs";
const colors = ["#1f4e9c", "#c0392b", "#27804a", "#8e44ad"];

function fits(synthetic: SizeResult[]): BenchReport["fits"] {
  const xs = synthetic.map((r) => r.questions);
  const zero: LinearFit = { intercept: 0, slope: 0, r2: 0 };
  const fitOf = (step: StepName, key: Key) =>
    new Set(xs).size < 2
      ? zero
      : linearFit(
          xs,
          synthetic.map((r) => (r.steps[step]?.[key].median ?? 0) / 1000),
        );
  return {
    buildWall: fitOf("build", "processWallMs"),
    buildCpu: fitOf("build", "cpuMs"),
    // Only the steps measured at every size have a line (a fresh clone's build is measured at the
    // largest size only).
    steps: Object.fromEntries(
      steps
        .filter((step) => synthetic.every((r) => r.steps[step]))
        .map((step) => [step, { wall: fitOf(step, "wallMs"), cpu: fitOf(step, "cpuMs") }]),
    ),
  };
}

function chart(synthetic: SizeResult[], cpu: boolean, fit: LinearFit): string {
  const title = cpu
    ? "Build CPU time (user + system) against questions"
    : "Build wall time against questions (median, min–max)";
  return chartSvg(
    title,
    (["build", "eleventy", "pagefind", "content"] as const).map((step, i) => {
      const key: Key = cpu ? "cpuMs" : step === "build" ? "processWallMs" : "wallMs";
      return {
        name: step === "build" ? "whole build" : step,
        color: colors[i] ?? "#000",
        points: synthetic.map((r) => {
          const f = r.steps[step]?.[key];
          return {
            x: r.questions,
            y: (f?.median ?? 0) / 1000,
            min: (f?.min ?? 0) / 1000,
            max: (f?.max ?? 0) / 1000,
          };
        }),
      };
    }),
    synthetic.length >= 2 ? { name: "fitted line, whole build", ...fit } : undefined,
  );
}

export async function writeReports(measured: Measurements, out: string): Promise<BenchReport> {
  const synthetic = ownCorpora(measured.sizes);
  const report: BenchReport = { ...measured, fits: fits(synthetic), budgets: [] };
  report.budgets = checkBudgets(report);
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(out, "bench.svg"), chart(synthetic, false, report.fits.buildWall));
  await writeFile(path.join(out, "bench-cpu.svg"), chart(synthetic, true, report.fits.buildCpu));
  await writeFile(path.join(out, "bench.md"), markdown(report, "bench.svg", "bench-cpu.svg"));

  console.log(`\n${stepsTable(report.sizes)}\n\n${distTable(report.sizes)}\n`);
  console.log(`${fitLine("whole build, wall", report.fits.buildWall)}`);
  console.log(`${fitLine("whole build, CPU", report.fits.buildCpu)}\n`);
  if (report.pageWeights.length > 0) {
    console.log(`${weightTable(report.pageWeights, budgets.htmlCssBytes, budgets.jsBytes)}\n`);
    console.log(`${searchTable(report.search)}\n`);
  }
  if (report.saveToVisible?.length) console.log(`${saveTable(report.saveToVisible)}\n`);
  console.log(`${budgetTable(report.budgets)}\n`);
  console.log(`Wrote ${out}/bench.json, bench.md, bench.svg and bench-cpu.svg`);
  return report;
}
