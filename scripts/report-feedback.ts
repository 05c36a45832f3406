// `npm run report:feedback -- <export.json> [--searches=<searches.json>]`, or
// `npm run report:feedback -- --from=<receiver>` with FEEDBACK_EXPORT_TOKEN: prints, as Markdown,
// each question's share of Nej and what citizens said was missing, then the week's searches that
// found nothing, from exports of the feedback receiver or from the receiver itself.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { buildConfigFrom } from "../src/config/config.ts";
import { loadContent } from "../src/content/load-content.ts";
import { formatProblem } from "../src/content/problems.ts";
import { feedbackReport, parseFeedbackExport } from "../src/editorial/feedback-report.ts";
import { noResultReport, parseSearchExport } from "../src/editorial/no-result-report.ts";

const config = buildConfigFrom(process.env);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: "string" }, searches: { type: "string" } },
});

/** A week: today and the six days before it. */
function weekStart(today: string): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 6);
  return date.toISOString().slice(0, 10);
}

/** The text of an export: a file, or a GET on the receiver with the token. */
async function read(source: string, receiverPath?: string): Promise<string | null> {
  if (!receiverPath) return readFile(source, "utf8").catch(() => null);
  const token = process.env.FEEDBACK_EXPORT_TOKEN;
  const response = await fetch(new URL(receiverPath, source), {
    headers: { Authorization: `Bearer ${token ?? ""}` },
  }).catch(() => null);
  return response?.ok ? response.text() : null;
}

async function main(): Promise<number> {
  const from = values.from;
  const file = positionals[0];
  if (!file && !from) {
    console.error(
      "report:feedback: name the export: npm run report:feedback -- feedback.json, or the receiver: npm run report:feedback -- --from=https://… with FEEDBACK_EXPORT_TOKEN set",
    );
    return 1;
  }
  const since = weekStart(config.today);
  const votesName = from ? `${from} (GET /export)` : (file ?? "");
  const votesSource = from ? await read(from, "export") : await read(file ?? "");
  if (votesSource === null) {
    console.error(
      from
        ? `report:feedback: ${votesName}: cannot be read; check the address and FEEDBACK_EXPORT_TOKEN`
        : `report:feedback: ${votesName}: cannot be read; check the path to the export`,
    );
    return 1;
  }
  const { entries, problems } = parseFeedbackExport(votesName, votesSource);
  let searchesPart: { name: string; source: string | null } | null = null;
  if (from) {
    searchesPart = {
      name: `${from} (GET /export/searches)`,
      source: await read(from, `export/searches?since=${since}`),
    };
  } else if (values.searches) {
    searchesPart = { name: values.searches, source: await read(values.searches) };
  }
  if (searchesPart?.source === null) {
    console.error(`report:feedback: ${searchesPart.name}: cannot be read`);
    return 1;
  }
  const searches = searchesPart?.source
    ? parseSearchExport(searchesPart.name, searchesPart.source)
    : null;
  const allProblems = [...problems, ...(searches?.problems ?? [])];
  if (allProblems.length > 0) {
    for (const problem of allProblems) console.error(`report:feedback: ${formatProblem(problem)}`);
    return 1;
  }
  // The questions' text comes from the content; the report works even while it has problems.
  const { pages } = await loadContent(config.contentDir, config.site.staticPages);
  process.stdout.write(feedbackReport(entries, pages));
  if (searches) process.stdout.write(`\n${noResultReport(searches.searches, pages, since)}`);
  return 0;
}

process.exitCode = await main();
