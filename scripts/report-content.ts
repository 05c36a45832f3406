// `npm run report:content`: prints the content warnings (and any problems) and writes them as a
// Markdown table to reports/content-report.md, for CI to attach to a pull request.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { staticPages } from "../src/config/config.ts";
import { contentReport } from "../src/content/content-report.ts";
import { contentWarnings, todayInSweden } from "../src/content/content-warnings.ts";
import { loadContent } from "../src/content/load-content.ts";
import { formatProblem } from "../src/content/problems.ts";

const contentDir = process.env.CONTENT_DIR ?? "content";
const reportFile = process.env.REPORT_FILE ?? "reports/content-report.md";
const today = process.env.TODAY ?? todayInSweden();

const content = await loadContent(contentDir, staticPages);
const warnings = contentWarnings(content, { today });
for (const problem of content.problems) console.error(`error: ${formatProblem(problem)}`);
for (const warning of warnings) console.log(`warning: ${formatProblem(warning)}`);

await mkdir(path.dirname(reportFile), { recursive: true });
await writeFile(reportFile, contentReport(content.problems, warnings, today));
console.log(
  `${content.problems.length} error(s), ${warnings.length} warning(s); written to ${reportFile}`,
);
if (content.problems.length > 0) process.exitCode = 1;
