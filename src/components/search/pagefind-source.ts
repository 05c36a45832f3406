// The Pagefind runtime a page searches with: its own build's bundle, and once, when a file of that
// bundle is gone or a newer deploy's index may know more, the current deploy's (issue 21).
import type { PagefindHit } from "../../search/query/find-questions.ts";
import { currentSearchEntry } from "./search-recovery.ts";

interface PagefindSearch {
  results: PagefindHit[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: object): Promise<PagefindSearch | null>;
}

/**
 * The runtime's options, also those of the findability analysis in Node (scripts/measure/). The
 * index is small: searching on the page saves the worker script's download. Pages are ranked on
 * how often their questions hold a word (termFrequency 0), not how often against their length:
 * Pagefind's rank only chooses which pages are read and scored question by question
 * (find-questions.ts), and a long page of many questions is the likelier to hold the answer. On
 * the seven pages grown by 600 of random sentences, 83 → 88 of 109 in the top three.
 */
export const pagefindOptions = {
  noWorker: true,
  excerptLength: 24,
  ranking: { termFrequency: 0 },
} as const;

function loadPagefind(src: string): Promise<Pagefind> {
  // Not a literal in import(): the bundler must leave Pagefind's own script to the browser.
  return import(src).then(async (module: Pagefind) => {
    await module.options(pagefindOptions);
    await module.init();
    return module;
  });
}

export class PagefindSource {
  #src: string;
  #pagefind: Promise<Pagefind> | undefined;
  #switched = false;

  constructor(
    private readonly $root: HTMLElement,
    src: string,
  ) {
    this.#src = src;
  }

  /** Starts loading the runtime (on first use of the search), without waiting for it. */
  load(): Promise<Pagefind> {
    this.#pagefind ??= loadPagefind(this.#src);
    this.#pagefind.catch(() => {});
    return this.#pagefind;
  }

  /**
   * Runs `search` with the runtime. Pagefind logs an index chunk it could not load and answers
   * with nothing, so an empty answer asks the current deploy's entry too: when it names another
   * bundle, the search runs again there. A failure (a runtime, fragment or filter file gone)
   * runs it again once on the current bundle; a second failure is the caller's to report.
   */
  async run<T>(search: (pagefind: Pagefind) => Promise<T>, isEmpty: (found: T) => boolean) {
    let found: T;
    try {
      found = await search(await this.load());
    } catch (error) {
      if (this.#switched) throw error;
      this.#switched = true;
      // The same bundle again is loaded anew: the file may have been missing only for a moment.
      if (!(await this.#switchToCurrent())) this.#pagefind = undefined;
      return search(await this.load());
    }
    if (!isEmpty(found) || this.#switched || !(await this.#switchToCurrent())) return found;
    return search(await this.load());
  }

  /** Moves to the current deploy's bundle when it is another one; says whether it did. */
  async #switchToCurrent(): Promise<boolean> {
    const entry = await currentSearchEntry(this.$root).catch(() => null);
    if (!entry) return false;
    const { pagefind } = entry;
    const same = new URL(pagefind, location.href).href === new URL(this.#src, location.href).href;
    if (same) return false;
    this.#src = pagefind;
    this.#pagefind = undefined;
    this.#switched = true;
    return true;
  }
}
