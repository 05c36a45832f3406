// How a file of the site gets its .br and .gz copies, and the cache that keeps them, so that
// servers send them as they are (nginx's gzip_static and brotli_static) instead of compressing on
// every request, and with brotli, which nginx cannot do on the fly without a module. Same input,
// same bytes. Which files of a built site, and when: site-compression.ts.
import { existsSync } from "node:fs";
import { copyFile, link, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import {
  diskCacheModule,
  inputsKey,
  markUsed,
  pruneEntries,
  writeAtomic,
} from "../cache/disk-cache.mjs";

/** Files sent as text: pages, styles, scripts, data and Pagefind's uncompressed files. */
export const textExtensions = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".xml",
  ".svg",
  ".txt",
  ".webmanifest",
]);

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * From this size on a file gets brotli quality 4: only Decap CMS's 5.2 MB script, which editors
 * alone download. Quality 4 took 85 ms of CPU where 5 took 220 ms (best of 3; all of Decap's files
 * about 1 s), for a copy 8 % larger (1.41 MB against 1.30 MB).
 */
export const largeFileBytes = 1024 * 1024;

/**
 * Brotli as the build writes it. The files every visitor downloads and caches (the styles and
 * scripts in assets/, a handful) get the highest quality; the rest (pages, of which a large site
 * has hundreds, and Pagefind's scripts, 45 kB each at 0.3 s apiece at quality 11) get quality 5
 * with a window fitted to the file. Measured on the 26 kB FAQ page (busy 2-core machine): 5.7 kB
 * in 2.7 ms; quality 9 is 0.5 % smaller in 8.6 ms, quality 11 7 % smaller in 150 ms; gzip -9
 * 6.1 kB. Over 10,200 questions (616 files) writing both copies cost 3 s of CPU at quality 9.
 */
