// The weekly external link check (.github/workflows/external-links.yml), never part of npm test:
//   node --import tsx scripts/external-links.ts --list            the content's external addresses
//   node --import tsx scripts/external-links.ts --issue <json>    the issue body from linkinator's
//                                                                 JSON, or nothing when none is broken
import { readFile } from "node:fs/promises";
import { buildConfigFrom } from "../src/config/config.ts";
import { loadContent } from "../src/content/load-content.ts";
import {
  externalLinksIssue,
  externalUrls,
  type LinkResult,
} from "../src/editorial/external-links-report.ts";

const config = buildConfigFrom(process.env);
const [mode, file] = process.argv.slice(2);
const { externalLinks } = await loadContent(config.contentDir, config.site.staticPages);

if (mode === "--list") {
  process.stdout.write(`${externalUrls(externalLinks).join("\n")}\n`);
} else if (mode === "--issue" && file) {
  const results =
    (JSON.parse(await readFile(file, "utf8")) as { links?: LinkResult[] }).links ?? [];
  const body = externalLinksIssue(results, externalLinks, {
    date: config.today,
    ...(process.env.RUN_URL ? { runUrl: process.env.RUN_URL } : {}),
  });
  if (body) process.stdout.write(body);
} else {
  console.error("external-links: use --list, or --issue <linkinator.json>");
  process.exitCode = 1;
}
