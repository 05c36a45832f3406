// Gives every text file of a built site its .br and .gz copies (precompress.ts): the pages as
// Eleventy renders them, the rest once it is written, the CMS's folder once Decap's copies are made.
import { existsSync, mkdirSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  type CopyCache,
  compressBody,
  defaultCompressCache,
  isSharedFile,
  openCopyCache,
  type PrecompressSummary,
  pruneGrown,
  Turns,
  textExtensions,
} from "./precompress.ts";

const isTextFile = (file: string) => textExtensions.has(path.extname(file));
const sharedFile = (file: string) => isSharedFile(file.split(path.sep).join("/"));

/**
 * Which folders directly under a site's folder `precompressSite` compresses: all but `skip` (the
 * build compresses the search index when it is written), or `only` these (the CMS's, whose copies
 * the build makes ahead and links when they are ready).
 */
export type SiteFolders = { skip: string[] } | { only: string[] };

/**
 * The compression of one built site: pages handed over as they are rendered (`add`, their bytes
 * still in memory), then every other text file (`finish`). At 10,200 questions, compressing the
 * 600 pages after the render (mostly linking cached copies) was 0.3-0.4 s at the end of the build.
 */
export class SiteCompression {
  readonly #dir: string;
  readonly #cache: Promise<CopyCache | null>;
  /** The files handed over, relative to the site, and whether each was compressed. */
  readonly #added = new Map<string, Promise<boolean>>();
  /** One queue for the pages handed over and the files compressed by `finish`. */
  readonly #turns = new Turns();

  constructor(dir: string, cacheDir: string | null = defaultCompressCache) {
    this.#dir = dir;
    this.#cache = cacheDir === null ? Promise.resolve(null) : openCopyCache(cacheDir);
    // Awaited by `add` and `finish`; a build that fails before either must not leave it unhandled.
    this.#cache.catch(() => {});
  }

  /**
   * Compresses a file of the site that is being written with `body`. It starts on the next turn of
   * the event loop, when Eleventy (which writes synchronously once its transforms are done) has
   * made the file's folder; a folder still missing then is made here. A recursive mkdir for every
   * page instead cost about 0.18 s of the main thread at 10,200 questions.
   */
  add(file: string, body: string | Buffer): void {
    const relative = path.relative(this.#dir, path.resolve(this.#dir, file));
    if (!isTextFile(relative) || this.#added.has(relative)) return;
    const target = path.join(this.#dir, relative);
    const done = this.#turns.run(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      if (!existsSync(path.dirname(target))) mkdirSync(path.dirname(target), { recursive: true });
      return compressBody(target, Buffer.from(body), sharedFile(relative), await this.#cache);
    });
    // Awaited by `finish`; until then a failure must not be an unhandled rejection.
    done.catch(() => {});
    this.#added.set(relative, done);
  }

  /** Waits for the files handed over (a failed build removes the folder they are written into). */
  async settled(): Promise<void> {
    await Promise.allSettled(this.#added.values());
  }

  /**
   * Compresses every text file in `folders` of the site that was not handed over, and waits for
   * those that were. The build calls it twice: for the CMS's folder once Decap's copies are made,
   * and for the rest.
   */
  async finish(folders: SiteFolders = { skip: [] }): Promise<PrecompressSummary> {
    const chosen = (file: string) => {
      const top = file.split(path.sep)[0] as string;
      return "only" in folders ? folders.only.includes(top) : !folders.skip.includes(top);
    };
    const entries = await readdir(this.#dir, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile() && isTextFile(entry.name))
      .map((entry) => path.relative(this.#dir, path.join(entry.parentPath, entry.name)))
      .filter(chosen)
      .sort();
    const cache = await this.#cache;
    const added = [...this.#added].filter(([file]) => chosen(file));
    let compressed = 0;
    for (const done of await Promise.all(added.map(([, done]) => done))) if (done) compressed++;
    await Promise.all(
      files
        .filter((file) => !this.#added.has(file))
        .map((file) =>
          this.#turns.run(async () => {
            const target = path.join(this.#dir, file);
            if (await compressBody(target, await readFile(target), sharedFile(file), cache))
              compressed++;
          }),
        ),
    );
    if (cache) await pruneGrown(cache);
    return { files: files.length, compressed };
  }
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file under `dir` (in `folders`), taking the
 * copies of files compressed before from `cacheDir` (null: no cache).
 */
export function precompressSite(
  dir: string,
  cacheDir: string | null = defaultCompressCache,
  folders: SiteFolders = { skip: [] },
): Promise<PrecompressSummary> {
  return new SiteCompression(dir, cacheDir).finish(folders);
}
