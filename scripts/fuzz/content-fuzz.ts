// The content fuzzer: loads mutated content trees (content-mutations.ts) and checks that the
// loader answers every one with safe pages or with problems naming files in it.
import { rm } from "node:fs/promises";
import path from "node:path";
import { loadContent } from "../../src/content/load-content.ts";
import type { FaqPage } from "../../src/content/schema.ts";
import { type Tree, writeTree } from "./content-tree.ts";

// What the loader's HTML may contain: the Markdown renderer's own elements and the external link
// marking (links.ts). Anything else, an event handler or a script URL means raw HTML got through.
const allowedTags = new Set(
  "a p em strong code pre blockquote ul ol li h1 h2 h3 h4 h5 h6 hr br table thead tbody tr th td span svg path s".split(
    " ",
  ),
);

/** Why `html` is not safe to publish, or null when it is. */
export function unsafeMarkup(html: string): string | null {
  for (const [, tag = ""] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) {
    if (!allowedTags.has(tag.toLowerCase())) return `the element <${tag}>`;
  }
  if (/<[^>]*\son[a-z]+\s*=/i.test(html)) return "an event handler attribute";
  const unsafeUrl = /\s(?:href|src)\s*=\s*"\s*(?:javascript|vbscript|data|file):/i.exec(html);
  if (unsafeUrl) return `the address in ${unsafeUrl[0].trim()}`;
  return null;
}

/** Every piece of HTML the loader produced for accepted pages. */
function renderedHtml(pages: FaqPage[]): string[] {
  return pages.flatMap((page) => [
    page.introHtml,
    ...page.sections.flatMap((section) => section.questions.map((q) => q.answerHtml)),
  ]);
}

export interface CaseResult {
  milliseconds: number;
  accepted: boolean;
}

/** Longest a case may take: the loader may not hang on any input. Generous for a busy machine. */
export const caseTimeLimit = 10_000;

/**
 * Loads one tree and throws (so fast-check shrinks it) when the loader threw, took too long,
 * named a file outside the tree in a problem, accepted a tree whose HTML lets markup out, or let
 * front matter such as "__proto__: {x: 1}" add to every object.
 */
export async function checkTree(tree: Tree): Promise<CaseResult> {
  const root = await writeTree(tree);
  try {
    const started = performance.now();
    const content = await loadContent(root, ["/"], { today: "2026-01-01" });
    const milliseconds = performance.now() - started;
    if (milliseconds > caseTimeLimit) {
      throw new Error(`loading took ${Math.round(milliseconds)} ms (limit ${caseTimeLimit} ms)`);
    }
    for (const problem of content.problems) {
      if (!path.resolve(problem.file).startsWith(root + path.sep)) {
        throw new Error(`a problem names a file outside the tree: ${JSON.stringify(problem)}`);
      }
    }
    const polluted = Object.keys(Object.prototype);
    if (polluted.length > 0) throw new Error(`Object.prototype gained ${polluted.join(", ")}`);
    const accepted = content.problems.length === 0;
    for (const html of accepted ? renderedHtml(content.pages) : []) {
      const unsafe = unsafeMarkup(html);
      if (unsafe) throw new Error(`accepted HTML contains ${unsafe}: ${html.slice(0, 300)}`);
    }
    return { milliseconds, accepted };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
