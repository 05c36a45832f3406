// Small statistics for the benchmark: summaries of repeated runs and a least-squares line.

export interface Summary {
  median: number;
  min: number;
  max: number;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summarize(values: number[]): Summary {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

export interface LinearFit {
  /** The cost at zero questions. */
  intercept: number;
  /** The cost of each further question. */
  slope: number;
  /** How much of the variation the line explains (1 = all of it). */
  r2: number;
}

/** Ordinary least squares y = intercept + slope × x. */
export function linearFit(xs: number[], ys: number[]): LinearFit {
  if (xs.length !== ys.length || xs.length < 2) {
    throw new Error("a line needs at least two points, as many x as y");
  }
  const n = xs.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - meanX;
    const dy = (ys[i] as number) - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) throw new Error("a line needs at least two different x values");
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { intercept, slope, r2 };
}
