// Builds the Pagefind index: the page records, in the site's language, into the build's own bundle
// folder (issue 21); the build streams them in as the content loads (`SearchIndexStream`).
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { close, createIndex } from "pagefind";
import { siteLanguage } from "../../config/config.ts";
import {
  bundleIdHash,
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

/** Pagefind's index in the site's language, its service started (on the first call). */
async function openIndex(lang: string) {
  // Pagefind's service inherits the environment when it starts (on the first createIndex).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(pagefindIndexChunkSize);
  const { index, errors } = await createIndex(pagefindIndexOptions(lang));
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  return index;
}

type PagefindIndex = Awaited<ReturnType<typeof openIndex>>;

/** Writes the index into the bundle's folder under `siteDir`, without Pagefind's own UIs. */
async function writeIndex(
  index: PagefindIndex,
  siteDir: string,
  bundle: Pick<SearchBundle, "id">,
): Promise<string> {
  const outputPath = path.join(siteDir, searchBundleFolder(bundle));
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  await Promise.all(unusedPagefindFiles.map((file) => rm(path.join(outputPath, file))));
  return outputPath;
}

/**
 * A Pagefind index fed one record at a time, while the build goes on: Pagefind (its own process,
 * the second core) parses each page's record as soon as that page is loaded, instead of all of
 * them after the whole content (about 2 s of its CPU at 10,200 questions). Pagefind numbers pages
 * in the order they are added, so the records go in one fixed order (the content's pages) and the
 * index is the same on every machine (a folder's listing order is the file system's own).
 */
export class SearchIndexStream {
  readonly #index: Promise<PagefindIndex>;
  readonly #added: Promise<string[]>[] = [];
  /** The bundle's id is a hash of the records, made as they pass (none is kept). */
  readonly #id: ReturnType<typeof bundleIdHash>;

  constructor(lang: string) {
    this.#id = bundleIdHash(lang);
    this.#index = openIndex(lang);
    // Reported by `write`; until then, a failed start must not be an unhandled rejection.
    this.#index.catch(() => {});
  }

  /** Hands Pagefind the next record. */
  add(record: SearchRecord): void {
    this.#id.add(record);
    const added = this.#index
      .then((index) => index.addHTMLFile({ sourcePath: record.file, content: record.html }))
      .then((result) => result.errors);
    added.catch(() => {});
    this.#added.push(added);
  }

  /** The id of the bundle of the records added (see search-bundle.ts); none may be added after. */
  bundleId(): string {
    return this.#id.id();
  }

  /** Writes the index of every record added into the bundle's folder under `siteDir`. */
  async write(siteDir: string, bundle: Pick<SearchBundle, "id">): Promise<string> {
    try {
      const index = await this.#index;
      const errors = (await Promise.all(this.#added)).flat();
      if (errors.length > 0) {
        throw new Error(`Pagefind could not index the search records: ${errors.join("; ")}`);
      }
      return await writeIndex(index, siteDir, bundle);
    } finally {
      // The Pagefind service is a child process: left running, it would keep the build alive.
      await close();
    }
  }

  /** Stops Pagefind without writing (the content has problems, or the build failed). */
  async abandon(): Promise<void> {
    await close();
  }
}

/**
 * Indexes `records` in the site's language, in their order, into the bundle's folder under
 * `siteDir`, which it returns. `lang` defaults to the configured language only for callers that do
 * not pass the configuration yet (the preview's indexer). With `kept` (the preview's), Pagefind
 * reads the records from that folder, where only those that changed are written again.
 */
export async function indexForSearch(
  siteDir: string,
  records: readonly SearchRecord[],
  bundle: Pick<SearchBundle, "id">,
  lang: string = siteLanguage,
  kept?: KeptRecords,
): Promise<string> {
  if (!kept) {
    const stream = new SearchIndexStream(lang);
    for (const record of records) stream.add(record);
    return stream.write(siteDir, bundle);
  }
  try {
    await syncRecords(records, kept);
    const index = await openIndex(lang);
    const added = await index.addDirectory({ path: kept.dir });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not index the search records: ${added.errors.join("; ")}`);
    }
    return await writeIndex(index, siteDir, bundle);
  } finally {
    await close();
  }
}

/**
 * Stops Pagefind's service, also in the middle of an index (the preview's close): a running
 * `indexForSearch` then fails with "Pagefind backend closed" instead of writing on.
 */
export async function stopIndexing(): Promise<void> {
  await close();
}
