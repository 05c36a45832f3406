// What an answer's Markdown becomes: never executable HTML, whatever an editor pastes.
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { describe, it } from "node:test";
import { treeWith, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { createMarkdown } from "../../src/content/markdown.ts";
import { renderMarkdown } from "../../src/content/render-markdown.ts";

const pasted = [
  "Klistrat in <script>alert(1)</script> i en mening.",
  "",
  "<script>",
  "document.cookie",
  "</script>",
  "",
  '<img src=x onerror="alert(1)">',
  "",
  "<!-- <script>alert(2)</script> -->",
  "",
  "[länk](javascript:alert(3)) [bild](data:image/png;base64,AAAA) [vb](vbscript:msgbox(1))",
  "<javascript:alert(4)> [ref][1] ![img](javascript:alert(5))",
  "",
  "[1]: javascript:alert(6)",
].join("\n");

/** Everything in `html` a browser could run: script elements, on* attributes, script URLs. */
function executableParts(html: string): string[] {
  return [
    ...html.matchAll(/<script\b/gi),
    ...html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi),
    ...html.matchAll(/\s(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/gi),
    ...html.matchAll(/<!--/g),
    ...html.matchAll(/<(?:img|iframe|object|embed|svg|style|link|meta)\b/gi),
  ].map((match) => match[0]);
}

describe("renderMarkdown", () => {
  it("turns pasted scripts, event handlers, comments and script links into harmless text", () => {
    const { html } = renderMarkdown(createMarkdown(), "x.md", pasted, 1);
    assert.deepEqual(executableParts(html), []);
    assert.match(html, /Klistrat in &lt;script&gt;alert\(1\)&lt;\/script&gt; i en mening\./);
    assert.match(html, /&lt;!-- &lt;script&gt;alert\(2\)&lt;\/script&gt; --&gt;/);
  });

  it("reports every one of those pastes as a problem, so the build stops before publishing", () => {
    const { problems } = renderMarkdown(createMarkdown(), "x.md", pasted, 1);
    const html = problems.filter((p) => p.code === "raw-html" || p.code === "html-comment");
    assert.deepEqual(
      html.map((p) => p.line),
      [1, 3, 7, 9],
    );
    // The script spread over lines 3-5 is one paragraph: one problem, at its first line.
    assert.equal(problems.filter((p) => p.code === "unsafe-link").length, 6);
  });

  it("keeps the check on the page: answers of the loaded content carry no executable HTML", async () => {
    const root = await writeTree(
      treeWith({ "p/a/one.md": `---\nquestion: Fråga?\norder: 10\n---\n\n${pasted}\n` }),
    );
    const { pages, problems } = await loadContent(root);
    await rm(root, { recursive: true, force: true });
    const answer = pages[0]?.sections[0]?.questions[0]?.answerHtml ?? "";
    assert.ok(answer.includes("Klistrat in"));
    assert.deepEqual(executableParts(answer), []);
    assert.ok(problems.length >= 10, `${problems.length} problems`);
  });

  it("collects external links with their texts, and counts the words a reader reads", () => {
    const rendered = renderMarkdown(
      createMarkdown(),
      "x.md",
      "Läs [om **bank‑id**](https://www.bankid.com/) här.\n\nEn `kod` till.",
      5,
    );
    assert.deepEqual(rendered.externalLinks, [
      { href: "https://www.bankid.com/", text: "om bank‑id", line: 5 },
    ]);
    assert.equal(rendered.words, 7);
  });
});

describe("renderMarkdown when the parser throws", () => {
  it("answers with a problem naming the file and line, not a stack trace", () => {
    // The site's own parser, with one more rule that fails as a parser bug would.
    const md = createMarkdown();
    md.core.ruler.push("fails", () => {
      throw new Error("Maximum call stack size exceeded");
    });
    const rendered = renderMarkdown(md, "p/a/one.md", "Ett svar.", 6);
    assert.equal(rendered.html, "");
    assert.deepEqual(
      rendered.problems.map((problem) => [problem.file, problem.line, problem.code]),
      [["p/a/one.md", 6, "markdown-unreadable"]],
    );
    assert.match(rendered.problems[0]?.message ?? "", /går inte att göra om till en sida/);
  });
});
