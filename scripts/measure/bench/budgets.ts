// The budgets of DESIGN.md as numbers, and how a measured figure is compared with one.
// kB here is 1,000 bytes; "compressed" is brotli, which the build writes beside every text file
// (src/publishing/precompress.ts) and nginx sends to every browser that accepts it.

export const budgets = {
  /** `npm run build` of the real site with its caches (.cache/) from an earlier build, wall time. */
  realBuildMs: 1_000,
  /** `npm run build` of the real site in a fresh clone (no .cache/, as CI's first build), wall. */
  realFreshBuildMs: 1_500,
  /** The size the large-corpus budget is stated for: 600 pages of 17 questions. */
  largeCorpusQuestions: 10_200,
  /** The build's wall time ÷ Hugo + Pagefind's on the same corpus in the same run. */
  largeBuildPerHugo: 1.0,
  largePeakRssMb: 300,
  /** A save in the preview until Chromium shows it, median, at every size measured (issue 24). */
  saveToVisibleMs: 300,
  /** `npm run check:content` of the large corpus, wall (issue 24). */
  largeCheckContentMs: 2_000,
  /** HTML + CSS of a page's first view, brotli. */
  htmlCssBytes: 14_000,
  /** All JavaScript before search is used, brotli. */
  jsBytes: 4_000,
  /** Pagefind requests before the citizen engages with search. */
  searchRequestsBeforeUse: 0,
  /** Everything the first query downloads, brotli. */
  searchFirstQueryBytes: 150_000,
  /** Lighthouse, mobile, every page. */
  lighthouseScore: 100,
  cls: 0,
} as const;

export interface BudgetCheck {
  what: string;
  limit: string;
  measured: string;
  ok: boolean;
}

export function check(what: string, measured: number, limit: number, unit: string): BudgetCheck {
  const format = (value: number) => `${Number(value.toFixed(2)).toLocaleString("en")} ${unit}`;
  return { what, limit: `≤ ${format(limit)}`, measured: format(measured), ok: measured <= limit };
}
