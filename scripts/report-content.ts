// `npm run report:content [-- --changed <base-ref>] [--no-spelling]`: prints the content warnings
// (and any problems) in Swedish and writes them as Markdown tables to reports/content-report.md,
// for CI to attach to a pull request. With --changed, only the warnings of the files changed since
// <base-ref>, and the change's own warnings (an answer changed without a new `updated`). Spelling
// (content/ordlista.txt extends the Swedish dictionary) is checked unless --no-spelling.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildConfigFrom } from "../src/config/config.ts";
import { formatProblem } from "../src/content/problems.ts";
import { UsageError } from "../src/editorial/content-at-ref.ts";
import { checkContent } from "../src/editorial/content-check.ts";
import { contentReport } from "../src/editorial/content-report.ts";

const config = buildConfigFrom(process.env);
const reportFile = process.env.REPORT_FILE ?? "reports/content-report.md";
const { today } = config;

/** The base ref of `--changed <ref>` (or `--changed=<ref>`), or undefined without the option. */
function changedBase(args: string[]): string | undefined {
  const index = args.findIndex((arg) => arg === "--changed" || arg.startsWith("--changed="));
  if (index === -1) return undefined;
  const value = args[index]?.includes("=") ? args[index]?.split("=")[1] : args[index + 1];
  if (!value)
    throw new UsageError(
      "name the version to compare with: npm run report:content -- --changed origin/main",
    );
  return value;
}

try {
  const base = changedBase(process.argv.slice(2));
  const check = await checkContent(config.contentDir, {
    staticPages: config.site.staticPages,
    today,
    ...(base ? { base } : {}),
    ...(process.argv.includes("--no-spelling")
      ? {}
      : { spelling: { wordList: path.join(config.contentDir, "ordlista.txt") } }),
  });
  for (const problem of check.problems) console.error(`fel: ${formatProblem(problem)}`);
  for (const warning of check.warnings) console.log(`varning: ${formatProblem(warning)}`);
  await mkdir(path.dirname(reportFile), { recursive: true });
  await writeFile(
    reportFile,
    contentReport(check.problems, check.warnings, today, {
      ...(base && check.changedFiles ? { base, changedFiles: check.changedFiles } : {}),
    }),
  );
  const scope = base ? ` i ${check.changedFiles?.length ?? 0} ändrade filer sedan ${base}` : "";
  console.log(
    `${check.problems.length} fel, ${check.warnings.length} varningar${scope}; skrivet till ${reportFile}`,
  );
  if (check.problems.length > 0) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`report:content: ${error.message}`);
  process.exitCode = 1;
}
