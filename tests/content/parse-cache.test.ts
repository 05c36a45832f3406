// The build takes the parsed front matter and rendered Markdown of unchanged files from its cache:
// the content it loads is the same as without the cache, a changed file is parsed again, and the
// problems of a broken file come back as they were.
import assert from "node:assert/strict";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { deserialize, serialize } from "node:v8";
import { treeWith, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { type LoadedContent, loadContent } from "../../src/content/load-content.ts";
import {
  ParseCache,
  type ParsedContentFile,
  parserModules,
} from "../../src/content/parse-cache.ts";

const broken = "---\nquestion: Fråga ett?\norder: [10\n---\n\nSvar ett.\n";

describe("ParseCache", () => {
  let root = "";
  let cacheRoot = "";

  before(async () => {
    root = await writeTree(treeWith({ "p/b/three.md": broken }));
    cacheRoot = await writeTree({});
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(cacheRoot, { recursive: true, force: true });
  });

  /** Loads the tree through a cache opened now, and saves it, as a build does. */
  async function loadCached(): Promise<LoadedContent> {
    const parseCache = await ParseCache.open(root, cacheRoot);
    const content = await loadContent(root, [], { parseCache });
    await parseCache.save();
    return content;
  }

  /** The one cache file of the tree: its path and entries. */
  async function cacheFile() {
    const [folder] = await readdir(cacheRoot);
    const dir = path.join(cacheRoot, folder as string);
    const [name, ...others] = await readdir(dir);
    assert.deepEqual(others, [], "one cache file per content folder");
    const file = path.join(dir, name as string);
    return { file, entries: deserialize(await readFile(file)) as Map<string, ParsedContentFile> };
  }

  it("loads the same content as without a cache, the first time and from the cache", async () => {
    const uncached = await loadContent(root);
    assert.ok(uncached.problems.length > 0, "the broken file has problems");
    assert.deepEqual(await loadCached(), uncached, "the first load, which fills the cache");
    const { entries } = await cacheFile();
    assert.equal(entries.size, 4, "index.md and the three questions");
    assert.deepEqual(await loadCached(), uncached, "the second load, from the cache");
  });

  it("takes an unchanged file from the cache and parses a changed one again", async () => {
    const { file, entries } = await cacheFile();
    // Marked, to see which copy arrives: markdown-it would render the real answer.
    for (const entry of entries.values()) {
      if (entry.rendered.html.includes("Svar två")) entry.rendered.html = "<p>Ur cachen.</p>\n";
    }
    await writeFile(file, serialize(entries));
    const answerOf = (content: LoadedContent, slug: string) =>
      content.pages[0]?.sections
        .flatMap((section) => section.questions)
        .find((question) => question.slug === slug)?.answerHtml;
    assert.equal(answerOf(await loadCached(), "two"), "<p>Ur cachen.</p>\n");

    await writeFile(
      path.join(root, "p/b/two.md"),
      "---\nquestion: Fråga två?\norder: 10\n---\n\nNytt svar två.\n",
    );
    assert.equal(answerOf(await loadCached(), "two"), "<p>Nytt svar två.</p>\n");
  });

  it("drops the files that were removed from the content", async () => {
    await rm(path.join(root, "p/b/three.md"));
    await loadCached();
    assert.equal((await cacheFile()).entries.size, 3);
  });

  it("keeps the caches of the eight content folders saved last, and no more", async () => {
    const shared = await writeTree({});
    const roots: string[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        const tree = await writeTree(treeWith({}));
        roots.push(tree);
        const parseCache = await ParseCache.open(tree, shared);
        await loadContent(tree, [], { parseCache });
        await parseCache.save();
      }
      assert.equal((await readdir(shared)).length, 8, "a cache folder for each of the last 8");
    } finally {
      for (const folder of [shared, ...roots]) await rm(folder, { recursive: true, force: true });
    }
  });

  it("is keyed on every local module the parsers import, so a change to one starts a new cache", async () => {
    // The import graph from the cache's own module, followed through relative imports.
    const seen = new Set<string>();
    const follow = async (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = await readFile(file, "utf8");
      for (const [, spec] of text.matchAll(/^(?:import|export)[^"]*?from "(\.[^"]+)";/gms)) {
        if (spec) await follow(path.join(path.dirname(file), spec));
      }
    };
    await follow("src/content/parse-cache.ts");
    assert.ok(seen.size > 5, [...seen].join(", "));
    assert.deepEqual([...seen].sort(), [...parserModules].sort());
  });
});
