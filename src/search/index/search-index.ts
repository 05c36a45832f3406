// Builds the Pagefind index, the last step of the build: the page records, in the site's language, indexed
// through Pagefind's parallel path (issue 12) into the build's own bundle folder (issue 21).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { close, createIndex } from "pagefind";
import { siteLanguage } from "../../config/config.ts";
import {
  pagefindIndexChunkSize,
  pagefindIndexOptions,
  type SearchBundle,
  type SearchRecord,
  searchBundleFolder,
} from "./search-bundle.ts";

/** Pagefind's ready-made UIs and highlighter: the site has its own, so they are not published. */
const unusedPagefindFiles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/**
 * A folder of records kept between indexes (the preview's): only the records that changed since
 * the last index are written, and those of pages gone are removed.
 */
export interface KeptRecords {
  dir: string;
  /** What each record file holds now. */
  written: Map<string, string>;
}

/** Writes `records` into the kept folder, as little as it takes. */
async function syncRecords(records: readonly SearchRecord[], kept: KeptRecords): Promise<void> {
  await mkdir(kept.dir, { recursive: true });
  const wanted = new Set(records.map((record) => record.file));
  const gone = [...kept.written.keys()].filter((file) => !wanted.has(file));
  await Promise.all(gone.map((file) => rm(path.join(kept.dir, file), { force: true })));
  for (const file of gone) kept.written.delete(file);
  const changed = records.filter((record) => kept.written.get(record.file) !== record.html);
  // Forgotten first: a write that fails half-way is written again next time.
  for (const record of changed) kept.written.delete(record.file);
  await Promise.all(
    changed.map((record) => writeFile(path.join(kept.dir, record.file), record.html)),
  );
  for (const record of changed) kept.written.set(record.file, record.html);
}

/**
 * Indexes `records` in the site's language into the bundle's folder under `siteDir`, which it
 * returns. `lang` defaults to the configured language only for callers that do not pass the
 * configuration yet (the preview's indexer).
 */
export async function indexForSearch(
  siteDir: string,
  records: readonly SearchRecord[],
  bundle: Pick<SearchBundle, "id">,
  lang: string = siteLanguage,
  kept?: KeptRecords,
): Promise<string> {
  // Pagefind's service handles `addHTMLFile` one message at a time, on one thread; `addDirectory`
  // parses files in parallel, so the records go through files in a folder of their own.
  const recordsDir = kept?.dir ?? (await mkdtemp(path.join(tmpdir(), "fk-search-records-")));
  const outputPath = path.join(siteDir, searchBundleFolder(bundle));
  try {
    if (kept) await syncRecords(records, kept);
    else
      await Promise.all(
        records.map((record) => writeFile(path.join(recordsDir, record.file), record.html)),
      );
    // Pagefind's service inherits the environment when it starts (on the first createIndex).
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(pagefindIndexChunkSize);
    const { index, errors } = await createIndex(pagefindIndexOptions(lang));
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: recordsDir });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not index the search records: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  } finally {
    // The Pagefind service is a child process: left running, it would keep the build alive.
    await close();
    if (!kept) await rm(recordsDir, { recursive: true, force: true });
  }
  await Promise.all(unusedPagefindFiles.map((file) => rm(path.join(outputPath, file))));
  return outputPath;
}

/**
 * Stops Pagefind's service, also in the middle of an index (the preview's close): a running
 * `indexForSearch` then fails with "Pagefind backend closed" instead of writing on.
 */
export async function stopIndexing(): Promise<void> {
  await close();
}
