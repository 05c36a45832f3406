// The whole content, put together from its page folders and kept between the preview's saves: the
// rules that span pages (links to other pages' anchors, earlier addresses, [[kontakt]] without a
// contact file) and the orders (pages by slug, links and problems by file) are updated by the
// page folders re-read, so a save costs the size of its page, not of the site.
import path from "node:path";
import { checkPageLinks, type LinkTargets, linkTarget, type PageLinks } from "./check-links.ts";
import { contactFileName } from "./contact.ts";
import { displayName } from "./content-files.ts";
import { type EarlierAddresses, earlierAddresses, earlierSignature } from "./earlier-addresses.ts";
import type { ExternalLink } from "./load-section.ts";
import type { ContentRoot, LoadedContent, LoadedPage } from "./loaded-content.ts";
import { blockMarker } from "./markdown.ts";
import { problem } from "./messages.ts";
import type { Problem } from "./problems.ts";
import type { FaqPage } from "./schema.ts";

/** Plain code-point order: deterministic, and much faster than localeCompare on 10,000 entries. */
const byFile = (a: { file: string }, b: { file: string }) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
/** The order of the content's pages, by their slugs (their folders' names). */
export const slugOrder = (a: string, b: string) => a.localeCompare(b, "en");
const bySlug = (a: FaqPage, b: FaqPage) => slugOrder(a.slug, b.slug);

/** The files of a page that place [[kontakt]] (a problem while there is no contact data). */
function contactBlockFiles(page: FaqPage | null): string[] {
  if (!page) return [];
  const marker = blockMarker("kontakt");
  return [
    ...(page.introHtml.includes(marker) ? [page.file] : []),
    ...page.sections.flatMap((section) =>
      section.questions.filter((q) => q.answerHtml.includes(marker)).map((q) => q.file),
    ),
  ];
}

/** What one page folder adds to the whole, kept per folder (by its address, /<folder>/). */
interface FolderState {
  loaded: LoadedPage;
  /** Its external links in file order. */
  externalLinks: ExternalLink[];
  /** The problems of its links to the site's pages. */
  linkProblems: Problem[];
  /** The addresses its links lead to. */
  targets: Set<string>;
}

export class ContentState {
  readonly #root: string;
  readonly #contentRoot: ContentRoot;
  readonly #staticPages: string[];
  /** Per folder address, in the order the folders were listed (the problems' order on a tie). */
  readonly #folders = new Map<string, FolderState>();
  /** The folder addresses in file order ("/a-b/" before "/a/", as "content/a-b/…" sorts). */
  readonly #fileOrder: string[];
  readonly #anchorsByUrl = new Map<string, ReadonlySet<string>>();
  /** Address → the folders whose links lead there: whose link problems its anchors decide. */
  readonly #linkers = new Map<string, Set<string>>();
  #earlier: EarlierAddresses;
  #signatures = new Map<string, string>();
  #pages: FaqPage[] = [];
  #content: LoadedContent | null = null;

