// One content check for the commands and the pull-request comment: the problems, the warnings,
// and with a base ref only the warnings of the files the change touched, plus the change's own.

import { notUpdatedWarnings } from "./change-warnings.ts";
import { changedFiles } from "./changed-files.ts";
import { contentAtRef } from "./content-at-ref.ts";
import { type ContentChanges, compareContent } from "./content-changes.ts";
import { type ContentWarning, contentWarnings, warningsOfFiles } from "./content-warnings.ts";
import { type LoadedContent, loadContent } from "./load-content.ts";
import type { Problem } from "./problems.ts";

export interface CheckOptions {
  staticPages: string[];
  /** Today as YYYY-MM-DD, for the freshness warnings. */
  today: string;
  /** A git ref to compare with (origin/main): then only the changed files' warnings are kept. */
  base?: string;
}

export interface ContentCheck {
  content: LoadedContent;
  /** Every problem: one in an unchanged file can be caused by the change (a removed anchor). */
  problems: Problem[];
  warnings: ContentWarning[];
  /** With a base: what changed, question by question, and the files added or altered. */
  changes?: ContentChanges;
  changedFiles?: string[];
}

export async function checkContent(
  contentDir: string,
  options: CheckOptions,
): Promise<ContentCheck> {
  const content = await loadContent(contentDir, options.staticPages);
  const warnings = contentWarnings(content, { today: options.today });
  if (options.base === undefined) return { content, problems: content.problems, warnings };
  const old = await contentAtRef(contentDir, options.base);
  try {
    const before = old.folder
      ? await loadContent(old.folder, options.staticPages)
      : { pages: [], problems: [] };
    const changes = compareContent(before, content);
    const files = changedFiles(contentDir, old.folder);
    const own = notUpdatedWarnings(changes, content.pages, {
      base: options.base,
      today: options.today,
    });
    return {
      content,
      problems: content.problems,
      warnings: [...warningsOfFiles(warnings, files), ...own].sort((a, b) =>
        a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0),
      ),
      changes,
      changedFiles: files,
    };
  } finally {
    await old.remove();
  }
}
