// The search component's part of the main bundle: loads everything else (the results UI, then
// Pagefind) only when the citizen focuses or types in the field.

import { highlightParam } from "../../search/query/result-link.ts";
import { currentSearchEntry, searchFailed } from "./search-recovery.ts";

/** The lazily loaded results UI (search-ui.ts). */
interface SearchUiModule {
  startSearchUi($root: HTMLElement, pagefindSrc?: string): void;
}

interface HighlightModule {
  highlightFromUrl(): void;
}

let highlighting = false;

export class Search {
  private started = false;

  /** Throws, before changing anything, when the markup is not the template's. */
  constructor(private readonly $root: HTMLElement) {
    const $input = $root.querySelector<HTMLInputElement>(".app-search__input");
    if (!$input || !$root.dataset.uiSrc) throw new Error("no search field or no data-ui-src");
    // CSS hides this where scripts run; browsers without the `scripting` media feature need this.
    $root.querySelector(".app-search__no-script")?.remove();
    // Focus in the field (or the search page's filters) is the first sign of using search.
    $root.addEventListener("focusin", () => this.start(), { once: true });
    $input.addEventListener("input", () => this.start(), { once: true });
    const params = new URLSearchParams(location.search);
    // The search page's ?q= makes a search linkable: following such a link is using search.
    const query = $root.hasAttribute("data-reads-query") ? params.get("q") : null;
    if (query) {
      $input.value = query;
      this.start();
    }
    this.highlightOnLanding(params);
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    const $root = this.$root;
    const src = $root.dataset.uiSrc;
    if (!src) return;
    import(src)
      .then((module: SearchUiModule) => module.startSearchUi($root))
      // A page of an earlier deploy whose results UI is gone: the current deploy's, once.
      .catch(async () => {
        const entry = await currentSearchEntry($root);
        const module: SearchUiModule = await import(entry.ui);
        module.startSearchUi($root, entry.pagefind);
      })
      .catch(() => {
        const $input = $root.querySelector<HTMLInputElement>(".app-search__input");
        searchFailed($root, $input?.value.trim() ?? "");
      });
  }

  /** Landing from a result: mark the matched words in the answer. */
  private highlightOnLanding(params: URLSearchParams): void {
    const src = this.$root.dataset.highlightSrc;
    if (highlighting || !src || !params.has(highlightParam)) return;
    highlighting = true;
    import(src).then((module: HighlightModule) => module.highlightFromUrl());
  }
}
