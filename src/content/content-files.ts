// Lists the content folders and reports files an editor put where the site will not publish them.
import { isUtf8 } from "node:buffer";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { problem } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { suggestFileName } from "./suggestions.ts";

export interface FolderListing {
  folders: string[];
  files: string[];
}

/** How a content file is named in problems: relative to the project, or absolute outside it. */
export function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return path.resolve(file);
  return relative.split(path.sep).join("/");
}

/** The offset of the first byte in `bytes` that is not part of valid UTF-8 (binary search). */
function firstInvalidByte(bytes: Uint8Array): number {
  const validUpTo = (end: number) => {
    try {
      // "stream" leaves a sequence cut at `end` pending instead of calling it invalid.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let [low, high] = [0, bytes.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (validUpTo(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

// Files are read synchronously, one after the other: for thousands of small files this is several
// times faster than fs/promises (one thread-pool round trip instead of four per file) and keeps
// only one file's text in memory at a time.
/**
 * The largest content file read, in bytes. The longest answers are a few kB; a file far past this
 * is pasted data, and Markdown takes seconds on it (a 100 kB line of "[" takes 1.6 s, more on a busy machine).
 */
export const maxFileBytes = 50_000;

/**
 * A content file's text, or the problem that its bytes are not UTF-8; null when it does not exist.
 * A byte order mark is dropped. Decoding is strict: a file saved as Latin-1 or Windows-1252 would
 * otherwise build and show "�" where å, ä and ö were (issue 14).
 */
export function readContentFile(file: string): { text: string } | { problem: Problem } | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.length > maxFileBytes) {
    return {
      problem: problem("file-too-large", {
        file: displayName(file),
        kb: Math.ceil(bytes.length / 1000),
        max: maxFileBytes / 1000,
      }),
    };
  }
  // Checked without decoding (a third of the time of a strict decoder at 10,800 files); only a
  // file that fails is decoded strictly, to find the line of its first bad byte.
  if (isUtf8(bytes)) {
    const byteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { text: bytes.toString("utf8", byteOrderMark ? 3 : 0) };
  }
  const offset = firstInvalidByte(bytes);
  const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  return { problem: problem("not-utf8", { file: displayName(file), line }) };
}

/** The sub-folders and files of `folder`, sorted; hidden entries (.DS_Store, .gitkeep) skipped. */
export async function listFolder(folder: string): Promise<FolderListing> {
  const entries = readdirSync(folder, { withFileTypes: true }).filter(
    (entry) => !entry.name.startsWith("."),
  );
  const names = (keep: (entry: (typeof entries)[number]) => boolean) =>
    entries
      .filter(keep)
      .map((entry) => entry.name)
      .sort();
  return { folders: names((e) => e.isDirectory()), files: names((e) => !e.isDirectory()) };
}

/** The search synonyms (citizens' words → the site's words), at the top of the content folder. */
export const synonymsFile = "sokord.yml";

/** Files directly in content/ that are not pages: the guide, contact data, word list, synonyms. */
export const rootFiles = ["README.md", "kontakt.yml", "ordlista.txt", synonymsFile];

/** Files directly in content/: only the guide, the contact data, the word list and the synonyms. */
export function checkRootFiles(root: string, files: string[]): Problem[] {
  return files
    .filter((name) => !rootFiles.includes(name))
    .map((name) =>
      problem("file-outside-page", {
        file: displayName(path.join(root, name)),
        allowed: rootFiles,
      }),
    );
}

/** Files in a page folder besides index.md: questions belong in a section folder. */
export function checkPageFiles(folder: string, files: string[], sectionIds: string[]): Problem[] {
  return files
    .filter((name) => name !== "index.md")
    .map((name) => {
      const file = displayName(path.join(folder, name));
      return name.endsWith(".md")
        ? problem("question-in-page-folder", {
            file,
            sections: sectionIds,
            folder: displayName(folder),
            name,
          })
        : problem("stray-file-in-page", { file });
    });
}

/** Entries of a section folder that are not question files. */
export function checkSectionEntries(folder: string, listing: FolderListing): Problem[] {
  const section = displayName(folder);
  const problems: Problem[] = listing.folders.map((name) =>
    problem("folder-in-section", { file: displayName(path.join(folder, name)), section }),
  );
  for (const name of listing.files.filter((name) => !name.endsWith(".md"))) {
    const file = displayName(path.join(folder, name));
    const meant = suggestFileName(name);
    problems.push(
      /\.(md|markdown|txt)$/i.test(name)
        ? problem("wrong-extension", { file, ...(meant ? { meant } : {}) })
        : problem("not-markdown-file", { file }),
    );
  }
  return problems;
}
