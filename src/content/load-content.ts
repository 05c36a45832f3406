// Reads content/ once, validates it against the content contract, and renders it to typed FaqPages.
import path from "node:path";
import { checkInternalLinks, type PageLinks } from "./check-links.ts";
import { checkPageFiles, checkRootFiles, displayName, listFolder } from "./content-files.ts";
import { parseFrontMatter } from "./front-matter.ts";
import {
  type Collector,
  checkUnique,
  type ExternalLink,
  loadSection,
  md,
  readIfPresent,
  slugAdvice,
} from "./load-section.ts";
import type { Problem } from "./problems.ts";
import { renderMarkdown } from "./render-markdown.ts";
import { type FaqPage, pageFrontMatterSchema, slugPattern } from "./schema.ts";
import { validateFrontMatter } from "./validate-front-matter.ts";

export type { ExternalLink } from "./load-section.ts";

export interface LoadedContent {
  pages: FaqPage[];
  problems: Problem[];
  externalLinks: ExternalLink[];
}

/** The page's front matter and introduction, or null when they cannot be used (problems added). */
async function loadIndex(folder: string, links: PageLinks, collector: Collector) {
  const { problems } = collector;
  const indexFile = displayName(path.join(folder, "index.md"));
  const source = readIfPresent(path.join(folder, "index.md"));
  if (source === null) {
    problems.push({
      file: indexFile,
      message: "is missing: every FAQ page folder needs an index.md (see README.md)",
    });
    return null;
  }
  const parsed = parseFrontMatter(indexFile, source);
  problems.push(...parsed.problems);
  const intro = renderMarkdown(md, indexFile, parsed.body, parsed.bodyLine);
  problems.push(...intro.problems);
  links.links.push(...intro.internalLinks.map((link) => ({ ...link, file: indexFile })));
  collector.externalLinks.push(...intro.externalLinks.map((l) => ({ ...l, file: indexFile })));
  if (parsed.data === undefined) return null;
  const checked = validateFrontMatter(indexFile, pageFrontMatterSchema, parsed.data);
  if ("problems" in checked) {
    problems.push(...checked.problems);
    return null;
  }
  for (const link of (checked.value.related ?? []).flatMap((group) => group.links)) {
    collector.externalLinks.push({ href: link.url, text: link.text, file: indexFile });
  }
  return { front: checked.value, introHtml: intro.html, indexFile };
}

async function loadPage(
  folder: string,
  collector: Collector,
): Promise<{ page: FaqPage | null; links: PageLinks }> {
  const { problems } = collector;
  const slug = path.basename(folder);
  if (!slugPattern.test(slug)) {
    problems.push({
      file: displayName(folder),
      message: `is a folder name that cannot be an address: ${slugAdvice}`,
    });
  }
  const url = `/${slug}/`;
  const links: PageLinks = { url, anchors: new Set(), links: [] };
  const [index, listing] = await Promise.all([
    loadIndex(folder, links, collector),
    listFolder(folder),
  ]);
  const indexFile = displayName(path.join(folder, "index.md"));
  // Without usable front matter, the section folders are still checked, so every problem shows.
  const listed = index?.front.sections ?? listing.folders.map((id) => ({ id, title: id }));
  problems.push(
    ...checkPageFiles(
      folder,
      listing.files,
      listed.map((s) => s.id),
    ),
  );
  const unique = checkUnique(
    listed,
    (s) => s.id,
    (s) =>
      problems.push({
        file: indexFile,
        where: 'front matter "sections"',
        message: `lists the id "${s.id}" twice: give each section its own id`,
      }),
  );
  const listedIds = new Set(unique.map((s) => s.id));
  for (const name of listing.folders.filter((name) => !listedIds.has(name))) {
    problems.push({
      file: displayName(path.join(folder, name)),
      message: `is a section folder that is not listed in "sections" of ${indexFile}: add it there, or move its questions`,
    });
  }
  for (const section of unique.filter((s) => !listing.folders.includes(s.id))) {
    problems.push({
      file: indexFile,
      where: 'front matter "sections"',
      message: `lists "${section.id}" but there is no folder ${displayName(path.join(folder, section.id))}/: create it, or remove the section`,
    });
  }
  const sections = await Promise.all(
    unique
      .filter((s) => listing.folders.includes(s.id))
      .map((s) => loadSection(path.join(folder, s.id), s, links, collector)),
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
  if (!index) return { page: null, links };

  const { front } = index;
  const dates = [front.updated, ...questions.flatMap((q) => (q.updated ? [q.updated] : []))];
  const page: FaqPage = {
    ...front,
    related: front.related ?? [],
    slug,
    url,
    introHtml: index.introHtml,
    sections,
    lastUpdated: dates.sort().at(-1) ?? front.updated,
    file: indexFile,
  };
  return { page, links };
}

/** One page folder as loaded on its own: the preview keeps these and reloads only the one edited. */
export interface LoadedPage {
  page: FaqPage | null;
  links: PageLinks;
  problems: Problem[];
  externalLinks: ExternalLink[];
}

/** Reads and validates one FAQ page folder (its index.md and its sections' questions). */
export async function loadPageFolder(folder: string): Promise<LoadedPage> {
  const collector: Collector = { problems: [], externalLinks: [] };
  const { page, links } = await loadPage(folder, collector);
  return { page, links, ...collector };
}

/** The problems of files directly in the content folder, which belong in a page folder. */
export async function loadRootProblems(
  root: string,
): Promise<{ folders: string[]; problems: Problem[] }> {
  const listing = await listFolder(root);
  return { folders: listing.folders, problems: checkRootFiles(root, listing.files) };
}

/**
 * The whole content from its page folders: checks what spans pages (links to other pages'
 * anchors) and sorts everything, so the result does not depend on the order pages were loaded.
 */
export function combineContent(
  rootProblems: Problem[],
  loaded: LoadedPage[],
  staticPages: string[] = [],
): LoadedContent {
  const problems = [
    ...rootProblems,
    ...loaded.flatMap((entry) => entry.problems),
    ...checkInternalLinks(
      loaded.map((entry) => entry.links),
      staticPages,
    ),
  ];
  // Plain code-point order: deterministic, and much faster than localeCompare on 10,000 entries.
  const byFile = (a: { file: string }, b: { file: string }) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  const lineOf = (problem: Problem) => Number(/^line (\d+)/.exec(problem.where ?? "")?.[1] ?? 0);
  return {
    pages: loaded
      .flatMap((entry) => (entry.page ? [entry.page] : []))
      .sort((a, b) => a.slug.localeCompare(b.slug, "en")),
    problems: problems.sort((a, b) => byFile(a, b) || lineOf(a) - lineOf(b)),
    externalLinks: loaded.flatMap((entry) => entry.externalLinks).sort(byFile),
  };
}

/** Loads every FAQ page under `root`. Problems are collected, never thrown, so all are reported. */
export async function loadContent(
  root = "content",
  staticPages: string[] = [],
): Promise<LoadedContent> {
  const { folders, problems } = await loadRootProblems(root);
  const loaded = await Promise.all(folders.map((name) => loadPageFolder(path.join(root, name))));
  return combineContent(problems, loaded, staticPages);
}
