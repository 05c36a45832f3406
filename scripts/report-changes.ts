// `npm run report:changes -- <base-ref>`: prints, as Markdown for a pull request's job summary, the
// questions of content/ (or CONTENT_DIR) added, changed, moved and removed since <base-ref>.

import { staticPages } from "../src/config/config.ts";
import { loadContent } from "../src/content/load-content.ts";
import { contentAtRef, UsageError } from "../src/editorial/content-at-ref.ts";
import { type ComparedContent, compareContent } from "../src/editorial/content-changes.ts";
import { changesReport } from "../src/editorial/content-changes-report.ts";

const contentDir = process.env.CONTENT_DIR ?? "content";
const base = process.argv[2];

try {
  if (!base)
    throw new UsageError("name the version to compare with: npm run report:changes -- origin/main");
  const old = await contentAtRef(contentDir, base);
  try {
    const none: ComparedContent = { pages: [], problems: [] };
    const before = old.folder ? await loadContent(old.folder, staticPages) : none;
    const after = await loadContent(contentDir, staticPages);
    const changes = compareContent(before, after);
    process.stdout.write(
      changesReport(changes, { base, contentDir: old.gitPath, baseHasContent: !!old.folder }),
    );
  } finally {
    await old.remove();
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`report:changes: ${error.message}`);
  process.exitCode = 1;
}
