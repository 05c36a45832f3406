// The search results UI, loaded on first use: queries Pagefind as the citizen types, lists one
// result per question, announces the count, and supports arrow keys and Escape (issue 3).
import { matchedWords, resultHref } from "./result-link.ts";

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, wait?: number): Promise<PagefindSearch | null>;
}

// Not a literal in import(): the bundler must leave Pagefind's own script to the browser.
const pagefindUrl = "/pagefind/pagefind.js";
const maxShown = 8;
const wait = 150;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(pagefindUrl).then(async (module: Pagefind) => {
    // The index is small: searching on the page saves the worker script's download.
    await module.options({ noWorker: true, excerptLength: 24 });
    await module.init();
    return module;
  });
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string) {
  const $element = document.createElement(tag);
  $element.className = className;
  return $element;
}

/** Pagefind's excerpt as text and <mark> elements only, whatever else its HTML might contain. */
function excerptNodes(excerpt: string): Node[] {
  const $template = document.createElement("template");
  $template.innerHTML = excerpt;
  return Array.from($template.content.childNodes, (node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const $mark = document.createElement("mark");
    $mark.textContent = node.textContent;
    return $mark;
  });
}

export function statusText(term: string, total: number, shown: number): string {
  if (total === 0) return `Inga träffar för ”${term}”.`;
  const count = total === 1 ? "1 träff" : `${total} träffar`;
  return `${count} för ”${term}”.${shown < total ? ` De ${shown} bästa visas.` : ""}`;
}

class SearchUi {
  private readonly $input: HTMLInputElement;
  private readonly $panel: HTMLElement;
  private readonly $status: HTMLElement;
  private readonly $results: HTMLElement;
  private readonly $none: HTMLElement;
  private readonly $filters: HTMLSelectElement[];
  private readonly readsQuery: boolean;
  private latest = 0;

  constructor($root: HTMLElement) {
    const find = (selector: string) => {
      const $found = $root.querySelector<HTMLElement>(selector);
      if (!$found) throw new Error(`app-search is missing ${selector}`);
      return $found;
    };
    this.$input = find(".app-search__input") as HTMLInputElement;
    this.$panel = find(".app-search__panel");
    this.$status = find(".app-search__status");
    this.$results = find(".app-search__results");
    this.$none = find(".app-search__none");
    this.readsQuery = $root.hasAttribute("data-reads-query");
    this.$filters = Array.from($root.querySelectorAll<HTMLSelectElement>(".app-search__select"));
    const params = new URLSearchParams(location.search);
    for (const $filter of this.$filters) {
      if (this.readsQuery) $filter.value = params.get($filter.name) ?? "";
      $filter.addEventListener("change", () => this.search());
    }
    this.$input.addEventListener("input", () => this.search());
    $root.addEventListener("keydown", (event) => this.onKeydown(event));
    // On the search page the results are already there; elsewhere Enter opens the search page.
    if (this.readsQuery) {
      find(".app-search__form").addEventListener("submit", (event) => {
        event.preventDefault();
        this.search();
      });
    }
    loadPagefind();
    if (this.$input.value.trim()) this.search();
  }

  private async search(): Promise<void> {
    const term = this.$input.value.trim();
    const ticket = ++this.latest;
    if (this.readsQuery) this.writeQuery(term);
    if (!term) return this.clear();
    const options = { filters: this.chosenFilters() };
    const found = await (await loadPagefind()).debouncedSearch(term, options, wait);
    if (!found || ticket !== this.latest) return;
    const shown = await Promise.all(found.results.slice(0, maxShown).map((r) => r.data()));
    if (ticket !== this.latest) return;
    this.$results.replaceChildren(...shown.map((data) => this.resultItem(data)));
    this.$none.hidden = found.results.length > 0;
    this.$panel.hidden = false;
    this.$status.textContent = statusText(term, found.results.length, shown.length);
  }

  private resultItem(data: PagefindResultData): HTMLElement {
    const $item = element("li", "app-search__result");
    const $link = element("a", "app-search__link");
    $link.href = resultHref(data.url, matchedWords(data.content, data.locations));
    $link.textContent = data.meta.title ?? data.url;
    const $where = element("p", "app-search__where");
    $where.textContent = `${data.meta.section ?? ""} – ${data.meta.page ?? ""}`;
    const $excerpt = element("p", "app-search__excerpt");
    $excerpt.append(...excerptNodes(data.excerpt));
    $item.append($link, $where, $excerpt);
    return $item;
  }

  private clear(): void {
    this.latest++;
    this.$results.replaceChildren();
    this.$status.textContent = "";
    this.$none.hidden = true;
    this.$panel.hidden = true;
  }

  /** Filter name → chosen value, for the filters set to something other than "all". */
  private chosenFilters(): Record<string, string> {
    const chosen = this.$filters.filter(($filter) => $filter.value);
    return Object.fromEntries(chosen.map(($filter) => [$filter.name, $filter.value]));
  }

  /** The search page keeps its query in the URL, so a search can be linked and bookmarked. */
  private writeQuery(term: string): void {
    const query = new URLSearchParams(term ? { q: term, ...this.chosenFilters() } : {}).toString();
    history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}`);
  }

  /** Arrow keys move between the field and the results; Escape empties the field. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key === "Escape") {
      if (!this.$input.value && this.$panel.hidden) return;
      event.preventDefault();
      this.$input.value = "";
      if (this.readsQuery) this.writeQuery("");
      this.clear();
      this.$input.focus();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const $links = Array.from(this.$results.querySelectorAll<HTMLElement>(".app-search__link"));
    const $next = this.nextFocus(event.target, event.key === "ArrowDown", $links);
    if (!$next) return;
    event.preventDefault();
    $next.focus();
  }

  private nextFocus(target: EventTarget | null, down: boolean, $links: HTMLElement[]) {
    if (target === this.$input) return down ? $links[0] : undefined;
    const index = $links.indexOf(target as HTMLElement);
    if (index < 0) return undefined;
    if (down) return $links[index + 1];
    return index === 0 ? this.$input : $links[index - 1];
  }
}

export function startSearchUi($root: HTMLElement): void {
  new SearchUi($root);
}
