// One content check for the commands and the pull-request comment: the problems, the warnings,
// and with a base ref only the warnings of the files the change touched, plus the change's own.

import { type LoadedContent, loadContent } from "../content/load-content.ts";
import { ParseCache } from "../content/parse-cache.ts";
import type { Problem } from "../content/problems.ts";
import { notUpdatedWarnings } from "./change-warnings.ts";
import { changedFiles } from "./changed-files.ts";
import { contentAtRef } from "./content-at-ref.ts";
import { type ContentChanges, compareContent } from "./content-changes.ts";
import { type ContentWarning, contentWarnings, warningsOfFiles } from "./content-warnings.ts";
import { loadSpeller, readWordList, spellingWarnings } from "./spelling.ts";

export interface CheckOptions {
  staticPages: string[];
  /** Today as YYYY-MM-DD, for the freshness warnings. */
  today: string;
  /** A git ref to compare with (origin/main): then only the changed files' warnings are kept. */
  base?: string;
  /** Check the spelling of questions and answers, with this word list (content/ordlista.txt). */
  spelling?: { wordList: string };
}

export interface ContentCheck {
  content: LoadedContent;
  /** Every problem: one in an unchanged file can be caused by the change (a removed anchor). */
  problems: Problem[];
  warnings: ContentWarning[];
  /** With a base: what changed, question by question, and the files added or altered. */
  changes?: ContentChanges;
  changedFiles?: string[];
  /** Seconds spent on spelling (loading the dictionary included), when it was checked. */
  spellingSeconds?: number;
}

/** The spelling warnings of `files` (question files only), and how long they took. */
async function spellingOf(files: string[], wordList: string) {
  if (files.length === 0) return { warnings: [], seconds: 0 };
  const started = performance.now();
  const speller = await loadSpeller(readWordList(wordList));
  const warnings = spellingWarnings(files, speller, { wordList });
  return { warnings, seconds: (performance.now() - started) / 1000 };
}

const byPlace = (a: ContentWarning, b: ContentWarning) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);

export async function checkContent(
  contentDir: string,
  options: CheckOptions,
): Promise<ContentCheck> {
  // The build's parse cache: after a build (or an earlier check) only changed files are parsed.
  const parseCache = await ParseCache.open(contentDir);
  const content = await loadContent(contentDir, options.staticPages, {
    today: options.today,
    parseCache,
  });
  await parseCache.save();
  const warnings = contentWarnings(content, { today: options.today });
  const questionFiles = content.pages.flatMap((page) =>
    page.sections.flatMap((section) => section.questions.map((q) => q.file)),
  );
  if (options.base === undefined) {
    if (!options.spelling) return { content, problems: content.problems, warnings };
    const spelling = await spellingOf(questionFiles, options.spelling.wordList);
    return {
      content,
      problems: content.problems,
      warnings: [...warnings, ...spelling.warnings].sort(byPlace),
      spellingSeconds: spelling.seconds,
    };
  }
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
    // Only the changed questions are spell-checked: the others are not the editor's to fix now.
    const changedSet = new Set(files);
    const spelling = options.spelling
      ? await spellingOf(
          questionFiles.filter((file) => changedSet.has(file)),
          options.spelling.wordList,
        )
      : undefined;
    return {
      content,
      problems: content.problems,
      warnings: [...warningsOfFiles(warnings, files), ...own, ...(spelling?.warnings ?? [])].sort(
        byPlace,
      ),
      changes,
      changedFiles: files,
      ...(spelling ? { spellingSeconds: spelling.seconds } : {}),
    };
  } finally {
    await old.remove();
  }
}
