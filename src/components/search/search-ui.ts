// The search results UI, loaded on first use: queries Pagefind as the citizen types, lists one
// result per question (flattened from the page records' sub-results and ranked per question),
// relaxes a query that finds little, announces the count, shows more on request, and supports
// arrow keys and Escape (issues 3 and 12).

import { trackSiteSearch } from "../../consent/analytics.ts";
import { fillText } from "../../interface-text/fill-text.ts";
import {
  type FoundQuestions,
  findQuestions,
  firstRecords,
} from "../../search/query/find-questions.ts";
import type { ExcerptPart, FoundQuestion } from "../../search/query/record-questions.ts";
import { resultHref } from "../../search/query/result-link.ts";
import { type Pagefind, PagefindSource } from "./pagefind-source.ts";
import { reportNoResult } from "./report-no-result.ts";
import { searchFailed } from "./search-recovery.ts";
import { type StatusTexts, statusTextsOf } from "./status-texts.ts";
import { TypingPace } from "./typing-pace.ts";

/** Questions shown at first and added by each "Visa fler". */
const pageSize = 8;
/** A term still shown after this long is taken as the citizen's final search, for analytics. */
const settled = 2_500;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string) {
  const $element = document.createElement(tag);
  $element.className = className;
  return $element;
}

/** An excerpt as text and <mark> elements: built from text nodes, never parsed as HTML. */
function excerptNodes(parts: ExcerptPart[]): Node[] {
  return parts.map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const $mark = document.createElement("mark");
    $mark.textContent = text;
    return $mark;
  });
}

/** What the live region says: how many questions, whether that is all, and how close they are. */
export function statusText(
  term: string,
  found: Omit<FoundQuestions, "questions"> & { count: number },
  shown: number,
  texts: StatusTexts,
): string {
  const { count, complete, partial } = found;
  if (count === 0) return fillText(texts.noHits, { term });
  const number = complete ? `${count}` : fillText(texts.atLeast, { count });
  const hits = fillText(count === 1 ? texts.oneHit : texts.hits, { number });
  const close = partial ? texts.partial : "";
  const more = shown < count ? fillText(texts.best, { shown }) : "";
  return `${fillText(texts.forTerm, { hits, term })}${close}${more}`;
}

class SearchUi {
  private readonly $input: HTMLInputElement;
  private readonly $panel: HTMLElement;
  private readonly $status: HTMLElement;
  private readonly $results: HTMLElement;
  private readonly $none: HTMLElement;
  private readonly $more: HTMLButtonElement;
  private readonly $filters: HTMLSelectElement[];
  private readonly readsQuery: boolean;
  private latest = 0;
  /** The current list, how many of it are shown, and how many records it was read from. */
  private found: FoundQuestions & { term: string; records: number } = {
    term: "",
    questions: [],
    complete: true,
    partial: false,
    records: firstRecords,
  };
  private shown = 0;
  private settling: ReturnType<typeof setTimeout> | undefined;
  private tracked = "";
  private readonly pace = new TypingPace();
  private readonly pagefind: PagefindSource;
  private readonly texts: StatusTexts;

  constructor(
    private readonly $root: HTMLElement,
    pagefindSrc: string,
  ) {
    this.pagefind = new PagefindSource($root, pagefindSrc);
    this.texts = statusTextsOf($root);
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
    this.$more = find(".app-search__more") as HTMLButtonElement;
    this.$more.addEventListener("click", () => this.showMore());
    // Following a result ends the search: its term is final even if it was shown only briefly.
    this.$results.addEventListener("click", (event) => {
      if ((event.target as Element).closest(".app-search__link")) this.trackFinal();
    });
    this.readsQuery = $root.hasAttribute("data-reads-query");
    this.$filters = Array.from($root.querySelectorAll<HTMLSelectElement>(".app-search__select"));
    const params = new URLSearchParams(location.search);
    for (const $filter of this.$filters) {
      if (this.readsQuery) $filter.value = params.get($filter.name) ?? "";
      // Choosing a filter is one deliberate act: no typing to wait for.
      $filter.addEventListener("change", () => this.search(0));
    }
    this.$input.addEventListener("input", () => {
      this.pace.keyed(performance.now());
      this.search();
    });
    $root.addEventListener("keydown", (event) => this.onKeydown(event));
    // On the search page the results are already there; elsewhere Enter opens the search page.
    if (this.readsQuery) {
      find(".app-search__form").addEventListener("submit", (event) => {
        event.preventDefault();
        this.search(0);
      });
    }
    this.pagefind.load();
    // A query from the search page's URL is searched at once; one typed while this script loaded
    // waits for the citizen's next key like any other.
    if (this.$input.value.trim()) this.search(this.readsQuery && params.has("q") ? 0 : undefined);
  }

