// Reads content/ once, validates it against the content contract, and renders it to typed FaqPages.
import path from "node:path";
import type { PageLinks } from "./check-links.ts";
import { loadContact } from "./contact.ts";
import {
  checkPageFiles,
  checkRootFiles,
  displayName,
  listFolder,
  readContentFile,
} from "./content-files.ts";
import { ContentState, slugOrder } from "./content-state.ts";
import { type Collector, checkUnique, loadSection, md } from "./load-section.ts";
import { loadSynonyms } from "./load-synonyms.ts";
import type { ContentRoot, LoadedContent, LoadedPage } from "./loaded-content.ts";
import { problem } from "./messages.ts";
import { ParseCache } from "./parse-cache.ts";
import { type Problem, withFieldLines } from "./problems.ts";
import { type FaqPage, pageFrontMatterSchema, slugPattern } from "./schema.ts";
import { nearestNames, slugify } from "./suggestions.ts";
import { validateFrontMatter } from "./validate-front-matter.ts";

export type { ExternalLink } from "./load-section.ts";
export type { ContentRoot, LoadedContent, LoadedPage } from "./loaded-content.ts";

/** The page's front matter and introduction, or null when they cannot be used (problems added). */
async function loadIndex(folder: string, links: PageLinks, collector: Collector) {
  const { problems } = collector;
  const indexFile = displayName(path.join(folder, "index.md"));
  const read = readContentFile(path.join(folder, "index.md"));
  if (read === null) {
    problems.push(problem("index-missing", { file: indexFile }));
    return null;
  }
  if ("problem" in read) {
    problems.push(read.problem);
    return null;
  }
  const { parsed, rendered: intro } = (collector.parseCache ?? ParseCache.none()).parse(
    md,
    indexFile,
    read.text,
  );
  problems.push(...parsed.problems);
  problems.push(...intro.problems);
  links.links.push(...intro.internalLinks.map((link) => ({ ...link, file: indexFile })));
  collector.externalLinks.push(...intro.externalLinks.map((l) => ({ ...l, file: indexFile })));
  if (parsed.data === undefined) return null;
  const checked = validateFrontMatter(
    indexFile,
    pageFrontMatterSchema,
    parsed.data,
    collector.today,
  );
  if ("problems" in checked) {
    problems.push(...withFieldLines(checked.problems, read.text));
    return null;
  }
  for (const link of (checked.value.related ?? []).flatMap((group) => group.links)) {
    collector.externalLinks.push({ href: link.url, text: link.text, file: indexFile });
  }
  return { front: checked.value, introHtml: intro.html, indexFile, source: read.text };
}

async function loadPage(
  folder: string,
  collector: Collector,
): Promise<{ page: FaqPage | null; links: PageLinks }> {
  const { problems } = collector;
  const slug = path.basename(folder);
  if (!slugPattern.test(slug)) {
    const meant = slugify(slug);
    problems.push(
      problem("bad-folder-name", {
        file: displayName(folder),
        name: slug,
        ...(meant ? { meant } : {}),
      }),
    );
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
  const sectionField = (section: (typeof listed)[number]) =>
    index ? `sections[${listed.indexOf(section)}].id` : "sections";
  // Problems about a section in index.md get the line it is on.
  const inIndex = (found: Problem) =>
    index ? (withFieldLines([found], index.source)[0] ?? found) : found;
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
      problems.push(
        inIndex(
          problem("duplicate-section-id", { file: indexFile, field: sectionField(s), id: s.id }),
        ),
      ),
  );
  const listedIds = new Set(unique.map((s) => s.id));
  const unlisted = listing.folders.filter((name) => !listedIds.has(name));
  for (const name of unlisted) {
    problems.push(
      problem("section-not-listed", {
        file: displayName(path.join(folder, name)),
        id: name,
        indexFile,
      }),
    );
  }
  for (const section of unique.filter((s) => !listing.folders.includes(s.id))) {
    // A folder that is not listed either, with a name close to the id, is probably the one meant.
    const [meant] = nearestNames(section.id, unlisted, 1);
    problems.push(
      inIndex(
        problem("section-without-folder", {
          file: indexFile,
          field: sectionField(section),
          id: section.id,
          folder: displayName(path.join(folder, section.id)),
          ...(meant ? { meant } : {}),
        }),
      ),
    );
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
      problems.push(problem("duplicate-anchor", { file: q.file, slug: q.slug, other: first.file })),
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

export interface LoadOptions {
  /** Today (YYYY-MM-DD, the configuration's `today`); without it, future dates are not checked. */
  today?: string;
  /** Files parsed by an earlier build, to take unchanged files from (see parse-cache.ts). */
  parseCache?: ParseCache;
}

/** Reads and validates one FAQ page folder (its index.md and its sections' questions). */
export async function loadPageFolder(
  folder: string,
  { today, parseCache }: LoadOptions = {},
): Promise<LoadedPage> {
  const collector: Collector = {
    problems: [],
    externalLinks: [],
    ...(today ? { today } : {}),
    ...(parseCache ? { parseCache } : {}),
  };
  const { page, links } = await loadPage(folder, collector);
  return { page, links, ...collector };
}

/** Reads the site-wide files of the content folder and lists its page folders. */
export async function loadContentRoot(root: string): Promise<ContentRoot> {
  const listing = await listFolder(root);
  const { synonyms, problems: synonymProblems } = loadSynonyms(root);
  const contact = loadContact(root);
  return {
    folders: listing.folders,
    problems: [...checkRootFiles(root, listing.files), ...synonymProblems, ...contact.problems],
    contact: contact.contact,
    contactMissing: !contact.contact && contact.problems.length === 0,
    synonyms,
  };
}

/**
 * The whole content from its page folders: checks what spans pages (links to other pages'
 * anchors, [[kontakt]] without a contact file) and sorts everything, so the result does not
 * depend on the order pages were loaded (content-state.ts, which the preview keeps between saves).
 */
export function combineContent(
  root: string,
  contentRoot: ContentRoot,
  loaded: LoadedPage[],
  staticPages: string[] = [],
): LoadedContent {
  return new ContentState(root, contentRoot, loaded, staticPages).content();
}

export interface LoadContentOptions extends LoadOptions {
  /**
   * Told of each page folder as soon as it is loaded, in the order of the content's pages (the
   * build hands its search record to Pagefind meanwhile), with the content folder's own files.
   */
  onPage?: (loaded: LoadedPage, contentRoot: ContentRoot) => void;
}

/** Lets the event loop run (a child process's pipe drain) between two synchronous stretches. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Loads every FAQ page under `root`. Problems are collected, never thrown, so all are reported.
 * The folders are read one after another (their files are read synchronously anyway), each
 * followed by a turn of the event loop, so what `onPage` starts goes on while the rest loads.
 */
export async function loadContent(
  root = "content",
  staticPages: string[] = [],
  { onPage, ...options }: LoadContentOptions = {},
): Promise<LoadedContent> {
  const contentRoot = await loadContentRoot(root);
  const byName = new Map<string, LoadedPage>();
  for (const name of [...contentRoot.folders].sort(slugOrder)) {
    const loaded = await loadPageFolder(path.join(root, name), options);
    byName.set(name, loaded);
    onPage?.(loaded, contentRoot);
    if (onPage) await nextTurn();
  }
  const loaded = contentRoot.folders.map((name) => byName.get(name) as LoadedPage);
  return combineContent(root, contentRoot, loaded, staticPages);
}
