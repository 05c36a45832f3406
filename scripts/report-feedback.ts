// `npm run report:feedback -- <export.json>`: prints, as Markdown, each question's share of Nej and
// what citizens said was missing, from an export of the feedback FEEDBACK_URL received.
import { readFile } from "node:fs/promises";
import { buildConfigFrom } from "../src/config/config.ts";
import { feedbackReport, parseFeedbackExport } from "../src/content/feedback-report.ts";
import { loadContent } from "../src/content/load-content.ts";
import { formatProblem } from "../src/content/problems.ts";

const config = buildConfigFrom(process.env);
const file = process.argv[2];

async function main(): Promise<number> {
  if (!file) {
    console.error("report:feedback: name the export: npm run report:feedback -- feedback.json");
    return 1;
  }
  const source = await readFile(file, "utf8").catch(() => null);
  if (source === null) {
    console.error(`report:feedback: ${file}: cannot be read; check the path to the export`);
    return 1;
  }
  const { entries, problems } = parseFeedbackExport(file, source);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`report:feedback: ${formatProblem(problem)}`);
    return 1;
  }
  // The questions' text comes from the content; the report works even while it has problems.
  const { pages } = await loadContent(config.contentDir, config.site.staticPages);
  process.stdout.write(feedbackReport(entries, pages));
  return 0;
}

process.exitCode = await main();
