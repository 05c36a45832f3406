// The content files an editor's change added or altered against a base version, so reports and
// the pull-request comment show the warnings of those files and not the site's old ones.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { displayName } from "../content/content-files.ts";

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

function contentOf(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * The files of `currentDir` that are new or differ from the same file under `oldDir` (null: the
 * base had no content, so every file is new), named as the loader names them in problems.
 */
export function changedFiles(currentDir: string, oldDir: string | null): string[] {
  return filesUnder(currentDir)
    .filter((relative) => {
      if (oldDir === null) return true;
      const old = contentOf(path.join(oldDir, relative));
      return old === null || !old.equals(readFileSync(path.join(currentDir, relative)));
    })
    .map((relative) => displayName(path.join(currentDir, relative)))
    .sort();
}
