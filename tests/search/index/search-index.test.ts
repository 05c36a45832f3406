// The Pagefind index the build writes: small index chunks, so a first query downloads little of
// a large site's index (issue 26).
import assert from "node:assert/strict";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { externalLinkDecoration } from "../../../src/content/links.ts";
import { createMarkdown } from "../../../src/content/markdown.ts";
import { renderMarkdown } from "../../../src/content/render-markdown.ts";
import type { FaqPage, Question } from "../../../src/content/schema.ts";
import { pageRecordHtml } from "../../../src/search/index/page-record.ts";
import { pagefindIndexChunkSize } from "../../../src/search/index/search-bundle.ts";
import { indexForSearch } from "../../../src/search/index/search-index.ts";
import { hashTree } from "../../support/run-script.ts";

/** Records of `words` distinct words each, every word written once: one location per word. */
function records(count: number, words: number) {
  return Array.from({ length: count }, (_, page) => ({
    file: `sida-${page}.html`,
    html:
      `<!doctype html><html lang="sv"><head><title>Sida ${page}</title></head><body><main data-pagefind-body><p>` +
      Array.from({ length: words }, (_, word) => `ord${page}x${word}`).join(" ") +
      "</p></main></body></html>",
  }));
}

describe("indexForSearch", () => {
  const dirs: string[] = [];
  after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("splits the index into chunks of the configured size, not Pagefind's default 20,000 locations", async () => {
    const siteDir = await mkdtemp(path.join(tmpdir(), "fk-search-index-"));
    dirs.push(siteDir);
    // Pagefind counts a word's locations and one more per page it is on: 16,000 words written
    // once count 32,000, two or three chunks at its default and eight at 4,000.
    const locations = 16_000;
    const folder = await indexForSearch(siteDir, records(8, locations / 8), { id: "test" }, "sv");
    const chunks = (await readdir(path.join(folder, "index"))).filter((f) =>
      f.endsWith(".pf_index"),
    );
    assert.ok(
      chunks.length >= Math.floor((2 * locations) / pagefindIndexChunkSize) - 1,
      `${chunks.length} index chunks for ${locations} locations`,
    );
  });
});

describe("a page's record and its links", () => {
  const dirs: string[] = [];
  after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  const answer = renderMarkdown(
    createMarkdown(),
    "content/p/s/fraga.md",
    "Läs mer i [guiden om webbläsare](https://www.example.com/guide) och fråga oss.",
    5,
  ).html;
  const page = {
    title: "Sida",
    slug: "p",
    url: "/p/",
    sections: [
      {
        id: "s",
        title: "Avsnitt",
        questions: [
          { question: "Vilken webbläsare?", slug: "fraga", answerHtml: answer } as Question,
        ],
      },
    ],
  } as unknown as FaqPage;
  const record = pageRecordHtml(page, "sv");

  const startTag = answer.match(/<a [^>]*>/)?.[0] ?? "";

  it("leaves out a link's attributes and the hint and icon after it, keeping its text and domain", () => {
    assert.ok(answer.includes(externalLinkDecoration), "the page itself shows hint and icon");
    assert.match(startTag, /^<a href="https:\/\/www\.example\.com\/guide" /);
    assert.ok(!record.includes(externalLinkDecoration));
    assert.ok(!record.includes("<svg"));
    assert.ok(!record.includes("href="));
    assert.match(record, /<a>guiden om webbläsare \(example\.com\)<\/a>/);
  });

  it("gives Pagefind the same index as the record with them (data-pagefind-ignore, no text)", async () => {
    const withDecoration = record
      .replace("<a>", startTag)
      .replace("(example.com)", `(example.com)${externalLinkDecoration}`);
    assert.notEqual(withDecoration, record);
    const index = async (html: string) => {
      const siteDir = await mkdtemp(path.join(tmpdir(), "fk-search-index-"));
      dirs.push(siteDir);
      return hashTree(await indexForSearch(siteDir, [{ file: "p.html", html }], { id: "t" }, "sv"));
    };
    assert.deepEqual(await index(record), await index(withDecoration));
  });
});
