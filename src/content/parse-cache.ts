// Parsing a content file's front matter and rendering its Markdown depend only on its name, its
// text and this code, and are most of what loading costs (about 2.5 s of CPU for 10,200
// questions). A build keeps the results in .cache/content/ and takes them from there for every
// file whose text did not change; validation, which depends on the date and the other files,
// always runs. The cache is named by a hash of the code that parses, so a change to it (or to the
// parsers' versions) starts a new one.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { MarkdownIt } from "markdown-it";
import { type ParsedFile, parseFrontMatter } from "./front-matter.ts";
import { type RenderedMarkdown, renderMarkdown } from "./render-markdown.ts";

export interface ParsedContentFile {
  parsed: ParsedFile;
  rendered: RenderedMarkdown;
}

/** Where the build keeps parsed content files (git-ignored). */
export const defaultParseCache = ".cache/content";

/**
 * How many content folders keep a cache: the ones saved last. Tests build many temporary folders,
 * whose caches would otherwise pile up.
 */
const keptContentFolders = 8;

/** The folder of this file in the source tree, whose modules do the parsing. */
function contentCodeDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Bundled into a command (scripts/run-cached.mjs), this module no longer sits in src/content/.
  return path.basename(here) === "content" ? here : path.resolve("src/content");
}

/** A hash of the code that parses and renders (src/content/, src/shared/) and of the lock file. */
async function codeVersion(): Promise<string> {
  const hash = createHash("sha256");
  const folders = [contentCodeDir(), path.resolve(contentCodeDir(), "../shared")];
  const files = ["package-lock.json"];
  for (const folder of folders) {
    for (const name of (await readdir(folder)).sort()) {
      if (name.endsWith(".ts")) files.push(path.join(folder, name));
    }
  }
  for (const file of files) {
    hash
      .update(path.basename(file))
      .update("\0")
      .update(await readFile(file).catch(() => ""))
      .update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

export class ParseCache {
  readonly #file: string | null;
  readonly #kept: Map<string, ParsedContentFile>;
  /** What this build parsed or took: the next cache holds these, so removed files drop out. */
  readonly #used = new Map<string, ParsedContentFile>();
  #added = 0;

  private constructor(file: string | null, kept: Map<string, ParsedContentFile>) {
    this.#file = file;
    this.#kept = kept;
  }

  /** A cache that keeps nothing: every file is parsed (tests, and the default). */
  static none(): ParseCache {
    return new ParseCache(null, new Map());
  }

  /**
   * The cache of the content folder `root` for the current code, in a folder of its own under
   * `cacheRoot` (the tests' fixtures and content/ keep one each); empty when there is none.
   */
  static async open(root: string, cacheRoot = defaultParseCache): Promise<ParseCache> {
    const rootKey = createHash("sha256").update(path.resolve(root)).digest("hex").slice(0, 16);
    const file = path.join(cacheRoot, rootKey, `${await codeVersion()}.bin`);
    const kept = await readFile(file).then(
      (bytes) => deserialize(bytes) as Map<string, ParsedContentFile>,
      () => new Map<string, ParsedContentFile>(),
    );
    return new ParseCache(file, kept instanceof Map ? kept : new Map());
  }

  /**
   * The file's front matter and rendered Markdown, parsed now or taken from the cache. The result
   * may be the cache's own: loading reads it and builds new values, never changes it.
   */
  parse(md: MarkdownIt, name: string, text: string): ParsedContentFile {
    const key = this.#file === null ? "" : keyOf(name, text);
    const kept = this.#used.get(key) ?? this.#kept.get(key);
    if (kept) {
      this.#used.set(key, kept);
      return kept;
    }
    const parsed = parseFrontMatter(name, text);
    const result = { parsed, rendered: renderMarkdown(md, name, parsed.body, parsed.bodyLine) };
    if (this.#file !== null) {
      this.#used.set(key, result);
      this.#added++;
    }
    return result;
  }

  /** Writes what this build used, when it differs from what was kept; older caches go. */
  async save(): Promise<void> {
    if (this.#file === null) return;
    if (this.#added === 0 && this.#used.size === this.#kept.size) return;
    const dir = path.dirname(this.#file);
    await mkdir(dir, { recursive: true });
    // Written beside and renamed: a build running at the same time never reads half a cache.
    const partial = `${this.#file}.${process.pid}.tmp`;
    await writeFile(partial, serialize(this.#used));
    await rename(partial, this.#file);
    for (const name of await readdir(dir)) {
      if (name.endsWith(".bin") && name !== path.basename(this.#file)) {
        await rm(path.join(dir, name), { force: true });
      }
    }
    await forgetOldFolders(path.dirname(dir));
  }
}

/** Removes the caches of all but the content folders saved last. */
async function forgetOldFolders(cacheRoot: string): Promise<void> {
  const folders = await Promise.all(
    (await readdir(cacheRoot)).map(async (name) => {
      const folder = path.join(cacheRoot, name);
      return { folder, saved: (await stat(folder).catch(() => null))?.mtimeMs ?? 0 };
    }),
  );
  folders.sort((a, b) => b.saved - a.saved);
  for (const { folder } of folders.slice(keptContentFolders)) {
    await rm(folder, { recursive: true, force: true });
  }
}

function keyOf(name: string, text: string): string {
  return createHash("sha256").update(name).update("\0").update(text).digest("base64");
}
