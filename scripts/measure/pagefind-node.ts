// Runs a built site's own Pagefind runtime in Node, its files read from disk instead of fetched,
// with the options the search page uses, so the findability analysis (findability-causes.ts)
// searches as the browser does, without one: on the grown sets it gives the browser benchmark's
// figures in seconds instead of minutes.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pagefindOptions } from "../../src/components/search/pagefind-source.ts";
import { searchBundlesFolder } from "../../src/search/index/search-bundle.ts";
import type { PagefindHit } from "../../src/search/query/find-questions.ts";
import type { PagefindRecord } from "../../src/search/query/record-questions.ts";

export interface NodePagefind {
  /** Every page Pagefind finds for `term`, best first, as the search page receives them. */
  search(term: string): Promise<PagefindHit[]>;
  /** Every record of the index. */
  records(): Promise<PagefindRecord[]>;
  /**
   * Bytes of the bundle's files read so far, as stored (fragments and index chunks gzipped), by
   * the bundle's folder they are in (`fragment`, `index`, `filter`; "" for the runtime's own).
   */
  bytesRead(): ReadonlyMap<string, number>;
}

interface PagefindModule {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: PagefindHit[] } | null>;
}

/** The one bundle folder of a site built into a fresh folder (search-bundle.ts names it). */
async function bundleDir(siteDir: string): Promise<string> {
  const bundles = path.join(siteDir, searchBundlesFolder);
  const entries = await readdir(bundles, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory());
  if (folders.length !== 1 || !folders[0]) {
    throw new Error(
      `${bundles}: expected one Pagefind bundle folder, found ${folders.length}; build the site into an empty folder`,
    );
  }
  return path.join(bundles, folders[0].name);
}

/**
 * Loads the Pagefind runtime of the site built in `siteDir`; each `fresh` number an instance of
 * its own, with no index chunk loaded, as a citizen's first query finds it. Node's fetch cannot read files, so
 * `fetch` is replaced for file addresses for the life of the process: for measurement only.
 */
export async function loadPagefind(siteDir: string, fresh = 0): Promise<NodePagefind> {
  const dir = await bundleDir(siteDir);
  const base = pathToFileURL(`${dir}/`);
  const networkFetch = globalThis.fetch;
  const bytes = new Map<string, number>();
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), base);
    if (url.protocol !== "file:") return networkFetch(input, init);
    const file = fileURLToPath(url);
    const body = await readFile(file);
    const folder = path.relative(dir, path.dirname(file)).split(path.sep)[0] ?? "";
    bytes.set(folder, (bytes.get(folder) ?? 0) + body.length);
    return new Response(body);
  }) as typeof fetch;
  // A fresh instance, none of whose index chunks is loaded yet, is another module address.
  const runtime = pathToFileURL(path.join(dir, "pagefind.js"));
  if (fresh > 0) runtime.search = `?instance=${fresh}`;
  const pagefind = (await import(runtime.href)) as PagefindModule;
  // Node has no Worker, and the runtime warns of `noWorker` once past its own choice of one.
  const { noWorker: _, ...options } = pagefindOptions;
  await pagefind.options({ ...options, basePath: base.href });
  await pagefind.init();
  return {
    search: async (term) => (await pagefind.search(term))?.results ?? [],
    // A search for no term lists every page (Pagefind's filter-only search).
    records: async () =>
      Promise.all(((await pagefind.search(null))?.results ?? []).map((hit) => hit.data())),
    bytesRead: () => bytes,
  };
}
