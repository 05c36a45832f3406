// Reads an earlier deploy's site, a folder (a host's cache, nginx's live release) or its public
// URL (GitHub Pages), for the carry-over: its manifest of deploys and the hashed files it lists.
import { copyFile, link, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Writes `target` whole or not at all: an interrupted run never leaves a truncated immutable file. */
async function writeWhole(
  target: string,
  write: (partial: string) => Promise<void>,
): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.carry-${process.pid}.tmp`;
  try {
    await write(partial);
    await rename(partial, target);
  } finally {
    await rm(partial, { force: true });
  }
}

export interface EarlierSite {
  /** Where it is, for log lines. */
  label: string;
  /** The text of its deploys.json, or null when it has none. */
  manifestText(name: string): Promise<string | null>;
  /** Writes its file `relative` to `target`; false when it does not have that file. */
  fetchFile(relative: string, target: string): Promise<boolean>;
}

/** A folder on this machine; with `hardLinks`, files are linked rather than copied (nginx releases on one disk). */
export function folderSite(folder: string, hardLinks = false): EarlierSite {
  const root = path.resolve(folder);
  return {
    label: root,
    async manifestText(name) {
      return readFile(path.join(root, name), "utf8").catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
        throw error;
      });
    },
    async fetchFile(relative, target) {
      const source = path.join(root, relative);
      try {
        await writeWhole(target, (partial) =>
          hardLinks
            ? link(source, partial).catch(() => copyFile(source, partial))
            : copyFile(source, partial),
        );
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
        throw error;
      }
    },
  };
}

const attempts = 3;

/**
 * GET with a retry for what is usually passing (network errors, 5xx). `identity` asks for the
 * bytes as stored: a .gz or Pagefind fragment must not come back decompressed by a server that
 * labels it Content-Encoding: gzip.
 */
async function get(url: URL): Promise<Response> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
      if (response.status < 500) return response;
      lastError = new Error(`HTTP ${response.status}`);
      await response.body?.cancel();
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
  throw new Error(`${url.href} could not be read after ${attempts} tries: ${String(lastError)}`);
}

/** The published site at `base`; a 404 means the file is not there, any other failure throws. */
export function urlSite(base: string): EarlierSite {
  const root = new URL(base.endsWith("/") ? base : `${base}/`);
  return {
    label: root.href,
    async manifestText(name) {
      // A unique query passes the CDN's cached copy: GitHub Pages caches for 10 minutes, and a
      // stale manifest would forget the deploy published just before.
      const url = new URL(name, root);
      url.searchParams.set("carry-over", String(Date.now()));
      const response = await get(url);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${url.href} answered HTTP ${response.status}`);
      return response.text();
    },
    async fetchFile(relative, target) {
      const url = new URL(relative.split("/").map(encodeURIComponent).join("/"), root);
      const response = await get(url);
      if (response.status === 404) return false;
      if (!response.ok) throw new Error(`${url.href} answered HTTP ${response.status}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      await writeWhole(target, (partial) => writeFile(partial, bytes));
      return true;
    },
  };
}

/** A folder path or an http(s) URL. */
export function earlierSiteFrom(from: string, options: { hardLinks?: boolean } = {}): EarlierSite {
  return /^https?:\/\//.test(from) ? urlSite(from) : folderSite(from, options.hardLinks);
}
