// The preview's content in memory: every page folder as loaded, so that a save re-reads and
// re-validates only the page folder it belongs to, and the whole tree only when pages come or go.
import { existsSync } from "node:fs";
import path from "node:path";
import { ContentState } from "../content/content-state.ts";
import {
  type LoadedContent,
  type LoadedPage,
  type LoadOptions,
  loadContentRoot,
  loadPageFolder,
} from "../content/load-content.ts";
import type { FaqPage } from "../content/schema.ts";

export interface ContentUpdate {
  content: LoadedContent;
  /** The pages to render again, or "all" when pages were added, removed or renamed. */
  changed: FaqPage[] | "all";
  /**
   * Whether what other pages show of a changed page changed: its title, description, sections
   * or date appear on the start page, the sitemap and every page's search filters.
   */
  sharedChanged: boolean;
}

/** What other pages show of a page (see ContentUpdate.sharedChanged). */
function shared(page: FaqPage | null | undefined): string {
  if (!page) return "";
  const { title, description, lastUpdated, sections } = page;
  return JSON.stringify([title, description, lastUpdated, sections.map((s) => [s.id, s.title])]);
}

export class PreviewContent {
  readonly #root: string;
  readonly #staticPages: string[];
  readonly #options: LoadOptions;
  #pages = new Map<string, LoadedPage>();
  /** The site-wide rules' state, updated by the page folders a save re-reads. */
  #state: ContentState | null = null;

  constructor(contentDir: string, staticPages: string[], options: LoadOptions = {}) {
    this.#root = path.resolve(contentDir);
    this.#staticPages = staticPages;
    this.#options = options;
  }

  /** Reads the whole content folder. */
  async loadAll(): Promise<LoadedContent> {
    const contentRoot = await loadContentRoot(this.#root);
    const loaded = await Promise.all(
      contentRoot.folders.map(
        async (name) =>
          [name, await loadPageFolder(path.join(this.#root, name), this.#options)] as const,
      ),
    );
    this.#pages = new Map(loaded);
    this.#state = new ContentState(
      this.#root,
      contentRoot,
      [...this.#pages.values()],
      this.#staticPages,
    );
    return this.#state.content();
  }

  /** Whether `file` lies in the content folder. */
  contains(file: string): boolean {
    const relative = path.relative(this.#root, path.resolve(file));
    return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  }

  /** Re-reads what the changed files belong to: their page folders, or everything. */
  async update(files: string[]): Promise<ContentUpdate> {
    const folders = new Set<string>();
    for (const file of files) {
      const [folder, ...rest] = path.relative(this.#root, path.resolve(file)).split(path.sep);
      // A file directly in the content folder, or a page folder that appeared or went away.
      const known = folder !== undefined && this.#pages.has(folder) && this.#state !== null;
      const exists = folder !== undefined && existsSync(path.join(this.#root, folder));
      if (rest.length === 0 || !known || !exists) {
        return { content: await this.loadAll(), changed: "all", sharedChanged: true };
      }
      folders.add(folder);
    }
    let sharedChanged = false;
    const changed: FaqPage[] = [];
    const reread: LoadedPage[] = [];
    for (const folder of folders) {
      const before = this.#pages.get(folder);
      const after = await loadPageFolder(path.join(this.#root, folder), this.#options);
      this.#pages.set(folder, after);
      reread.push(after);
      if (shared(before?.page) !== shared(after.page)) sharedChanged = true;
      if (after.page) changed.push(after.page);
    }
    this.#state?.replace(reread);
    return { content: this.current(), changed, sharedChanged };
  }

  /** The content as last read (the same object until the next update). */
  current(): LoadedContent {
    this.#state ??= new ContentState(
      this.#root,
      { folders: [], problems: [], contact: null, contactMissing: false, synonyms: new Map() },
      [],
      this.#staticPages,
    );
    return this.#state.content();
  }
}
