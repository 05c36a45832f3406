// Runs the findability benchmark's queries through the site's own search UI in a real browser and
// scores them: the share with an acceptable answer in the first three results, by kind, and the
// misses. Used by `npm run bench:search` and by the floor in tests/e2e/search-findability.spec.ts.
import type { Page } from "@playwright/test";
import type { BenchmarkQuery, QueryKind } from "./search-queries.ts";

export interface QueryOutcome extends BenchmarkQuery {
  /** The anchors of the first three results. */
  top: string[];
  hit: boolean;
}

export interface KindScore {
  kind: QueryKind;
  hits: number;
  total: number;
}

/**
 * Waits until the search's status names `term` ("3 träffar för ”term”"), looking on every frame:
 * Playwright's own waits poll at growing intervals, up to 1 s, which a run of many queries pays for
 * each one. The first query downloads and compiles Pagefind's WASM: slow on a busy machine.
 */
export async function statusNames(page: Page, term: string, timeout = 20_000): Promise<void> {
  const named = `”${term}”`;
  await page
    .waitForFunction(
      (text) => document.querySelector(".app-search__status")?.textContent?.includes(text),
      named,
      { polling: "raf", timeout },
    )
    .catch(async (error: Error) => {
      const status = await page.locator(".app-search__status").first().textContent();
      throw new Error(
        `The search status never named ${named}; it says "${status}". ${error.message}`,
      );
    });
}

/**
 * Types each query into the search page's field, submits it (the search page then searches at
 * once, without waiting for the next key) and reads the first three results' anchors as soon as
 * the status names the query (`statusNames`): with Playwright's own wait and the field's pause
 * for the next key, each query took about 1.4 s.
 */
export async function runQueries(page: Page, queries: BenchmarkQuery[]): Promise<QueryOutcome[]> {
  await page.goto("/sok/");
  const $field = page.getByRole("searchbox", { name: "Sök bland frågor och svar" });
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    await $field.fill(query.query);
    await $field.press("Enter");
    await statusNames(page, query.query);
    const hrefs = await page
      .locator(".app-search__link")
      .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute("href") ?? ""));
    const top = hrefs.map((href) => new URL(href, "http://x").hash.slice(1));
    const hit =
      query.answers.length === 0
        ? top.length === 0
        : top.some((anchor) => query.answers.includes(anchor));
    outcomes.push({ ...query, top, hit });
  }
  return outcomes;
}

export function scoresByKind(outcomes: QueryOutcome[]): KindScore[] {
  const kinds = [...new Set(outcomes.map((outcome) => outcome.kind))];
  return kinds.map((kind) => {
    const ofKind = outcomes.filter((outcome) => outcome.kind === kind);
    return { kind, hits: ofKind.filter((o) => o.hit).length, total: ofKind.length };
  });
}

export function topThreeShare(outcomes: QueryOutcome[]): number {
  return outcomes.filter((outcome) => outcome.hit).length / outcomes.length;
}

/** The report as Markdown: share overall and by kind, then every miss with what came instead. */
export function benchmarkReport(outcomes: QueryOutcome[]): string {
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  const hits = outcomes.filter((outcome) => outcome.hit).length;
  const lines = [
    `Right answer in the first three (or nothing, for what the site does not answer): ` +
      `${hits}/${outcomes.length} = ${percent(topThreeShare(outcomes))}`,
    "",
    "| kind | in top 3 | share |",
    "| --- | --- | --- |",
    ...scoresByKind(outcomes).map(
      ({ kind, hits, total }) => `| ${kind} | ${hits}/${total} | ${percent(hits / total)} |`,
    ),
  ];
  const misses = outcomes.filter((outcome) => !outcome.hit);
  if (misses.length > 0) {
    lines.push(
      "",
      "Misses:",
      "",
      "| kind | query | wanted | first three |",
      "| --- | --- | --- | --- |",
    );
    for (const miss of misses) {
      const wanted = miss.answers.join(", ") || "(nothing)";
      lines.push(`| ${miss.kind} | ${miss.query} | ${wanted} | ${miss.top.join(", ") || "–"} |`);
    }
  }
  return lines.join("\n");
}
