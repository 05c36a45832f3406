// Things an editor should look at that do not stop publishing: old answers, long answers, and
// one external page linked with different texts.
import type { ExternalLink, LoadedContent } from "../content/load-content.ts";
import { problem } from "../content/messages.ts";
import type { Problem } from "../content/problems.ts";

export interface WarningOptions {
  /** Today as YYYY-MM-DD; injectable so that tests do not depend on the calendar. */
  today: string;
  /** Answers not updated for more than this many months are listed as possibly stale. */
  staleAfterMonths?: number;
  /** Answers with more words than this are listed as very long. */
  maxWords?: number;
  /** Only the warnings of these files (see warningsOfSavedFiles); all when left out. */
  only?: ReadonlySet<string>;
}

export interface ContentWarning extends Problem {
  kind: "freshness" | "length" | "link-text" | "not-updated" | "spelling";
}

/** The date `months` before `today`, both YYYY-MM-DD. */
export function monthsBefore(today: string, months: number): string {
  const [year = 0, month = 1, day = 1] = today.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

/** Addresses as written → as compared; kept between calls, as the preview warns on every save. */
const normalized = new Map<string, string>();

function normalizeUrl(href: string): string {
  let url = normalized.get(href);
  if (url === undefined) {
    try {
      url = new URL(href).href;
    } catch {
      url = href;
    }
    normalized.set(href, url);
  }
  return url;
}

/** The folder a content file lies in (files are named with "/", see displayName). */
const parent = (file: string) => file.slice(0, Math.max(0, file.lastIndexOf("/")));
/** The page folder of a page's index.md or of one of its questions (<page>/<section>/<q>.md). */
const pageFolder = (file: string) =>
  file.endsWith("/index.md") ? parent(file) : parent(parent(file));

const groupsByUrl = new WeakMap<readonly ExternalLink[], Map<string, ExternalLink[]>>();

/** A list of links by address as compared, in the list's order; made once per list. */
function linksByUrl(links: readonly ExternalLink[]): Map<string, ExternalLink[]> {
  let byUrl = groupsByUrl.get(links);
  if (!byUrl) {
    byUrl = new Map();
    for (const link of links) {
      const url = normalizeUrl(link.href);
      const same = byUrl.get(url);
      if (same) same.push(link);
      else byUrl.set(url, [link]);
    }
    groupsByUrl.set(links, byUrl);
  }
  return byUrl;
}

/** The text most links in `links` use; on a tie, the one that comes first. */
function usualText(links: ExternalLink[]): string {
  const counts = new Map<string, number>();
  for (const link of links) counts.set(link.text, (counts.get(link.text) ?? 0) + 1);
  let best = "";
  let most = 0;
  for (const [text, count] of counts) {
    if (count > most) [best, most] = [text, count];
  }
  return best;
}

/** Only the warnings of `files` (as the loader names them): what an editor's change touched. */
export function warningsOfFiles<Warning extends Problem>(
  warnings: Warning[],
  files: Iterable<string>,
): Warning[] {
  const wanted = new Set(files);
  return warnings.filter((warning) => wanted.has(warning.file));
}

/**
 * The warnings of `files` alone, as a save in the preview shows them: the rules run on those
 * files' questions and on the addresses they link to (the link-text rule compares with every
 * link of the site to that address), so a save costs the same at 10,000 questions as at 17.
 */
export function warningsOfSavedFiles(
  content: Pick<LoadedContent, "pages" | "externalLinks" | "externalLinksByPage">,
  files: Iterable<string>,
  options: WarningOptions,
): ContentWarning[] {
  return contentWarnings(content, { ...options, only: new Set(files) });
}

export function contentWarnings(
  content: Pick<LoadedContent, "pages" | "externalLinks" | "externalLinksByPage">,
  { today, staleAfterMonths = 12, maxWords = 300, only }: WarningOptions,
): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  const cutoff = monthsBefore(today, staleAfterMonths);
  const wanted = (file: string) => only === undefined || only.has(file);
  // A page's files lie in its folder: pages without a wanted file are passed over whole.
  const folders = only && new Set([...only].map(pageFolder));
  for (const page of content.pages) {
    if (folders && !folders.has(parent(page.file))) continue;
    for (const question of page.sections.flatMap((section) => section.questions)) {
      if (!wanted(question.file)) continue;
      const updated = question.updated ?? page.updated;
      if (updated < cutoff) {
        warnings.push({
          kind: "freshness",
          ...problem("stale", {
            file: question.file,
            field: "updated",
            updated,
            months: staleAfterMonths,
            fromPage: !question.updated,
            today,
          }),
        });
      }
      if (question.words > maxWords) {
        warnings.push({
          kind: "length",
          ...problem("long-answer", { file: question.file, words: question.words, max: maxWords }),
        });
      }
    }
  }
  // Every link by address, per page folder and kept while the folder is unchanged (the preview
  // re-reads one folder per save): the rule below is then linear in the links of the saved files.
  const groups =
    only === undefined
      ? [content.externalLinks]
      : (content.externalLinksByPage ?? [content.externalLinks]);
  const asked = new Set<string>();
  for (const group of groups) {
    // A group is one page folder's links.
    if (folders && group[0] && !folders.has(pageFolder(group[0].file))) continue;
    for (const [url, links] of linksByUrl(group)) {
      if (only === undefined || links.some((link) => only.has(link.file))) asked.add(url);
    }
  }
  const allOf = (url: string) => groups.flatMap((group) => linksByUrl(group).get(url) ?? []);
  for (const url of asked) {
    const all = allOf(url);
    // One link per text, the first of each, as the warning lists the places.
    const firstByText = new Map<string, ExternalLink>();
    for (const link of all) if (!firstByText.has(link.text)) firstByText.set(link.text, link);
    const links = [...firstByText.values()];
    if (links.length < 2) continue;
    const place = (link: ExternalLink) => (link.line ? `${link.file} rad ${link.line}` : link.file);
    // The warning belongs to the places that differ from the text most used for this page, so
    // it lands on the file whose edit introduced another text, not on the first file by name.
    const usual = usualText(all);
    const places = links.map((other) => `"${other.text}" (${place(other)})`);
    for (const link of links.filter((link) => link.text !== usual && wanted(link.file))) {
      warnings.push({
        kind: "link-text",
        ...problem("link-texts", {
          file: link.file,
          ...(link.line ? { line: link.line } : {}),
          url,
          places,
        }),
      });
    }
  }
  return warnings;
}
