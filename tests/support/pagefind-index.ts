// Reads a built Pagefind index without a browser. Every record is one fragment file,
// pagefind/<bundle>/fragment/*.pf_fragment: gzip, and inside it the ASCII signature "pagefind_dcd" followed
// by JSON with the record's url, indexed text, meta and anchors (checked on Pagefind 1.6.0).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";

const signature = "pagefind_dcd";

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  /** Headings with an id inside the record: Pagefind's sub-results. */
  anchors: { id: string; text: string }[];
}

/** The folder of the build's own Pagefind bundle, as its /search-entry.json names it (issue 21). */
export async function searchBundleDir(siteDir: string): Promise<string> {
  const entry = JSON.parse(await readFile(path.join(siteDir, "search-entry.json"), "utf8"));
  return path.join(siteDir, path.dirname(entry.pagefind));
}

export async function readFragments(siteDir: string): Promise<PagefindFragment[]> {
  const folder = path.join(await searchBundleDir(siteDir), "fragment");
  const files = (await readdir(folder)).filter((name) => name.endsWith(".pf_fragment")).sort();
  return Promise.all(
    files.map(async (name) => {
      const bytes = gunzipSync(await readFile(path.join(folder, name)));
      const head = bytes.subarray(0, signature.length).toString("latin1");
      if (head !== signature) throw new Error(`${name} does not start with "${signature}"`);
      return JSON.parse(bytes.subarray(signature.length).toString("utf8")) as PagefindFragment;
    }),
  );
}

/**
 * Whether a record leads to `/<page>/#<anchor>`: as its own URL (one record per question), or as
 * one of its sub-results (a record per page or section, the question a heading inside it). The
 * record's address is its "url" meta when it has one, as in the results Pagefind returns.
 */
export function leadsTo(fragment: PagefindFragment, pageUrl: string, anchor: string): boolean {
  const [filePath, hash] = fragment.url.split("#", 2);
  // A "url" meta replaces the record's file address in results (Pagefind's documented override).
  const urlPath = fragment.meta.url ?? filePath;
  if (urlPath !== pageUrl) return false;
  return hash === anchor || fragment.anchors.some((a) => a.id === anchor);
}

const words = (text: string) => text.replace(/\s+/g, " ").trim();

/** Whether `text` is in the record's indexed content, its meta or its sub-results' headings. */
export function mentions(fragment: PagefindFragment, text: string): boolean {
  const wanted = words(text);
  return [fragment.content, ...Object.values(fragment.meta), ...fragment.anchors.map((a) => a.text)]
    .map(words)
    .some((field) => field.includes(wanted));
}
