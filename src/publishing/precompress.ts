// Writes a .br and a .gz copy beside every text file of a built site, so that servers send them as
// they are (nginx's gzip_static and brotli_static) instead of compressing on every request, and
// with brotli, which nginx cannot do on the fly without a module. Same input, same bytes.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

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
 * Brotli as the build writes it. The files every visitor downloads and caches (the styles and
 * scripts in assets/, a handful) get the highest quality; the rest (pages, of which a large site
 * has hundreds, and Pagefind's scripts, 45 kB each at 0.3 s apiece at quality 11) get quality 5
 * with a window fitted to the file. Measured on the 26 kB FAQ page (busy 2-core machine): 5.7 kB
 * in 2.7 ms; quality 9 is 0.5 % smaller in 8.6 ms, quality 11 7 % smaller in 150 ms; gzip -9
 * 6.1 kB. Over 10,200 questions (616 files) writing both copies cost 3 s of CPU at quality 9.
 */
export function brotliBytes(body: Buffer, shared: boolean): Promise<Buffer> {
  const window = Math.min(22, Math.max(16, Math.ceil(Math.log2(body.length + 1))));
  return brotliCompress(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: shared ? zlib.constants.BROTLI_MAX_QUALITY : 5,
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

/** The .br and .gz of `body`, from the cache when the same bytes were compressed before. */
async function compressedCopies(body: Buffer, shared: boolean, cacheDir: string | null) {
  const key = createHash("sha256")
    .update(shared ? "shared\0" : "page\0")
    .update(body)
    .digest("hex");
  const cached = cacheDir && path.join(cacheDir, key.slice(0, 2), key);
  if (cached) {
    const copies = await Promise.all([readFile(`${cached}.br`), readFile(`${cached}.gz`)]).catch(
      () => null,
    );
    if (copies) return copies;
  }
  const copies = await Promise.all([brotliBytes(body, shared), gzipBytes(body)]);
  if (cached) {
    // Written beside and renamed, so a build running at the same time never reads half a file.
    await mkdir(path.dirname(cached), { recursive: true });
    for (const [ext, bytes] of [
      ["br", copies[0]],
      ["gz", copies[1]],
    ] as const) {
      const partial = `${cached}.${ext}.${process.pid}.tmp`;
      await writeFile(partial, bytes);
      await rename(partial, `${cached}.${ext}`);
    }
  }
  return copies;
}

async function compressFile(dir: string, file: string, cacheDir: string | null): Promise<boolean> {
  const body = await readFile(path.join(dir, file));
  const shared = isSharedFile(file.split(path.sep).join("/"));
  const [br, gz] = await compressedCopies(body, shared, cacheDir);
  // A server sends a .gz or .br whenever it exists, so none is written that is not smaller.
  if (br.length >= body.length || gz.length >= body.length) return false;
  const target = path.join(dir, file);
  await Promise.all([writeFile(`${target}.br`, br), writeFile(`${target}.gz`, gz)]);
  return true;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file under `dir`, taking the copies of
 * files compressed before from `cacheDir` (null: no cache).
 */
export async function precompressSite(
  dir: string,
  cacheDir: string | null = defaultCompressCache,
): Promise<PrecompressSummary> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && textExtensions.has(path.extname(entry.name)))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  // zlib's asynchronous calls run on libuv's thread pool (four threads); a few files at a time
  // keep it busy without holding every file in memory.
  let compressed = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      if (await compressFile(dir, file, cacheDir)) compressed++;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { files: files.length, compressed };
}
