// Loads one section folder of a page: each question file read once, validated and rendered.
import path from "node:path";
import type { PageLinks } from "./check-links.ts";
import { checkSectionEntries, displayName, listFolder, readContentFile } from "./content-files.ts";
import { createMarkdown } from "./markdown.ts";
import { problem } from "./messages.ts";
import { ParseCache } from "./parse-cache.ts";
import { fieldLine, type Problem, withFieldLines } from "./problems.ts";
import {
  type Question,
  questionFrontMatterSchema,
  type Section,
  type SectionFrontMatter,
  slugPattern,
} from "./schema.ts";
import { lastOrder, nextFreeOrder, suggestFileName } from "./suggestions.ts";
import { validateFrontMatter } from "./validate-front-matter.ts";

/** A link to an https:// address, wherever an editor wrote it (answer, introduction, related). */
export interface ExternalLink {
  href: string;
  text: string;
  file: string;
  line?: number;
}

/** What loading collects across files: every problem, and the links for the warnings. */
export interface Collector {
  problems: Problem[];
  externalLinks: ExternalLink[];
  /** Today (YYYY-MM-DD) from the configuration: `updated` may not be later. */
  today?: string;
  /** Files parsed by an earlier build (the build's own loading); without it, all are parsed. */
  parseCache?: ParseCache;
}

export const md = createMarkdown();

/**
 * A question while its section is checked: with the line of its `order` for the duplicate check,
 * found only when one is reported (finding it in every file was 0.2 s of 10,200 questions' load).
 */
type LoadedQuestion = Question & { orderLine: () => number | undefined };

async function loadQuestion(
  file: string,
  links: PageLinks,
  { problems, externalLinks, today, parseCache = ParseCache.none() }: Collector,
): Promise<LoadedQuestion | null> {
  const name = displayName(file);
  const slug = path.basename(file, ".md");
  // A question with broken front matter is still a target, so links to it are not reported too.
  links.anchors.add(slug);
  if (!slugPattern.test(slug)) {
    const meant = suggestFileName(path.basename(file));
    problems.push(
      problem("bad-file-name", {
        file: name,
        name: path.basename(file),
        ...(meant ? { meant } : {}),
      }),
    );
  }
  const read = readContentFile(file);
  if (read === null || "problem" in read) {
    if (read) problems.push(read.problem);
    return null;
  }
  const source = read.text;
  const { parsed, rendered } = parseCache.parse(md, name, source);
  problems.push(...parsed.problems);
  problems.push(...rendered.problems);
  if (parsed.data !== undefined && parsed.bodyEmpty) {
    problems.push(problem("empty-answer", { file: name, line: parsed.bodyLine }));
  }
  links.links.push(...rendered.internalLinks.map((link) => ({ ...link, file: name })));
  externalLinks.push(...rendered.externalLinks.map((link) => ({ ...link, file: name })));
  if (parsed.data === undefined) return null;
  const checked = validateFrontMatter(name, questionFrontMatterSchema, parsed.data, today);
  if ("problems" in checked) {
    problems.push(...withFieldLines(checked.problems, source));
    return null;
  }
  return {
    ...checked.value,
    slug,
    answerHtml: rendered.html,
    words: rendered.words,
    file: name,
    orderLine: () => fieldLine(source, "order"),
  };
}

export function checkUnique<T>(
  items: T[],
  key: (item: T) => string | number,
  report: (item: T, first: T) => void,
): T[] {
  const seen = new Map<string | number, T>();
  for (const item of items) {
    const first = seen.get(key(item));
    if (first) report(item, first);
    else seen.set(key(item), item);
  }
  return [...seen.values()];
}

export async function loadSection(
  folder: string,
  section: SectionFrontMatter,
  links: PageLinks,
  collector: Collector,
): Promise<Section> {
  const listing = await listFolder(folder);
  collector.problems.push(...checkSectionEntries(folder, listing));
  const files = listing.files.filter((name) => name.endsWith(".md"));
  const loaded = await Promise.all(
    files.map((name) => loadQuestion(path.join(folder, name), links, collector)),
  );
  const questions = loaded.filter((question): question is LoadedQuestion => question !== null);
  const used = questions.map((q) => q.order);
  checkUnique(
    questions,
    (q) => q.order,
    (q, first) => {
      const line = q.orderLine();
      collector.problems.push(
        problem("duplicate-order", {
          file: q.file,
          field: "order",
          ...(line === undefined ? {} : { line }),
          order: q.order,
          other: first.file,
          free: nextFreeOrder(q.order, used),
          last: lastOrder(used),
        }),
      );
    },
  );
  questions.sort((a, b) => a.order - b.order);
  return { ...section, questions: questions.map(({ orderLine: _, ...question }) => question) };
}
