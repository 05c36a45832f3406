// Checks that every link to this site's own pages and #anchors leads somewhere that exists.
import { problem } from "./messages.ts";
import { nearestName, type Problem } from "./problems.ts";
import { nearestNames } from "./suggestions.ts";

export interface PageLinks {
  url: string;
  anchors: Set<string>;
  links: Array<{ href: string; line: number; file: string }>;
}

/** The site's pages as links see them: each page's anchors by address, and the static pages. */
export interface LinkTargets {
  anchorsByUrl: ReadonlyMap<string, ReadonlySet<string>>;
  staticPages: readonly string[];
}

/** The address a link leads to (its own page for `#anchor`), and the anchor. */
export function linkTarget(page: Pick<PageLinks, "url">, href: string) {
  const [pathPart = "", anchor] = href.split("#", 2);
  return { target: pathPart === "" ? page.url : pathPart, anchor };
}

/** The problems of one page's links against the site's pages. */
export function checkPageLinks(page: PageLinks, { anchorsByUrl, staticPages }: LinkTargets) {
  const problems: Problem[] = [];
  for (const { href, line, file } of page.links) {
    const { target, anchor } = linkTarget(page, href);
    const anchors = anchorsByUrl.get(target);
    if (!anchors && !staticPages.includes(target)) {
      const meant = nearestName(target, [...anchorsByUrl.keys(), ...staticPages]);
      problems.push(problem("missing-page", { file, line, href, ...(meant ? { meant } : {}) }));
    } else if (anchor && anchors && !anchors.has(decodeURIComponent(anchor))) {
      const nearest = nearestNames(decodeURIComponent(anchor), anchors, 3);
      problems.push(problem("missing-anchor", { file, line, href, page: target, anchor, nearest }));
    }
  }
  return problems;
}

export function checkInternalLinks(pages: PageLinks[], staticPages: string[]): Problem[] {
  const targets = {
    anchorsByUrl: new Map(pages.map((page) => [page.url, page.anchors])),
    staticPages,
  };
  return pages.flatMap((page) => checkPageLinks(page, targets));
}
