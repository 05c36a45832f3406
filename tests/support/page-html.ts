// Reads the parts of a built page a test checks without a browser: headings and in-page links.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { siteConfigFrom } from "../../src/config/config.ts";

// The builds the tests check run with this environment, so they have this configuration.
const site = siteConfigFrom(process.env);

import { attribute, decodeEntities } from "./dist.ts";

/** Text with runs of white space as one space, trimmed, as a heading's text is compared. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export interface Heading {
  level: number;
  id: string;
  /** The heading's text, without tags and entities, whitespace collapsed. */
  text: string;
}

/** Every h2 and h3 with an id, in document order. */
export function headings(html: string): Heading[] {
  return [...html.matchAll(/<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/g)].flatMap((match) => {
    const id = attribute(match[2] ?? "", "id");
    if (id === undefined) return [];
    const text = collapseSpace(decodeEntities((match[3] ?? "").replace(/<[^>]*>/g, "")));
    return [{ level: Number(match[1]), id, text }];
  });
}

export interface OutlineSection {
  /** The h2's id ("" for h3s before the first h2). */
  id: string;
  /** The ids of the h3s under it, in document order. */
  questions: string[];
}

/** The page's h2s with the h3s under each: on an FAQ page, its sections and their questions. */
export function outline(html: string): OutlineSection[] {
  const sections: OutlineSection[] = [{ id: "", questions: [] }];
  for (const heading of headings(html)) {
    if (heading.level === 2) sections.push({ id: heading.id, questions: [] });
    else sections.at(-1)?.questions.push(heading.id);
  }
  return sections;
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? "")));
}

/** Links to an anchor (`#x`, `/page/#x`) on the page at `pageUrl` whose target has no such id. */
export async function brokenAnchorLinks(siteDir: string, pageUrl: string, html: string) {
  const broken: string[] = [];
  for (const match of html.matchAll(/\shref="([^"]*#[^"]*)"/g)) {
    let href = decodeEntities(match[1] ?? "");
    if (href.startsWith(`${site.baseUrl}/`)) href = href.slice(site.baseUrl.length);
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) continue;
    const [target = "", anchor = ""] = href.split("#", 2);
    if (anchor === "") continue;
    const targetUrl = target === "" ? pageUrl : target;
    const file = path.join(siteDir, targetUrl.endsWith("/") ? `${targetUrl}index.html` : targetUrl);
    const targetHtml = targetUrl === pageUrl ? html : await readFile(file, "utf8").catch(() => "");
    if (!ids(targetHtml).has(decodeURIComponent(anchor))) broken.push(href);
  }
  return broken;
}
