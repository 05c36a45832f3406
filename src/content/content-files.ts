// Lists the content folders and reports files an editor put where the site will not publish them.
import { readdirSync } from "node:fs";
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

/** Files directly in content/ that are not pages: the editors' guide and the spelling word list. */
export const rootFiles = ["README.md", "ordlista.txt"];

/** Files directly in content/: only the editors' guide and the word list belong there. */
export function checkRootFiles(root: string, files: string[]): Problem[] {
  return files
    .filter((name) => !rootFiles.includes(name))
    .map((name) => problem("file-outside-page", { file: displayName(path.join(root, name)) }));
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
