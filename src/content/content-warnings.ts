// Things an editor should look at that do not stop publishing: old answers, long answers, and
// one external page linked with different texts.
import type { ExternalLink, LoadedContent } from "./load-content.ts";
import type { Problem } from "./problems.ts";

export interface WarningOptions {
  /** Today as YYYY-MM-DD; injectable so that tests do not depend on the calendar. */
  today: string;
  /** Answers not updated for more than this many months are listed as possibly stale. */
  staleAfterMonths?: number;
  /** Answers with more words than this are listed as very long. */
  maxWords?: number;
}

export interface ContentWarning extends Problem {
  kind: "freshness" | "length" | "link-text";
}

/** The date `months` before `today`, both YYYY-MM-DD. */
export function monthsBefore(today: string, months: number): string {
  const [year = 0, month = 1, day = 1] = today.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

export function todayInSweden(now = new Date()): string {
  return now.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
}

function normalizeUrl(href: string): string {
  try {
    return new URL(href).href;
  } catch {
    return href;
  }
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
      const source = question.updated ? "" : ` (the page's date: the question has no "updated")`;
      if (updated < cutoff) {
        warnings.push({
          kind: "freshness",
          file: question.file,
          where: 'front matter "updated"',
          message: `is ${updated}${source}, more than ${staleAfterMonths} months ago: check that the answer is still right, then set today's date`,
        });
      }
      if (question.words > maxWords) {
        warnings.push({
          kind: "length",
          file: question.file,
          message: `has a very long answer (${question.words} words, more than ${maxWords}): shorten it, or split it into several questions`,
        });
      }
    }
  }
  const linksByUrl = new Map<string, ExternalLink[]>();
  for (const link of content.externalLinks) {
    const url = normalizeUrl(link.href);
    const links = linksByUrl.get(url) ?? [];
    if (!links.some((other) => other.text === link.text)) links.push(link);
    linksByUrl.set(url, links);
  }
  for (const [url, [first, ...others]] of linksByUrl) {
    if (!first || others.length === 0) continue;
    const place = (link: ExternalLink) =>
      link.line ? `${link.file} line ${link.line}` : link.file;
    warnings.push({
      kind: "link-text",
      file: first.file,
      ...(first.line ? { where: `line ${first.line}:` } : {}),
      message: `links to ${url} with different texts: ${[first, ...others].map((link) => `"${link.text}" (${place(link)})`).join(", ")}; use one text for one page, so readers know it is the same page`,
    });
  }
  return warnings;
}
