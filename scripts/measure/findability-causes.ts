// `npm run bench:search:causes [-- --set=many-pages] [-- --content=<dir>] [-- --grow=<pages>]
// [-- --site=<built site>]`: the findability benchmark run in Node through the site's own Pagefind
// runtime (pagefind-node.ts) and search code, with the same figures as `npm run bench:search` in
// Chromium, and for every miss why (miss-causes.ts): the right question's rank as listed and had
// every record been read, and what the questions listed instead hold. A report, not a gate.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type FoundQuestions,
  findQuestions,
  firstRecords,
  type PagefindHit,
  searchedWords,
} from "../../src/search/query/find-questions.ts";
import {
  type FoundQuestion,
  type PagefindRecord,
  questionsOf,
} from "../../src/search/query/record-questions.ts";
import { queryWords } from "../../src/search/query/stop-words.ts";
import { benchmarkSet, buildBenchSite } from "./bench-site.ts";
import { option } from "./command-line.ts";
import { analyseMiss, anchorOf, type MissAnalysis } from "./miss-causes.ts";
import { loadPagefind } from "./pagefind-node.ts";
import { benchmarkReport, type QueryOutcome } from "./search-benchmark.ts";
import type { BenchmarkQuery } from "./search-queries.ts";

const { contentDir, queries } = benchmarkSet();
const reportFile = option("report") ?? "reports/search-causes.md";
const grow = Number(option("grow") ?? 0);

/** How many pages each heading stands on: generated corpora repeat their questions. */
function pagesOfHeadings(records: readonly PagefindRecord[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const record of records) {
    const headings = new Set(questionsOf([record], []).map((question) => question.question));
    for (const anchor of record.anchors) if (anchor.text) headings.add(anchor.text);
    for (const heading of headings) count.set(heading, (count.get(heading) ?? 0) + 1);
  }
  return count;
}

interface Miss {
  query: BenchmarkQuery;
  top: FoundQuestion[];
  analysis: MissAnalysis;
}

/** The first three's addresses, as one string. */
const urls = (found: FoundQuestions) =>
  found.questions
    .slice(0, 3)
    .map((question) => question.url)
    .join(" ");

const list = (queries: string[]) => queries.map((query) => `\n- ${query}`).join("");

const short = (question: FoundQuestion) => question.url.replace(/^\/|\/$/g, "").replace("/#", "#");

function causesReport(misses: Miss[], recordsRead: number[], fragmentBytes: number): string {
  const answerable = misses.filter((miss) => miss.query.answers.length > 0);
  const count = (test: (miss: Miss) => boolean) => answerable.filter(test).length;
  const rank = (value: number | undefined) => (value === undefined ? "–" : String(value));
  const mean = recordsRead.reduce((sum, n) => sum + n, 0) / Math.max(recordsRead.length, 1);
  return [
    `Records read per query: mean ${mean.toFixed(1)}, at most ${Math.max(0, ...recordsRead)} ` +
      `(a record's fragment: ${(fragmentBytes / 1000).toFixed(1)} kB on average, gzip).`,
    "",
    `Misses of answerable queries: ${answerable.length}; page choice (read, the right question ` +
      `would be in the first three) ${count((m) => m.analysis.cause === "page choice")}; ` +
      `out-scored even with every record read ${count((m) => m.analysis.cause === "out-scored")}. ` +
      `First three all holding as many of the query's words in their heading as the right ` +
      `question: ${count((m) => m.analysis.outMatched === 3)}; with a heading that stands on ` +
      `several pages: ${count((m) => m.analysis.repeated > 0)}; with a near copy of the right ` +
      `question's heading: ${count((m) => m.analysis.nearCopies > 0)}.`,
    "",
    "| kind | query | wanted | rank listed | rank, every record read | cause | first three | as many words in heading | repeated | near copies |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...answerable.map(
      ({ query, top, analysis: a }) =>
        `| ${query.kind} | ${query.query} | ${query.answers.join(", ")} | ${rank(a.shownRank)} | ` +
        `${rank(a.everyRecordRank)} | ${a.cause} | ${top.map(short).join(", ")} | ` +
        `${a.outMatched}/3 | ${a.repeated} | ${a.nearCopies} |`,
    ),
  ].join("\n");
}

const outputDir = await mkdtemp(path.join(tmpdir(), "fk-bench-causes-"));
try {
  const site = option("site") ?? (await buildBenchSite(contentDir, grow, outputDir));
  const pagefind = await loadPagefind(site);
  const records = await pagefind.records();
  const fragmentBytes = (pagefind.bytesRead().get("fragment") ?? 0) / Math.max(records.length, 1);
  const headings = pagesOfHeadings(records);
  const outcomes: QueryOutcome[] = [];
  const misses: Miss[] = [];
  const recordsRead: number[] = [];
  const reordered: string[] = [];
  const history: string[] = [];
  let instances = 0;
  for (const query of queries) {
    let read = 0;
    const search = async (term: string) =>
      (await pagefind.search(term)).map(
        (hit): PagefindHit => ({
          ...hit,
          data: () => {
            read++;
            return hit.data();
          },
        }),
      );
    const found = await findQuestions(query.query, search, firstRecords);
    recordsRead.push(read);
    const top = found.questions.slice(0, 3);
    // The same words backwards must list the same first three (issue 26), each order searched
    // by a runtime of its own: Pagefind's answer for a short word depends on the index chunks
    // earlier searches loaded, which `history` counts apart.
    const fresh = async (term: string) =>
      urls(await findQuestions(term, (await loadPagefind(site, ++instances)).search, firstRecords));
    const first = await fresh(query.query);
    if ((await fresh(queryWords(query.query).reverse().join(" "))) !== first) {
      reordered.push(query.query);
    }
    if (first !== urls(found)) history.push(query.query);
    const anchors = top.map(anchorOf);
    const hit =
      query.answers.length === 0
        ? top.length === 0
        : anchors.some((anchor) => query.answers.includes(anchor));
    outcomes.push({ ...query, top: anchors, hit });
    if (hit) continue;
    const words = searchedWords(query.query);
    const everyRecord = questionsOf(records, words);
    const analysis = analyseMiss(words, query.answers, found.questions, everyRecord, headings);
    misses.push({ query, top, analysis });
  }
  const grown = grow > 0 ? ` and ${grow} pages of random sentences` : "";
  const report =
    `# Search findability and its misses on ${option("site") ?? contentDir}${grown} (Node)\n\n` +
    `${benchmarkReport(outcomes)}\n\n` +
    `Queries whose first three change when their words are read backwards (each order on a fresh ` +
    `runtime): ${reordered.length}/${queries.length}${list(reordered)}\n\n` +
    `Queries whose first three on a fresh runtime differ from those after the queries before ` +
    `them (Pagefind loads only the index chunk holding a word, so a short word's other ` +
    `continuations are found once another search loaded theirs): ` +
    `${history.length}/${queries.length}${list(history)}\n\n` +
    "## Why the answerable queries missed\n\n" +
    `${causesReport(misses, recordsRead, fragmentBytes)}\n`;
  console.log(report);
  await mkdir(path.dirname(reportFile), { recursive: true });
  await writeFile(reportFile, report);
  console.log(`Wrote ${reportFile}`);
} finally {
  await rm(outputDir, { recursive: true, force: true });
}
