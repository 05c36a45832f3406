// Lists the content folders and reports files an editor put where the site will not publish them.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Problem } from "./problems.ts";

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

/** The search synonyms, the one file besides README.md at the top of the content folder. */
export const synonymsFile = "sokord.yml";

/** Files directly in content/: only the editors' guide and the search synonyms belong there. */
export function checkRootFiles(root: string, files: string[]): Problem[] {
  return files
    .filter((name) => name !== "README.md" && name !== synonymsFile)
    .map((name) => ({
      file: displayName(path.join(root, name)),
      message:
        "is not inside a FAQ page folder and is not published: put questions in <page>/<section>/ (see README.md in this folder)",
    }));
}

/** Files in a page folder besides index.md: questions belong in a section folder. */
export function checkPageFiles(folder: string, files: string[], sectionIds: string[]): Problem[] {
  const sections = sectionIds.length > 0 ? ` (${sectionIds.join(", ")})` : "";
  return files
    .filter((name) => name !== "index.md")
    .map((name) => ({
      file: displayName(path.join(folder, name)),
      message: name.endsWith(".md")
        ? `is a question directly in the page folder and is not published: move it into one of the section folders${sections}`
        : `is not a Markdown file and is not published: only index.md and section folders belong in a page folder; remove it`,
    }));
}

/** Entries of a section folder that are not question files. */
export function checkSectionEntries(folder: string, listing: FolderListing): Problem[] {
  const problems: Problem[] = listing.folders.map((name) => ({
    file: displayName(path.join(folder, name)),
    message:
      "is a folder inside a section and is not published: move its questions up into the section folder",
  }));
  for (const name of listing.files.filter((name) => !name.endsWith(".md"))) {
    problems.push({
      file: displayName(path.join(folder, name)),
      message: /\.(md|markdown|txt)$/i.test(name)
        ? 'is not published: a question file\'s name must end in ".md" (lower-case); rename it'
        : "is not a Markdown (.md) file and is not published: questions are .md files; remove it",
    });
  }
  return problems;
}
