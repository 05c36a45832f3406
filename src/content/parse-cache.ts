// Parsing a content file's front matter and rendering its Markdown depend only on its name, its
// text and the code that parses, and are most of what loading costs (about 2.5 s of CPU for 10,200
// questions). A build keeps the results in .cache/content/ and takes them from there for every
// file whose text did not change; validation, which depends on the date and the other files,
// always runs. The cache is named by a key of that code (`parserModules`), so a change to it (or
// to the parsers' versions) starts a new one, and a change to anything else keeps it.
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { MarkdownIt } from "markdown-it";
import {
  diskCacheModule,
  inputsKey,
  markUsed,
  pruneEntries,
  writeAtomicSync,
} from "../cache/disk-cache.mjs";
import { type ParsedFile, parseFrontMatter } from "./front-matter.ts";
import { type RenderedMarkdown, renderMarkdown } from "./render-markdown.ts";

export interface ParsedContentFile {
  /**
   * The front matter as parsed, without the Markdown (rendered below): only whether it is empty is
   * read, and the text was 5.5 MB of the cache's 19 MB at 10,200 questions, read back every build.
   */
  parsed: Omit<ParsedFile, "body"> & { bodyEmpty: boolean };
  rendered: RenderedMarkdown;
}

/** Where the build keeps parsed content files (git-ignored). */
export const defaultParseCache = ".cache/content";

/**
 * How many content folders keep a cache: the ones saved last. Tests build many temporary folders,
 * whose caches would otherwise pile up.
 */
const keptContentFolders = 8;

/**
 * The modules whose code decides what `parse` returns: this file, the parsers and every local
 * module they import (a test holds this list to the import graph), and the lock file that pins
 * markdown-it and yaml.
 */
export const parserModules = [
  "src/content/parse-cache.ts",
  "src/content/front-matter.ts",
  "src/content/flat-front-matter.ts",
  "src/content/render-markdown.ts",
  "src/content/markdown.ts",
  "src/content/links.ts",
  "src/content/messages.ts",
  "src/content/messages/entry.ts",
  "src/content/messages/guide.ts",
  "src/content/messages/front-matter-messages.ts",
  "src/content/messages/file-messages.ts",
  "src/content/messages/earlier-messages.ts",
  "src/content/messages/markdown-messages.ts",
  "src/content/messages/feedback-messages.ts",
  "src/content/messages/warning-messages.ts",
  "src/content/problems.ts",
  "src/content/suggestions.ts",
  "src/config/config.ts",
  "src/config/site-path.ts",
  "src/shared/escape-html.ts",
  "src/shared/fkui-icons.ts",
  "src/shared/swedish-months.ts",
  diskCacheModule,
];

/** The repository, where `parserModules` are; bundled into a command, this module is elsewhere. */
function repositoryRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.basename(here) === "content" ? path.resolve(here, "../..") : process.cwd();
}

/** A key of the code that parses and renders, and of the lock file. */
function codeVersion(): Promise<string> {
  const root = repositoryRoot();
  return inputsKey({
    files: [...parserModules, "package-lock.json"].map((file) => path.join(root, file)),
  });
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
    const rootKey = await inputsKey({ strings: [path.resolve(root)] });
    const file = path.join(cacheRoot, rootKey, `${await codeVersion()}.bin`);
    const kept = await readFile(file).then(
      (bytes) => deserialize(bytes) as Map<string, ParsedContentFile>,
      () => new Map<string, ParsedContentFile>(),
    );
    // Used now: pruning keeps the caches of the content folders built last.
    await markUsed(path.dirname(file));
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
    const { body, ...parsed } = parseFrontMatter(name, text);
    const result = {
      parsed: { ...parsed, bodyEmpty: body.trim() === "" },
      rendered: renderMarkdown(md, name, body, parsed.bodyLine),
    };
    if (this.#file !== null) {
      this.#used.set(key, result);
      this.#added++;
    }
    return result;
  }

  /**
   * Writes what this build used, when it differs from what was kept, and lets go of the parsed
   * files: loading is done with them, and kept they were tens of MB beside Eleventy's render. The
   * file is written before the first await, so its bytes are garbage at once (written in the
   * background, they lived through the render: 25 MB at 10,200 questions). Older caches go.
   */
  async save(): Promise<void> {
    if (this.#file === null) return;
    const changed = this.#added > 0 || this.#used.size !== this.#kept.size;
    if (changed) {
      mkdirSync(path.dirname(this.#file), { recursive: true });
      writeAtomicSync(this.#file, serialize(this.#used));
    }
    this.#used.clear();
    this.#kept.clear();
    this.#added = 0;
    if (!changed) return;
    const folder = path.dirname(this.#file);
    // The cache of earlier code is not read again; of the content folders (tests build many
    // temporary ones), those built last keep theirs.
    await pruneEntries(folder, 1, (name) => name.endsWith(".bin"));
    await pruneEntries(path.dirname(folder), keptContentFolders);
  }
}

function keyOf(name: string, text: string): string {
  return createHash("sha256").update(name).update("\0").update(text).digest("base64");
}
