// The preview's background search index: after a save, once the browser has reloaded, the newest
// content is indexed into a staging folder of its own and swapped in for the preview's one
// bundle (/pagefind/preview/); a save meanwhile asks for one more run. Closing stops Pagefind
// in the middle and removes the staging folder, so Ctrl+C ends without an error.
import { rm } from "node:fs/promises";
import path from "node:path";
import type { LoadedContent } from "../content/load-content.ts";
import { swapInto } from "../publishing/swap.ts";
import { searchBundleFolder, searchRecords } from "../search/index/search-bundle.ts";
import { indexForSearch, type KeptRecords, stopIndexing } from "../search/index/search-index.ts";
import { elapsed } from "./elapsed.ts";

export interface SearchIndexerOptions {
  outputDir: string;
  /** The preview's fixed bundle: its pages keep pointing at it while it is rebuilt. */
  bundleId: string;
  /** The site's language (config.site.lang), which Pagefind indexes in. */
  lang: string;
  log: (line: string) => void;
  /** Indexes into a site folder and returns the bundle's folder (tests give a stand-in). */
  index?: typeof indexForSearch;
  /** Stops an index in the middle. */
  stop?: () => Promise<void>;
}

export class SearchIndexer {
  readonly #options: Required<SearchIndexerOptions>;
  /** Where the index is written before it is swapped in. */
  readonly staging: string;
  /** The records Pagefind reads, kept between runs: a save rewrites its page's record only. */
  readonly #records: KeptRecords;

  /** The folder of the records Pagefind reads (removed on close). */
  get recordsDir(): string {
    return this.#records.dir;
  }
  #running: Promise<void> | null = null;
  #wanted = false;
  #closed = false;
  /** Whether a whole build holds Pagefind (`whileHeld`). */
  #held = false;
  /** The content of the latest `update`: what each index, and one after a hold, writes. */
  #current: (() => LoadedContent | null) | null = null;

  constructor(options: SearchIndexerOptions) {
    this.#options = { index: indexForSearch, stop: stopIndexing, ...options };
    this.staging = `${options.outputDir}.search-${process.pid}`;
    this.#records = { dir: `${this.staging}-records`, written: new Map() };
  }

  /** Indexes the content `current` gives (null while it has problems), now or after this run. */
  update(current: () => LoadedContent | null): void {
    if (this.#closed) return;
    this.#wanted = true;
    this.#current = current;
    // While a whole build holds Pagefind, the index waits for it (see `whileHeld`).
    if (this.#held) return;
    this.#running ??= this.#run().finally(() => {
      this.#running = null;
    });
  }

  /** Resolves when no index is being written. */
  async idle(): Promise<void> {
    await this.#running;
  }

  /**
   * Runs `work` (a whole build, which indexes with Pagefind itself) once no index is being
   * written, and starts none until it has finished: Pagefind's Node API runs one service per
   * process, and two indexes at once fail. An index asked for meanwhile runs afterwards.
   */
  async whileHeld<T>(work: () => Promise<T>): Promise<T> {
    this.#held = true;
    try {
      await this.#running;
      return await work();
    } finally {
      this.#held = false;
      if (this.#wanted && this.#current) this.update(this.#current);
    }
  }

  /** Stops the index being written, if any, and leaves no staging folder behind. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#wanted = false;
    if (this.#running) {
      await this.#options.stop();
      await this.#running;
    }
    // Pagefind's process may still be finishing a write when it is stopped: rm retries then.
    for (const folder of [this.staging, this.#records.dir])
      await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  }

  /** Indexes until no newer content is wanted, each time the content the latest `update` gave. */
  async #run(): Promise<void> {
    const { outputDir, bundleId, lang, log, index } = this.#options;
    const bundle = { id: bundleId };
    while (this.#wanted && !this.#closed) {
      this.#wanted = false;
      const content = this.#current?.() ?? null;
      if (!content) return;
      const startedAt = performance.now();
      try {
        const records = searchRecords(content, lang);
        const folder = await index(this.staging, records, bundle, lang, this.#records);
        if (this.#closed) return;
        await swapInto(folder, path.join(outputDir, searchBundleFolder(bundle)));
        log(`Sökindexet är uppdaterat (${elapsed(startedAt)}).`);
      } catch (error) {
        // Stopped by close: nothing to say, the preview is ending.
        if (this.#closed) return;
        log(`Sökindexet kunde inte uppdateras: ${error instanceof Error ? error.message : error}`);
      } finally {
        if (!this.#closed) await rm(this.staging, { recursive: true, force: true });
      }
    }
  }
}
