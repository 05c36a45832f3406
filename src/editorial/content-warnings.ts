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

function normalizeUrl(href: string): string {
  try {
    return new URL(href).href;
  } catch {
    return href;
  }
}

/** The links to one address, by text: the first link with each text and how many use it. */
type TextsOfUrl = Map<string, { first: ExternalLink; count: number }>;

/** Every external link grouped by normalized address once, so no rule scans the site per link. */
function linksByUrl(links: ExternalLink[]): Map<string, TextsOfUrl> {
  const byUrl = new Map<string, TextsOfUrl>();
  for (const link of links) {
    const url = normalizeUrl(link.href);
    const texts: TextsOfUrl = byUrl.get(url) ?? new Map();
    byUrl.set(url, texts);
    const seen = texts.get(link.text);
    if (seen) seen.count++;
    else texts.set(link.text, { first: link, count: 1 });
  }
  return byUrl;
}

/** The text most links use; on a tie, the one that comes first. */
function usualText(texts: TextsOfUrl): string {
  let best = "";
  let most = 0;
  for (const [text, { count }] of texts) {
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

export function contentWarnings(
  content: Pick<LoadedContent, "pages" | "externalLinks">,
  { today, staleAfterMonths = 12, maxWords = 300 }: WarningOptions,
): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  const cutoff = monthsBefore(today, staleAfterMonths);
  for (const page of content.pages) {
    for (const question of page.sections.flatMap((section) => section.questions)) {
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
  for (const [url, texts] of linksByUrl(content.externalLinks)) {
    if (texts.size < 2) continue;
    const links = [...texts.values()].map(({ first }) => first);
    const place = (link: ExternalLink) => (link.line ? `${link.file} rad ${link.line}` : link.file);
    // The warning belongs to the places that differ from the text most used for this page, so
    // it lands on the file whose edit introduced another text, not on the first file by name.
    const usual = usualText(texts);
    const places = links.map((other) => `"${other.text}" (${place(other)})`);
    for (const link of links.filter((link) => link.text !== usual)) {
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
