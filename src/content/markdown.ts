// The Markdown renderer for editors' content: markdown-it without raw HTML, external links marked.
import MarkdownIt, { type MarkdownIt as Markdown, type StateCore, type Token } from "markdown-it";
import { externalLinkAttributes, externalLinkSuffix, isExternalUrl } from "./links.ts";

/** Adds target, rel and the "Länk till annan webbplats" hint to links that leave the site. */
function markExternalLinks(md: Markdown): void {
  md.core.ruler.push("app_external_links", (state: StateCore) => {
    for (const blockToken of state.tokens) {
      const children = blockToken.children;
      if (!children) continue;
      for (let index = 0; index < children.length; index++) {
        const token = children[index] as Token;
        if (token.type !== "link_open") continue;
        const href = String(token.attrGet("href") ?? "");
        if (!isExternalUrl(href)) continue;
        for (const [name, value] of externalLinkAttributes) token.attrSet(name, value);
        const closeIndex = children.findIndex(
          (t: Token, i: number) => i > index && t.type === "link_close",
        );
        const suffix = new state.Token("html_inline", "", 0);
        suffix.content = externalLinkSuffix(href);
        children.splice(closeIndex, 0, suffix);
      }
    }
  });
}

/** The blocks editors can place on a line of their own, written [[name]]. */
export const blockNames = ["kontakt"] as const;

/** What a block becomes in the rendered HTML; the build puts the component there (issue 17). */
export function blockMarker(name: (typeof blockNames)[number]): string {
  return `<!--app-block:${name}-->`;
}

/**
 * A paragraph that is only "[[kontakt]]" becomes a marker the build replaces with the contact
 * block. Raw HTML is off, so no editor can write a marker any other way.
 */
function placeBlocks(md: Markdown): void {
  md.core.ruler.push("app_blocks", (state: StateCore) => {
    const tokens = state.tokens;
    for (let index = 0; index + 2 < tokens.length; index++) {
      const [open, inline, close] = [tokens[index], tokens[index + 1], tokens[index + 2]];
      if (
        open?.type !== "paragraph_open" ||
        inline?.type !== "inline" ||
        close?.type !== "paragraph_close"
      )
        continue;
      const name = /^\[\[([a-z]+)\]\]$/.exec(inline.content.trim())?.[1];
      if (!blockNames.some((known) => known === name)) continue;
      const block = new state.Token("html_block", "", 0);
      block.content = `${blockMarker(name as (typeof blockNames)[number])}\n`;
      block.map = open.map;
      tokens.splice(index, 3, block);
    }
  });
}

/** A fresh renderer: raw HTML is shown as text, never passed through; typography untouched. */
export function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // markdown-it lets data:image/... links through; no data: link may reach the page (DESIGN.md).
  md.validateLink = (url: string) =>
    !/^(javascript|vbscript|file|data):/.test(url.trim().toLowerCase());
  md.use(markExternalLinks);
  md.use(placeBlocks);
  return md;
}
