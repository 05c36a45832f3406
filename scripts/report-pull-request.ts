// `npm run report:pull-request -- <base-ref>`: writes the pull request's comment (Markdown, in
// Swedish) to stdout: the questions changed since <base-ref>, the problems, the warnings (and
// spelling) of the changed files, and how to see the preview. CI posts it as one comment that it
// updates on every push (.github/workflows/ci.yml). RUN_URL and BLOB_URL add links when set;
// PREVIEW_URL gives the live preview's address, PREVIEW_FORK=true says a fork gets none (issue 22).

import path from "node:path";
import { buildConfigFrom } from "../src/config/config.ts";
import { UsageError } from "../src/editorial/content-at-ref.ts";
import { checkContent } from "../src/editorial/content-check.ts";
import { type CommentInput, pullRequestComment } from "../src/editorial/pull-request-comment.ts";

const config = buildConfigFrom(process.env);

/** PREVIEW_URL (the live preview's address) or PREVIEW_FORK=true (a fork's: none), issue 22. */
function previewFrom(env: NodeJS.ProcessEnv): Pick<CommentInput, "preview"> {
  if (env.PREVIEW_FORK === "true") return { preview: "fork" };
  if (env.PREVIEW_URL) return { preview: { url: env.PREVIEW_URL.replace(/\/?$/, "/") } };
  return {};
}
const base = process.argv[2];

try {
  if (!base)
    throw new UsageError(
      "name the version to compare with: npm run report:pull-request -- origin/main",
    );
  const check = await checkContent(config.contentDir, {
    staticPages: config.site.staticPages,
    today: config.today,
    base,
    spelling: { wordList: path.join(config.contentDir, "ordlista.txt") },
  });
  process.stdout.write(
    pullRequestComment({
      base,
      changes: check.changes ?? { questions: [], places: [], problems: { before: 0, after: 0 } },
      problems: check.problems,
      warnings: check.warnings,
      changedFiles: check.changedFiles ?? [],
      contentDir: config.contentDir,
      ...(process.env.RUN_URL ? { runUrl: process.env.RUN_URL } : {}),
      ...(process.env.BLOB_URL ? { blobUrl: process.env.BLOB_URL } : {}),
      ...previewFrom(process.env),
    }),
  );
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`report:pull-request: ${error.message}`);
  process.exitCode = 1;
}
