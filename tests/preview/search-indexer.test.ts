// The preview's background search index: closing the preview while it is written (Ctrl+C) stops
// it without an error and leaves no staging folder; otherwise the index is swapped into the
// preview's one bundle folder, and a failure is told in Swedish while the preview goes on.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import { type LoadedContent, loadContent } from "../../src/content/load-content.ts";
import { SearchIndexer } from "../../src/preview/search-indexer.ts";

/** Resolves once `check` holds, polling; fails after `seconds`. */
async function until(what: string, check: () => boolean, seconds = 60): Promise<void> {
  for (const end = Date.now() + seconds * 1000; Date.now() < end; ) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe("SearchIndexer", () => {
  let work = "";
  let content: LoadedContent;
  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-indexer-"));
    content = await loadContent(fixtureContentDir, []);
  });
  after(() => rm(work, { recursive: true, force: true }));

  it("stops an index being written when closed, without an error or a staging folder left", async () => {
    const outputDir = path.join(work, "stopped", "dist");
    const lines: string[] = [];
    let stopped = false;
    let written = 0;
    const indexer = new SearchIndexer({
      lang: "sv",
      outputDir,
      bundleId: "preview",
      log: (line) => lines.push(line),
      // As Pagefind writes its fragments: file after file, until its service is stopped, and one
      // more write after that (the ENOTEMPTY of issue 24 came from such a late write).
      index: async (siteDir) => {
        const folder = path.join(siteDir, "pagefind", "preview", "fragment");
        await mkdir(folder, { recursive: true });
        for (;;) {
          await writeFile(path.join(folder, `${written++}.pf_fragment`), "x");
          if (stopped) {
            await writeFile(path.join(folder, "late.pf_fragment"), "x");
            throw new Error("Pagefind backend closed");
          }
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
      },
      stop: async () => {
        stopped = true;
      },
    });
    indexer.update(() => content);
    await until("the index to be written", () => written > 3);
    await indexer.close();
    assert.equal(existsSync(indexer.staging), false, "no staging folder is left");
    assert.equal(existsSync(path.join(outputDir, "pagefind", "preview")), false);
    assert.deepEqual(lines, [], "nothing is said about a failed index");
    // Closed, it starts no new index.
    indexer.update(() => content);
    await indexer.idle();
    assert.equal(existsSync(indexer.staging), false);
  });

  it("starts no index while a whole build holds Pagefind, and indexes what was saved meanwhile after it", async () => {
    const outputDir = path.join(work, "held", "dist");
    const happened: string[] = [];
    let indexes = 0;
    const indexer = new SearchIndexer({
      lang: "sv",
      outputDir,
      bundleId: "preview",
      log: () => {},
      index: async (siteDir) => {
        happened.push(`index ${++indexes} starts`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        happened.push(`index ${indexes} ends`);
        const folder = path.join(siteDir, "pagefind", "preview");
        await mkdir(folder, { recursive: true });
        return folder;
      },
    });
    // An index is being written when the build asks for Pagefind: the build waits for it.
    indexer.update(() => content);
    const built = indexer.whileHeld(async () => {
      happened.push("build starts");
      // A save during the build asks for an index: it must wait for the build.
      indexer.update(() => content);
      await new Promise((resolve) => setTimeout(resolve, 50));
      happened.push("build ends");
      return "built";
    });
    assert.equal(await built, "built");
    await until("the index asked for during the build", () => indexes === 2);
    await indexer.idle();
    assert.deepEqual(happened, [
      "index 1 starts",
      "index 1 ends",
      "build starts",
      "build ends",
      "index 2 starts",
      "index 2 ends",
    ]);
    await indexer.close();
  });

  it("closes in the middle of Pagefind's real index without an error", async () => {
    const outputDir = path.join(work, "real", "dist");
    const lines: string[] = [];
    const indexer = new SearchIndexer({
      lang: "sv",
      outputDir,
      bundleId: "preview",
      log: (line) => lines.push(line),
    });
    indexer.update(() => content);
    // Pagefind has started when its output folder appears in the staging folder.
    await until("Pagefind to start writing", () => existsSync(indexer.staging));
    await indexer.close();
    assert.equal(existsSync(indexer.staging), false, "no staging folder is left");
    assert.equal(existsSync(indexer.recordsDir), false, "no records folder is left");
    assert.deepEqual(
      lines.filter((line) => !line.startsWith("Sökindexet är uppdaterat")),
      [],
      "no error is told",
    );
  });

  it("swaps the index into the preview's bundle folder, and tells a failure in Swedish", async () => {
    const outputDir = path.join(work, "swapped", "dist");
    // The built site the preview serves has its search folder already.
    await mkdir(path.join(outputDir, "pagefind"), { recursive: true });
    const lines: string[] = [];
    const indexer = new SearchIndexer({
      lang: "sv",
      outputDir,
      bundleId: "preview",
      log: (line) => lines.push(line),
    });
    indexer.update(() => content);
    await indexer.idle();
    assert.deepEqual(
      lines.filter((line) => !line.startsWith("Sökindexet är uppdaterat")),
      [],
    );
    assert.ok((await readdir(path.join(outputDir, "pagefind", "preview"))).includes("pagefind.js"));
    assert.match(lines.join("\n"), /^Sökindexet är uppdaterat \(\d/);
    assert.equal(existsSync(indexer.staging), false);
    // A second index, after the content changed, writes only the changed page's record.
    const [first, ...others] = content.pages;
    const edited = {
      ...content,
      pages: first ? [{ ...first, title: `${first.title} ny` }, ...others] : [],
    };
    const files = await readdir(indexer.recordsDir);
    const times = async () =>
      Promise.all(
        files.map(async (file) => (await stat(path.join(indexer.recordsDir, file))).mtimeMs),
      );
    const earlier = await times();
    indexer.update(() => edited);
    await indexer.idle();
    const later = await times();
    assert.equal(
      later.filter((time, i) => time !== earlier[i]).length,
      1,
      "one record written again",
    );
    await indexer.close();
    assert.equal(existsSync(indexer.recordsDir), false);

    const failing = new SearchIndexer({
      lang: "sv",
      outputDir,
      bundleId: "preview",
      log: (line) => lines.push(line),
      index: async () => {
        throw new Error("disken är full");
      },
    });
    failing.update(() => content);
    await failing.idle();
    assert.match(lines.at(-1) ?? "", /^Sökindexet kunde inte uppdateras: disken är full$/);
    await failing.close();
    await indexer.close();
  });
});
