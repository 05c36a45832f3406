// Checks that every link to this site's own pages and #anchors leads somewhere that exists.
import { problem } from "./messages.ts";
import { nearestName, type Problem } from "./problems.ts";
import { nearestNames } from "./suggestions.ts";

export interface PageLinks {
  url: string;
  anchors: Set<string>;
  links: Array<{ href: string; line: number; file: string }>;
}

export function checkInternalLinks(pages: PageLinks[], staticPages: string[]): Problem[] {
  const anchorsByUrl = new Map(pages.map((page) => [page.url, page.anchors]));
  const allPages = [...anchorsByUrl.keys(), ...staticPages];
  const problems: Problem[] = [];
  for (const page of pages) {
    for (const { href, line, file } of page.links) {
      const [pathPart = "", anchor] = href.split("#", 2);
      const target = pathPart === "" ? page.url : pathPart;
      const anchors = anchorsByUrl.get(target);
      if (!anchors && !staticPages.includes(target)) {
        const meant = nearestName(target, allPages);
        problems.push(problem("missing-page", { file, line, href, ...(meant ? { meant } : {}) }));
      } else if (anchor && anchors && !anchors.has(decodeURIComponent(anchor))) {
        const nearest = nearestNames(decodeURIComponent(anchor), anchors, 3);
        problems.push(
          problem("missing-anchor", { file, line, href, page: target, anchor, nearest }),
        );
      }
    }
  }
  return problems;
}
