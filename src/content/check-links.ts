// Checks that every link to this site's own pages and #anchors leads somewhere that exists.
import type { Problem } from "./problems.ts";

export interface PageLinks {
  url: string;
  anchors: Set<string>;
  links: Array<{ href: string; line: number; file: string }>;
}

export function checkInternalLinks(pages: PageLinks[], staticPages: string[]): Problem[] {
  const anchorsByUrl = new Map(pages.map((page) => [page.url, page.anchors]));
  const problems: Problem[] = [];
  for (const page of pages) {
    for (const { href, line, file } of page.links) {
      const [pathPart = "", anchor] = href.split("#", 2);
      const target = pathPart === "" ? page.url : pathPart;
      const anchors = anchorsByUrl.get(target);
      const where = `line ${line}:`;
      if (!anchors && !staticPages.includes(target)) {
        problems.push({
          file,
          where,
          message: `links to "${href}", a page that does not exist on this site: check the address (pages end with "/")`,
        });
      } else if (anchor && anchors && !anchors.has(decodeURIComponent(anchor))) {
        problems.push({
          file,
          where,
          message: `links to "${href}", but ${target} has no question or section "#${anchor}": use the question's file name without .md`,
        });
      }
    }
  }
  return problems;
}