  constructor(root: string, contentRoot: ContentRoot, loaded: LoadedPage[], staticPages: string[]) {
    this.#root = root;
    this.#contentRoot = contentRoot;
    this.#staticPages = staticPages;
    for (const entry of loaded) this.#anchorsByUrl.set(entry.links.url, entry.links.anchors);
    for (const entry of loaded) this.#folders.set(entry.links.url, this.#folderState(entry));
    this.#fileOrder = [...this.#folders.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.#pages = this.#livePages().sort(bySlug);
    this.#earlier = earlierAddresses(this.#livePages(), staticPages);
    for (const page of this.#pages) this.#signatures.set(page.url, earlierSignature(page));
  }

  /** Whether `replace` can take this folder's page (pages coming or going need a new state). */
  has(url: string): boolean {
    return this.#folders.has(url);
  }

  /** Puts page folders read again in place of their earlier state; only what they touch is redone. */
  replace(entries: LoadedPage[]): void {
    this.#content = null;
    const redo = new Set<string>();
    let earlierChanged = this.#earlier.problems.length > 0;
    let pagesChanged = false;
    for (const entry of entries) {
      const { url, anchors } = entry.links;
      const before = this.#folders.get(url);
      if (!before)
        throw new Error(`${url} is not a page folder of this content: load it all again`);
      if (!sameSet(this.#anchorsByUrl.get(url), anchors)) {
        for (const linker of this.#linkers.get(url) ?? []) redo.add(linker);
      }
      this.#anchorsByUrl.set(url, anchors);
      for (const target of before.targets) this.#linkers.get(target)?.delete(url);
      this.#folders.set(url, this.#folderState(entry));
      redo.delete(url);
      const signature = entry.page ? earlierSignature(entry.page) : "";
      if (signature !== (this.#signatures.get(url) ?? "")) earlierChanged = true;
      this.#signatures.set(url, signature);
      const index = before.loaded.page ? this.#pages.indexOf(before.loaded.page) : -1;
      if (index >= 0 && entry.page) this.#pages[index] = entry.page;
      else if (before.loaded.page || entry.page) pagesChanged = true;
    }
    const targets = this.#targets();
    for (const url of redo) {
      const state = this.#folders.get(url);
      if (state) state.linkProblems = checkPageLinks(state.loaded.links, targets);
    }
    if (pagesChanged) this.#pages = this.#livePages().sort(bySlug);
    if (earlierChanged) this.#earlier = earlierAddresses(this.#livePages(), this.#staticPages);
  }

  /** The content as a whole (the same object until the next `replace`). */
  content(): LoadedContent {
    if (this.#content) return this.#content;
    const states = [...this.#folders.values()];
    const { problems: earlierProblems, ...earlier } = this.#earlier;
    const contactFile = displayName(path.join(this.#root, contactFileName));
    const contactProblems = this.#contentRoot.contactMissing
      ? states.flatMap((state) =>
          contactBlockFiles(state.loaded.page).map((file) =>
            problem("contact-missing", { file, contactFile }),
          ),
        )
      : [];
    const problems = [
      ...earlierProblems,
      ...this.#contentRoot.problems,
      ...states.flatMap((state) => state.loaded.problems),
      ...contactProblems,
      ...states.flatMap((state) => state.linkProblems),
    ];
    const externalLinksByPage = this.#fileOrder.map(
      (url) => this.#folders.get(url)?.externalLinks ?? [],
    );
    this.#content = {
      contact: this.#contentRoot.contact,
      pages: [...this.#pages],
      problems: problems.sort((a, b) => byFile(a, b) || (a.line ?? 0) - (b.line ?? 0)),
      externalLinks: externalLinksByPage.flat(),
      externalLinksByPage,
      synonyms: this.#contentRoot.synonyms,
      earlier,
    };
    return this.#content;
  }

  #targets(): LinkTargets {
    return { anchorsByUrl: this.#anchorsByUrl, staticPages: this.#staticPages };
  }

  #livePages(): FaqPage[] {
    return [...this.#folders.values()].flatMap((state) =>
      state.loaded.page ? [state.loaded.page] : [],
    );
  }

  /** A folder's part, its link problems checked against the anchors known now. */
  #folderState(loaded: LoadedPage): FolderState {
    const links: PageLinks = loaded.links;
    const targets = new Set(links.links.map((link) => linkTarget(links, link.href).target));
    for (const target of targets) {
      const linkers = this.#linkers.get(target) ?? new Set();
      linkers.add(links.url);
      this.#linkers.set(target, linkers);
    }
    return {
      loaded,
      externalLinks: [...loaded.externalLinks].sort(byFile),
      linkProblems: checkPageLinks(links, this.#targets()),
      targets,
    };
  }
}

function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): boolean {
  if (!a || a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
