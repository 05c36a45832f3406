// Renders one Markdown body once, and reports what an editor wrote that the site will not show.
import type { MarkdownIt, Token } from "markdown-it";
import { blockNames } from "./markdown.ts";
import { problem } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { htmlToMarkdown, tagNames } from "./suggestions.ts";

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
  inline: Token,
  firstLine: number,
  report: (found: Omit<Problem, "file">) => void,
  found: Found,
): void {
  const children = inline.children ?? [];
  let openLink: { href: string; text: string } | null = null;
  let line = firstLine;
  // Pasted HTML is reported once per paragraph, with every tag and the paragraph as Markdown.
  let html: { line: number; tags: string[] } | null = null;
  for (const token of children) {
    if (token.type === "softbreak" || token.type === "hardbreak") line++;
    if (token.type === "text" || token.type === "code_inline") {
      found.words += countWords(token.content);
      if (openLink) openLink.text += token.content;
    }
    if (token.type === "text") {
      // A block that stands alone was replaced by placeBlocks; anything [[...]] left is a mistake.
      for (const [written, name] of token.content.matchAll(/\[\[([^\]]*)\]\]/g)) {
        const known = blockNames.some((block) => block === name);
        report(
          known
            ? problem("block-in-paragraph", { file: "", line, written })
            : problem("unknown-block", {
                file: "",
                line,
                written,
                blocks: blockNames.map((block) => `[[${block}]]`),
              }),
        );
      }
      const match = rawHtml.exec(token.content);
      if (match?.[0] === "<!--") {
        report(problem("html-comment", { file: "", line }));
      } else if (match) {
        html ??= { line, tags: [] };
        html.tags.push(...tagNames(token.content));
      }
    }
    if (token.type === "image") {
      report(problem("image", { file: "", line, src: String(token.attrGet("src")) }));
    }
    if (token.type === "link_close" && openLink) {
      found.externalLinks.push({ href: openLink.href, text: openLink.text.trim(), line });
      openLink = null;
    }
    if (token.type !== "link_open") continue;
    const href = String(token.attrGet("href") ?? "");
    if (/^http:\/\//i.test(href)) {
      report(problem("http-link", { file: "", line, href }));
    } else if (href.startsWith("/") || href.startsWith("#")) {
      found.internalLinks.push({ href, line });
    } else if (/^https:\/\//i.test(href)) {
      openLink = { href, text: "" };
    } else if (!/^(mailto:|tel:)/i.test(href)) {
      report(problem("bad-link", { file: "", line, href }));
    }
  }
  if (html) {
    const markdown = htmlToMarkdown(inline.content);
    const tags = [...new Set(html.tags)];
    report(
      problem("raw-html", { file: "", line: html.line, tags, ...(markdown ? { markdown } : {}) }),
    );
  }
}

/**
 * The answer's HTML and what it contains, checked. Anything the Markdown parser throws becomes a
 * problem naming the file, never a stack trace (issue 14).
 */
export function renderMarkdown(
  md: MarkdownIt,
  file: string,
  body: string,
  bodyLine: number,
): RenderedMarkdown {
  try {
    return renderChecked(md, file, body, bodyLine);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      html: "",
      internalLinks: [],
      externalLinks: [],
      words: 0,
      problems: [problem("markdown-unreadable", { file, line: bodyLine, reason })],
    };
  }
}

/** The level of a question's heading (h3): an answer's headings are below it. */
const questionLevel = 3;

function renderChecked(
  md: MarkdownIt,
  file: string,
  body: string,
  bodyLine: number,
): RenderedMarkdown {
  const problems: Problem[] = [];
  const found: Found = { internalLinks: [], externalLinks: [], words: 0 };
  const report = (found: Omit<Problem, "file">) => problems.push({ ...found, file });

  for (const match of body.matchAll(unsafeLink)) {
    const line = bodyLine + lineOf(body, match.index) - 1;
    report(problem("unsafe-link", { file, line, scheme: match[1]?.toLowerCase() ?? "" }));
  }

  const env = {};
  const tokens = md.parse(body, env);
  let line = bodyLine;
  // The question is the h3 above the answer: the answer's first heading is an h4, and each one
  // after it at most one level deeper than the one before (WCAG 1.3.1, screen readers' outline).
  let level = questionLevel;
  for (const token of tokens) {
    if (token.map) line = bodyLine + token.map[0];
    if (token.type === "heading_open") {
      const depth = Number(token.tag.slice(1));
      const marks = "#".repeat(depth);
      const heading = tokens[tokens.indexOf(token) + 1]?.content ?? "";
      if (depth <= questionLevel)
        report(problem("heading-too-big", { file, line, marks, heading }));
      else if (depth > level + 1)
        report(
          problem("heading-jump", { file, line, marks, heading, meant: "#".repeat(level + 1) }),
        );
      level = Math.max(depth, questionLevel);
    }
    if (token.type === "code_block" || token.type === "fence") {
      found.words += countWords(token.content);
    }
    if (token.children) checkInline(token, line, report, found);
  }
  return { html: md.renderer.render(tokens, md.options, env), ...found, problems };
}
