// The findability floor (issue 12): the benchmark's citizens' queries about the fixture site,
// typed into the search page. `npm run bench:search` reports the same run in full.
import { expect, test } from "@playwright/test";
import {
  benchmarkReport,
  runQueries,
  topThreeShare,
} from "../../scripts/measure/search-benchmark.ts";
import { benchmarkQueries } from "../../scripts/measure/search-queries.ts";

/**
 * Set from the benchmark: 72 of 72 when written (71 of 72 while stop words were still searched);
 * DESIGN.md's budget is 95 %.
 */
const floor = 0.95;

test("citizens' queries find the right answer in the first three, and nothing unrelated", async ({
  page,
}) => {
  test.setTimeout(60_000 + 2_000 * benchmarkQueries.length);
  const outcomes = await runQueries(page, benchmarkQueries);
  const report = benchmarkReport(outcomes);
  expect(topThreeShare(outcomes), report).toBeGreaterThanOrEqual(floor);
  // No query that has an answer ends at "Inga träffar"; none without one shows unrelated results.
  const empty = outcomes.filter(
    (outcome) => outcome.answers.length > 0 && outcome.top.length === 0,
  );
  expect(
    empty.map((outcome) => outcome.query),
    report,
  ).toEqual([]);
  const unrelated = outcomes.filter((outcome) => outcome.kind === "obesvarad" && !outcome.hit);
  expect(
    unrelated.map((outcome) => outcome.query),
    report,
  ).toEqual([]);
});
