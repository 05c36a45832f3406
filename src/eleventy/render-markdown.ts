// Renders one Markdown body once, and reports what an editor wrote that the site will not show.
import type { MarkdownIt, Token } from "markdown-it";
import type { Problem } from "./problems.ts";

export interface RenderedMarkdown {
  html: string;
  /** Links to this site (paths or #anchors), with the line they are on, for the cross-check. */
  internalLinks: Array<{ href: string; line: number }>;
  problems: Problem[];
}

const rawHtml = /<!--|<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
const unsafeLink = /(?:\]\(\s*<?|<)\s*((?:javascript|vbscript|data):[^\s)>]*)/gi;

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split("\n").length;
}

function checkInline(
  children: Token[],
  line: number,
  report: (line: number, message: string) => void,
  internalLinks: RenderedMarkdown["internalLinks"],
): void {
  for (const token of children) {
    if (token.type === "text") {
      const html = rawHtml.exec(token.content);
      if (html) {
        report(
          line,
          `contains raw HTML "${html[0].slice(0, 40)}", which is not rendered (it would show as text): write Markdown instead, like **bold**, [text](https://...) or a list`,
        );
      }
    }
    if (token.type !== "link_open") continue;
    const href = String(token.attrGet("href") ?? "");
    if (/^http:\/\//i.test(href)) {
      report(line, `links to "${href}": external links must start with https://`);
    } else if (href.startsWith("/") || href.startsWith("#")) {
      internalLinks.push({ href, line });
    } else if (!/^(https:\/\/|mailto:|tel:)/i.test(href)) {
      report(
        line,
        `links to "${href}": write a full https:// address, or a path of this site like /teknisk-support/#fragan`,
      );
    }
  }
}

export function renderMarkdown(
  md: MarkdownIt,
  file: string,
  body: string,
  bodyLine: number,
): RenderedMarkdown {
  const problems: Problem[] = [];
  const internalLinks: RenderedMarkdown["internalLinks"] = [];
  const report = (line: number, message: string) =>
    problems.push({ file, where: `line ${line}:`, message });

  for (const match of body.matchAll(unsafeLink)) {
    report(
      bodyLine + lineOf(body, match.index) - 1,
      `links to "${match[1]}": javascript:, data: and vbscript: links are not allowed; link to an https:// address or a page of this site`,
    );
  }

  const env = {};
  const tokens = md.parse(body, env);
  let line = bodyLine;
  for (const token of tokens) {
    if (token.map) line = bodyLine + token.map[0];
    if (token.type === "heading_open" && token.tag < "h4") {
      const marks = "#".repeat(Number(token.tag.slice(1)));
      report(
        line,
        `has a heading written "${marks}": headings inside an answer are written "####" (the question is the heading above)`,
      );
    }
    if (token.children) checkInline(token.children, line, report, internalLinks);
  }
  return { html: md.renderer.render(tokens, md.options, env), internalLinks, problems };
}
