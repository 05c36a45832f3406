// Reads content/ once, validates it against the content contract, and renders it to typed FaqPages.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { checkInternalLinks, type PageLinks } from "./check-links.ts";
import { parseFrontMatter } from "./front-matter.ts";
import { createMarkdown } from "./markdown.ts";
import type { Problem } from "./problems.ts";
import { renderMarkdown } from "./render-markdown.ts";
import {
  type FaqPage,
  pageFrontMatterSchema,
  type Question,
  questionFrontMatterSchema,
  type Section,
  slugPattern,
} from "./schema.ts";
import { validateFrontMatter } from "./validate-front-matter.ts";

export interface LoadedContent {
  pages: FaqPage[];
  problems: Problem[];
}

const md = createMarkdown();
const slugAdvice =
  "use lower-case ASCII letters, digits and hyphens (å, ä and ö become a, a and o)";

function relative(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join("/");
}

async function subfolders(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function loadQuestion(
  file: string,
  links: PageLinks,
  problems: Problem[],
): Promise<Question | null> {
  const name = relative(file);
  const slug = path.basename(file, ".md");
  if (!slugPattern.test(slug)) {
    problems.push({
      file: name,
      message: `has a file name that cannot be a link anchor: ${slugAdvice}`,
    });
  }
  const parsed = parseFrontMatter(name, await readFile(file, "utf8"));
  if (!("data" in parsed)) {
    problems.push(parsed);
    return null;
  }
  const checked = validateFrontMatter(name, questionFrontMatterSchema, parsed.data);
  const rendered = renderMarkdown(md, name, parsed.body, parsed.bodyLine);
  problems.push(...rendered.problems);
  if (parsed.body.trim() === "") {
    problems.push({
      file: name,
      message: "has an empty answer: write the answer below the front matter",
    });
  }
  links.links.push(...rendered.internalLinks.map((link) => ({ ...link, file: name })));
  if ("problems" in checked) {
    problems.push(...checked.problems);
    return null;
  }
  return { ...checked.value, slug, answerHtml: rendered.html, file: name };
}

function checkUnique<T>(
  items: T[],
  key: (item: T) => string | number,
  report: (item: T, first: T) => void,
): void {
  const seen = new Map<string | number, T>();
  for (const item of items) {
    const first = seen.get(key(item));
    if (first) report(item, first);
    else seen.set(key(item), item);
  }
}

async function loadSection(
  folder: string,
  section: { id: string; title: string },
  links: PageLinks,
  problems: Problem[],
): Promise<Section> {
  const files = (await readdir(folder)).filter((name) => name.endsWith(".md")).sort();
  const loaded = await Promise.all(
    files.map((name) => loadQuestion(path.join(folder, name), links, problems)),
  );
  const questions = loaded.filter((question): question is Question => question !== null);
  checkUnique(
    questions,
    (q) => q.order,
    (q, first) =>
      problems.push({
        file: q.file,
        where: 'front matter "order"',
        message: `is ${q.order}, the same as in ${first.file}: give each question in a section its own number`,
      }),
  );
  questions.sort((a, b) => a.order - b.order);
  return { ...section, questions };
}

async function loadPage(
  folder: string,
  problems: Problem[],
): Promise<{ page: FaqPage; links: PageLinks } | null> {
  const slug = path.basename(folder);
  const indexFile = relative(path.join(folder, "index.md"));
  if (!slugPattern.test(slug)) {
    problems.push({
      file: relative(folder),
      message: `is a folder name that cannot be an address: ${slugAdvice}`,
    });
  }
  let source: string;
  try {
    source = await readFile(path.join(folder, "index.md"), "utf8");
  } catch {
    problems.push({
      file: indexFile,
      message: "is missing: every FAQ page folder needs an index.md",
    });
    return null;
  }
  const parsed = parseFrontMatter(indexFile, source);
  if (!("data" in parsed)) {
    problems.push(parsed);
    return null;
  }
  const checked = validateFrontMatter(indexFile, pageFrontMatterSchema, parsed.data);
  if ("problems" in checked) {
    problems.push(...checked.problems);
    return null;
  }
  const front = checked.value;
  const url = `/${slug}/`;
  const intro = renderMarkdown(md, indexFile, parsed.body, parsed.bodyLine);
  problems.push(...intro.problems);
  const links: PageLinks = {
    url,
    anchors: new Set(),
    links: intro.internalLinks.map((l) => ({ ...l, file: indexFile })),
  };

  checkUnique(
    front.sections,
    (s) => s.id,
    (s) =>
      problems.push({
        file: indexFile,
        where: 'front matter "sections"',
        message: `lists the id "${s.id}" twice: give each section its own id`,
      }),
  );
  const listed = new Set(front.sections.map((s) => s.id));
  const folders = await subfolders(folder);
  for (const name of folders.filter((name) => !listed.has(name))) {
    problems.push({
      file: relative(path.join(folder, name)),
      message: `is a section folder that is not listed in "sections" of ${indexFile}: add it there, or move its questions`,
    });
  }
  const present = front.sections.filter((s) => folders.includes(s.id));
  for (const section of front.sections.filter((s) => !folders.includes(s.id))) {
    problems.push({
      file: indexFile,
      where: 'front matter "sections"',
      message: `lists "${section.id}" but there is no folder ${relative(path.join(folder, section.id))}/: create it, or remove the section`,
    });
  }
  const sections = await Promise.all(
    present.map((s) => loadSection(path.join(folder, s.id), s, links, problems)),
  );

  const questions = sections.flatMap((s) => s.questions);
  checkUnique(
    [...sections.map((s) => ({ slug: s.id, file: indexFile })), ...questions],
    (q) => q.slug,
    (q, first) =>
      problems.push({
        file: q.file,
        message: `has the anchor "#${q.slug}", already used by ${first.file}: rename the file`,
      }),
  );
  for (const item of [...sections.map((s) => s.id), ...questions.map((q) => q.slug)])
    links.anchors.add(item);

  const dates = [front.updated, ...questions.flatMap((q) => (q.updated ? [q.updated] : []))];
  const lastUpdated = dates.sort().at(-1) ?? front.updated;
  const page: FaqPage = {
    ...front,
    related: front.related ?? [],
    slug,
    url,
    introHtml: intro.html,
    sections,
    lastUpdated,
    file: indexFile,
  };
  return { page, links };
}

/** Loads every FAQ page under `root`. Problems are collected, never thrown, so all are reported. */
export async function loadContent(
  root = "content",
  staticPages: string[] = [],
): Promise<LoadedContent> {
  const problems: Problem[] = [];
  const loaded = await Promise.all(
    (await subfolders(root)).map((name) => loadPage(path.join(root, name), problems)),
  );
  const pages = loaded.filter((entry) => entry !== null);
  problems.push(
    ...checkInternalLinks(
      pages.map((entry) => entry.links),
      staticPages,
    ),
  );
  problems.sort((a, b) => a.file.localeCompare(b.file, "en"));
  return {
    pages: pages.map((entry) => entry.page).sort((a, b) => a.slug.localeCompare(b.slug, "en")),
    problems,
  };
}
