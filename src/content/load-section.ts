// Loads one section folder of a page: each question file read once, validated and rendered.
import path from "node:path";
import type { PageLinks } from "./check-links.ts";
import { checkSectionEntries, displayName, listFolder, readContentFile } from "./content-files.ts";
import { parseFrontMatter } from "./front-matter.ts";
import { createMarkdown } from "./markdown.ts";
import type { Problem } from "./problems.ts";
import { renderMarkdown } from "./render-markdown.ts";
import {
  type Question,
  questionFrontMatterSchema,
  type Section,
  type SectionFrontMatter,
  slugPattern,
} from "./schema.ts";
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
}

export const md = createMarkdown();

export const slugAdvice =
  "use lower-case ASCII letters, digits and hyphens (å, ä and ö become a, a and o)";

async function loadQuestion(
  file: string,
  links: PageLinks,
  { problems, externalLinks, today }: Collector,
): Promise<Question | null> {
  const name = displayName(file);
  const slug = path.basename(file, ".md");
  // A question with broken front matter is still a target, so links to it are not reported too.
  links.anchors.add(slug);
  if (!slugPattern.test(slug)) {
    problems.push({
      file: name,
      message: `has a file name that cannot be a link anchor: ${slugAdvice}`,
    });
  }
  const read = readContentFile(file);
  if (read === null || "problem" in read) {
    if (read) problems.push(read.problem);
    return null;
  }
  const parsed = parseFrontMatter(name, read.text);
  problems.push(...parsed.problems);
  const rendered = renderMarkdown(md, name, parsed.body, parsed.bodyLine);
  problems.push(...rendered.problems);
  if (parsed.data !== undefined && parsed.body.trim() === "") {
    problems.push({
      file: name,
      message: "has an empty answer: write the answer below the front matter",
    });
  }
  links.links.push(...rendered.internalLinks.map((link) => ({ ...link, file: name })));
  externalLinks.push(...rendered.externalLinks.map((link) => ({ ...link, file: name })));
  if (parsed.data === undefined) return null;
  const checked = validateFrontMatter(name, questionFrontMatterSchema, parsed.data, today);
  if ("problems" in checked) {
    problems.push(...checked.problems);
    return null;
  }
  return { ...checked.value, slug, answerHtml: rendered.html, words: rendered.words, file: name };
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
  const questions = loaded.filter((question): question is Question => question !== null);
  checkUnique(
    questions,
    (q) => q.order,
    (q, first) =>
      collector.problems.push({
        file: q.file,
        where: 'front matter "order"',
        message: `is ${q.order}, the same as in ${first.file}: give each question in a section its own number`,
      }),
  );
  questions.sort((a, b) => a.order - b.order);
  return { ...section, questions };
}