  private async search(wait = this.pace.wait()): Promise<void> {
    const term = this.$input.value.trim();
    const ticket = ++this.latest;
    // A new term replaces the one shown: that one was not final.
    clearTimeout(this.settling);
    if (this.readsQuery) this.writeQuery(term);
    if (!term) return this.clear();
    // Typing pauses before searching, so that a word's every letter is not a search of its own.
    await new Promise((resolve) => setTimeout(resolve, wait));
    if (ticket !== this.latest) return;
    const found = await this.find(term, firstRecords, () => ticket === this.latest).catch(() => {
      if (ticket === this.latest) searchFailed(this.$root, term);
      return null;
    });
    if (!found || ticket !== this.latest) return;
    this.found = { ...found, term, records: firstRecords };
    this.shown = Math.min(pageSize, found.questions.length);
    this.render();
    clearTimeout(this.settling);
    this.settling = setTimeout(() => this.trackFinal(), settled);
  }

  /** Sends the shown term once to analytics (with consent only): not every keystroke's search. */
  private trackFinal(): void {
    clearTimeout(this.settling);
    const { term, questions } = this.found;
    if (!term || term === this.tracked || this.$panel.hidden) return;
    this.tracked = term;
    trackSiteSearch(term, questions.length);
    reportNoResult(this.$input, term, questions.length);
  }

  /** The questions for `term`; no records are read once `isCurrent` says a newer term replaced it. */
  private async find(
    term: string,
    records: number,
    isCurrent: () => boolean,
  ): Promise<FoundQuestions> {
    const filters = this.chosenFilters();
    const findWith = (pagefind: Pagefind) =>
      findQuestions(
        term,
        async (query) => {
          const search = await pagefind.search(query, { filters });
          // A term the citizen has typed on from: its fragments would be downloaded for nothing.
          return isCurrent() ? (search?.results ?? []) : [];
        },
        records,
        // Filters belong to records, and a page record has every section of the page: the chosen
        // section's questions are kept by the UI.
        filters.avsnitt,
      );
    return this.pagefind.run(findWith, (found) => found.questions.length === 0 && isCurrent());
  }

  /** "Visa fler": the next questions of the list, reading more records when it runs out. */
  private async showMore(): Promise<void> {
    const ticket = this.latest;
    const { term, questions, complete, records } = this.found;
    if (this.shown + pageSize > questions.length && !complete) {
      const found = await this.find(term, records * 2, () => ticket === this.latest).catch(() => {
        searchFailed(this.$root, term);
        return null;
      });
      if (!found) return;
      if (ticket !== this.latest) return;
      this.found = { ...found, term, records: records * 2 };
    }
    const firstNew = this.shown;
    this.shown = Math.min(this.shown + pageSize, this.found.questions.length);
    this.render();
    // Focus moves to the first added result, so keyboard and screen-reader users continue there.
    this.$results.querySelectorAll<HTMLElement>(".app-search__link")[firstNew]?.focus();
  }

  private render(): void {
    const { term, questions } = this.found;
    this.$results.replaceChildren(
      ...questions.slice(0, this.shown).map((question) => this.resultItem(question)),
    );
    const count = questions.length;
    this.$none.hidden = count > 0;
    this.$more.hidden = this.shown >= count && this.found.complete;
    this.$panel.hidden = false;
    this.$status.textContent = statusText(term, { ...this.found, count }, this.shown, this.texts);
  }

  private resultItem(question: FoundQuestion): HTMLElement {
    const $item = element("li", "app-search__result");
    const $link = element("a", "app-search__link");
    $link.href = resultHref(question.url, question.words);
    $link.textContent = question.question;
    const $where = element("p", "app-search__where");
    $where.textContent = `${question.section} – ${question.page}`;
    const $excerpt = element("p", "app-search__excerpt");
    $excerpt.append(...excerptNodes(question.excerpt));
    $item.append($link, $where, $excerpt);
    return $item;
  }

  private clear(): void {
    this.latest++;
    clearTimeout(this.settling);
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

/** `pagefindSrc` replaces the page's own when the page's deploy is gone (search-recovery.ts). */
export function startSearchUi($root: HTMLElement, pagefindSrc = $root.dataset.pagefindSrc): void {
  if (!pagefindSrc) throw new Error("app-search has no data-pagefind-src");
  new SearchUi($root, pagefindSrc);
}
