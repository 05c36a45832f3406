// Unit tests of the benchmark's statistics: the median of repeated runs and the fitted line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { linearFit, median, summarize } from "../../../../scripts/measure/bench/stats.ts";

describe("median", () => {
  it("takes the middle value of an odd number of runs, in any order", () => {
    assert.equal(median([5, 1, 3]), 3);
  });

  it("takes the mean of the two middle values of an even number of runs", () => {
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  it("is the value itself for one run", () => {
    assert.equal(median([7]), 7);
  });

  it("refuses an empty list", () => {
    assert.throws(() => median([]), /no values/);
  });

  it("leaves the caller's list unsorted", () => {
    const runs = [3, 1, 2];
    median(runs);
    assert.deepEqual(runs, [3, 1, 2]);
  });
});

describe("summarize", () => {
  it("gives the median, the smallest and the largest run", () => {
    assert.deepEqual(summarize([2, 9, 4]), { median: 4, min: 2, max: 9 });
  });
});

describe("linearFit", () => {
  it("finds the fixed cost and the cost per question of points on a line", () => {
    const fit = linearFit([0, 1000, 5000], [1.5, 2.5, 6.5]);
    assert.ok(Math.abs(fit.intercept - 1.5) < 1e-9);
    assert.ok(Math.abs(fit.slope - 0.001) < 1e-12);
    assert.ok(Math.abs(fit.r2 - 1) < 1e-9);
  });

  it("fits the least-squares line through scattered points", () => {
    // y = 1 + 2x with errors +1, -1, -1, +1 at x = 0..3: errors with no trend leave the line as it is.
    const fit = linearFit([0, 1, 2, 3], [2, 2, 4, 8]);
    assert.ok(Math.abs(fit.slope - 2) < 1e-9, `slope ${fit.slope}`);
    assert.ok(Math.abs(fit.intercept - 1) < 1e-9, `intercept ${fit.intercept}`);
    // Explained: 20 of the 24 squared deviations from the mean.
    assert.ok(Math.abs(fit.r2 - 20 / 24) < 1e-9, `r² ${fit.r2}`);
  });

  it("explains less of growth that is not linear", () => {
    const xs = [1, 2, 3, 4, 5];
    assert.ok(
      linearFit(
        xs,
        xs.map((x) => 2 ** x),
      ).r2 <
        linearFit(
          xs,
          xs.map((x) => 3 * x),
        ).r2,
    );
  });

  it("refuses fewer than two different sizes", () => {
    assert.throws(() => linearFit([1], [1]), /two points/);
    assert.throws(() => linearFit([3, 3], [1, 2]), /different x/);
  });
});