export function brotliBytes(body: Buffer, shared: boolean): Promise<Buffer> {
  const window = Math.min(22, Math.max(16, Math.ceil(Math.log2(body.length + 1))));
  const quality = shared
    ? zlib.constants.BROTLI_MAX_QUALITY
    : body.length >= largeFileBytes
      ? 4
      : 5;
  return brotliCompress(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_LGWIN]: window,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** gzip as the build writes it: level 9; Node writes no file name and a zero time stamp. */
export function gzipBytes(body: Buffer): Promise<Buffer> {
  return gzip(body, { level: 9 });
}

export interface PrecompressSummary {
  /** Text files found. */
  files: number;
  /** Files given a .br and a .gz; the rest are so small that compressing makes them larger. */
  compressed: number;
}

/** True for the site's own styles and scripts (assets/), which every page shares. */
export function isSharedFile(relativePath: string): boolean {
  return /^assets\//.test(relativePath) && /\.(css|m?js)$/.test(relativePath);
}

/**
 * Where compressed copies are kept by the hash of what they were made from (git-ignored): most
 * files of a build are the same as last time (Decap CMS's 9 MB in admin/, Pagefind's scripts, the
 * assets), and compressing them again was about 1 s of a 2.5 s cold build of the real site.
 */
export const defaultCompressCache = ".cache/precompress";

/**
 * How many copies the cache keeps in each of its 256 folders (a .br and a .gz per file): about
 * 40,000 files, a few builds of the 10,200-question site; those linked or written last stay.
 */
const keptPerFolder = 160;

/** A file's two compressed copies. */
interface Copies {
  br: Buffer;
  gz: Buffer;
}

/**
 * Both copies of `body`, or null when either is not smaller: a server sends a .gz or .br whenever
 * it exists, so none is written (or cached) that does not help.
 */
async function copiesOf(body: Buffer, shared: boolean): Promise<Copies | null> {
  const [br, gz] = await Promise.all([brotliBytes(body, shared), gzipBytes(body)]);
  return br.length < body.length && gz.length < body.length ? { br, gz } : null;
}

/**
 * Gives `target` a cached copy: a hard link (the cache and the site are usually on one file
 * system, and nothing writes into a built site), else a copy. False when it is not cached.
 */
async function linkCached(cachedFile: string, target: string): Promise<boolean> {
  try {
    await link(cachedFile, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    await copyFile(cachedFile, target);
    return true;
  }
}

/** Where a run of `precompressSite` keeps copies, and what it wrote there. */
export interface CopyCache {
  dir: string;
  /** A key of the code and libraries that compress: copies of other code are not taken. */
  code: string;
  /** The cache's folders this run wrote into: only these can have grown past their share. */
  grown: Set<string>;
}

/** The cache of this code in `dir`. */
export async function openCopyCache(dir: string): Promise<CopyCache> {
  const code = await inputsKey({
    strings: [process.versions.zlib, process.versions.brotli ?? ""],
    files: ["src/publishing/precompress.ts", diskCacheModule],
  });
  return { dir, code, grown: new Set() };
}

/** Keeps a file's copies in the cache under `cached`, each written atomically. */
async function keepCopies(cache: CopyCache, cached: string, { br, gz }: Copies): Promise<void> {
  await writeAtomic(`${cached}.br`, br);
  await writeAtomic(`${cached}.gz`, gz);
  cache.grown.add(path.dirname(cached));
}

/** Where the cache keeps the copies of `body` (add ".br" or ".gz"). */
async function entryOf(cache: CopyCache, body: Buffer, shared: boolean): Promise<string> {
  // "sent": the cache holds only copies worth sending (caches of before kept every copy).
  const key = await inputsKey({
    strings: [shared ? "sent shared" : "sent page", cache.code, body],
  });
  return path.join(cache.dir, key.slice(0, 2), key);
}

/**
 * Runs jobs a few at a time, the rest in the order they came: zlib's asynchronous calls run on
 * libuv's pool of four threads, and each waiting call would hold its file and a compressor's state
 * (a build whose 600 pages were not cached, each started at once, peaked at 442–455 MB instead of
 * 320–326 MB).
 */
export class Turns {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(private readonly size = 4) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.#running < this.size) this.#running++;
    // A finished job hands its place straight to the first waiting one.
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      return await job();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }
}

/**
 * Puts the copies of files that will be in the site (not shared assets) into the cache now, so
 * that `precompressSite` links them later: the build compresses Decap CMS's 6 MB, known before
 * anything is rendered, while Eleventy renders, instead of after it (most of a fresh clone's
 * first build). Same bytes as `precompressSite` would write.
 */
export async function precompressAhead(
  files: string[],
  cacheDir: string = defaultCompressCache,
): Promise<void> {
  const cache = await openCopyCache(cacheDir);
  // The largest first: Decap's 5 MB script is most of the work, and, started after its 95 small
  // chunks (its name sorts last), it was the last to finish.
  const sizes = new Map(
    await Promise.all(files.map(async (file) => [file, (await stat(file)).size] as const)),
  );
  const largestFirst = [...files].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
  const turns = new Turns();
  await Promise.all(
    largestFirst.map((file) =>
      turns.run(async () => {
        const body = await readFile(file);
        const cached = await entryOf(cache, body, false);
        if (existsSync(`${cached}.gz`) && existsSync(`${cached}.br`)) return;
        const copies = await copiesOf(body, false);
        if (copies) await keepCopies(cache, cached, copies);
      }),
    ),
  );
  await pruneGrown(cache);
}

/**
 * Prunes the cache's folders this run wrote into since the last pruning: only these can have grown
 * past their share (the build finishes a site in two calls, which would otherwise both prune them).
 */
export async function pruneGrown(cache: CopyCache): Promise<void> {
  for (const folder of cache.grown) {
    cache.grown.delete(folder);
    await pruneEntries(folder, keptPerFolder);
  }
}

/** Gives `target` its .br and .gz copies of `body`; false when compressing would not make it smaller. */
export async function compressBody(
  target: string,
  body: Buffer,
  shared: boolean,
  cache: CopyCache | null,
): Promise<boolean> {
  const cached = cache && (await entryOf(cache, body, shared));
  // Only copies worth sending are cached (below), so a cached .br always has its .gz.
  if (cached && (await linkCached(`${cached}.br`, `${target}.br`))) {
    if (await linkCached(`${cached}.gz`, `${target}.gz`)) {
      // Used now: pruning keeps the copies of the builds made last.
      await Promise.all([markUsed(`${cached}.br`), markUsed(`${cached}.gz`)]);
      return true;
    }
    await rm(`${target}.br`, { force: true });
  }
  const copies = await copiesOf(body, shared);
  if (!copies) return false;
  if (cached && cache) await keepCopies(cache, cached, copies);
  await Promise.all([writeFile(`${target}.br`, copies.br), writeFile(`${target}.gz`, copies.gz)]);
  return true;
}
