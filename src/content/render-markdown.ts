// Renders one Markdown body once, and reports what an editor wrote that the site will not show.
import type { MarkdownIt, Token } from "markdown-it";
import { blockNames } from "./markdown.ts";
import type { Problem } from "./problems.ts";

export interface RenderedMarkdown {
  html: string;
  /** Links to this site (paths or #anchors), with the line they are on, for the cross-check. */
  internalLinks: Array<{ href: string; line: number }>;
  /** Links to https:// addresses with their text, for the "same page, different texts" warning. */
  externalLinks: Array<{ href: string; text: string; line: number }>;
  /** How many words a reader reads, for the "very long answer" warning. */
  words: number;
  problems: Problem[];
}

const rawHtml = /<!--|<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
// Inline links, autolinks and reference definitions ("[1]: javascript:...") to unsafe schemes.
const unsafeLink = /(?:\]\(\s*<?|<|^[ \t]*\[[^\]]+\]:[ \t]*<?)\s*(javascript|vbscript|data):/gim;

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split("\n").length;
}

type Found = Pick<RenderedMarkdown, "internalLinks" | "externalLinks" | "words">;

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function checkInline(
  children: Token[],
  firstLine: number,
  report: (line: number, message: string) => void,
  found: Found,
): void {
  let openLink: { href: string; text: string } | null = null;
  let line = firstLine;
  for (const token of children) {
    if (token.type === "softbreak" || token.type === "hardbreak") line++;
    if (token.type === "text" || token.type === "code_inline") {
      found.words += countWords(token.content);
      if (openLink) openLink.text += token.content;
    }
    if (token.type === "text") {
      // A block that stands alone was replaced by placeBlocks; anything [[...]] left is a mistake.
      for (const [written, name] of token.content.matchAll(/\[\[([^\]]*)\]\]/g)) {
        report(
          line,
          blockNames.some((known) => known === name)
            ? `has "${written}" inside a paragraph: write it alone on a line, with an empty line before and after`
            : `has "${written}", which is not a block this site knows: write ${blockNames.map((known) => `[[${known}]]`).join(" or ")} on a line of its own, or remove it`,
        );
      }
      const html = rawHtml.exec(token.content);
      if (html?.[0] === "<!--") {
        report(
          line,
          'contains an HTML comment "<!--", which is not hidden (it would show as text): remove it; notes for other editors belong in the pull request',
        );
      } else if (html) {
        report(
          line,
          `contains raw HTML "${html[0].slice(0, 40)}", which is not rendered (it would show as text): write Markdown instead, like **bold**, [text](https://...) or a list`,
        );
      }
    }
    if (token.type === "image") {
      report(
        line,
        `has an image "${String(token.attrGet("src"))}": the FAQ pages show no images; describe it in words or link to a page that shows it`,
      );
    }
    if (token.type === "link_close" && openLink) {
      found.externalLinks.push({ href: openLink.href, text: openLink.text.trim(), line });
      openLink = null;
    }
    if (token.type !== "link_open") continue;
    const href = String(token.attrGet("href") ?? "");
    if (/^http:\/\//i.test(href)) {
      report(line, `links to "${href}": external links must start with https://`);
    } else if (href.startsWith("/") || href.startsWith("#")) {
      found.internalLinks.push({ href, line });
    } else if (/^https:\/\//i.test(href)) {
      openLink = { href, text: "" };
    } else if (!/^(mailto:|tel:)/i.test(href)) {
      report(
        line,
        `links to "${href}": write a full https:// address, or a path of this site like /sidan/#fragan`,
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
  const found: Found = { internalLinks: [], externalLinks: [], words: 0 };
  const report = (line: number, message: string) =>
    problems.push({ file, where: `line ${line}:`, message });

  for (const match of body.matchAll(unsafeLink)) {
    report(
      bodyLine + lineOf(body, match.index) - 1,
      `has a "${match[1]?.toLowerCase()}:" link, which is not allowed (javascript:, data: and vbscript: links never reach the site): link to an https:// address or a page of this site`,
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
    if (token.type === "code_block" || token.type === "fence") {
      found.words += countWords(token.content);
    }
    if (token.children) checkInline(token.children, line, report, found);
  }
  return { html: md.renderer.render(tokens, md.options, env), ...found, problems };
}
