// The FAQ accordion (WAI-ARIA Authoring Practices): a button in each question heading opens its
// answer; closed answers stay findable with find-in-page; the open question lives in the URL.

const untilFound = "until-found";

interface Item {
  $heading: HTMLElement;
  $button: HTMLButtonElement;
  $answer: HTMLElement;
}

export class Accordion {
  private readonly items: Item[];
  private readonly $toggleAll: HTMLButtonElement;
  private readonly $root: HTMLElement;

  /** Throws, before changing anything, when the markup is not the template's. */
  constructor($root: HTMLElement) {
    this.$root = $root;
    const parts = Array.from($root.querySelectorAll(".app-accordion__item"), ($item) => {
      const $heading = $item.querySelector<HTMLElement>(".app-accordion__heading[id]");
      const $answer = $item.querySelector<HTMLElement>(".app-accordion__answer[id]");
      if (!$heading || !$answer) throw new Error("an item lacks its heading or answer with an id");
      return { $heading, $answer };
    });
    const $toggleAll = $root.querySelector<HTMLButtonElement>(".app-accordion__toggle-all");
    if (!parts.length || !$toggleAll) throw new Error("no questions or no Visa alla button");
    this.items = parts.map(({ $heading, $answer }) => this.enhance($heading, $answer));
    this.$toggleAll = $toggleAll;
    $toggleAll.addEventListener("click", () => this.setAll(!this.allOpen()));
    $toggleAll.parentElement?.removeAttribute("hidden");
    this.updateToggleAll();
    window.addEventListener("hashchange", () => this.openFromHash());
    window.addEventListener("beforeprint", () => this.showAllForPrint());
    window.addEventListener("afterprint", () => this.restoreAfterPrint());
    this.openFromHash();
  }

  /** Puts a button in the heading and hides the answer until it is opened or found. */
  private enhance($heading: HTMLElement, $answer: HTMLElement): Item {
    const $button = document.createElement("button");
    $button.type = "button";
    $button.className = "app-accordion__button";
    $button.setAttribute("aria-controls", $answer.id);
    $button.append(...Array.from($heading.childNodes));
    $heading.append($button);
    const item = { $heading, $button, $answer };
    this.setOpen(item, false);
    $button.addEventListener("click", () => {
      const open = !this.isOpen(item);
      this.setOpen(item, open);
      this.writeHash(open ? $heading.id : null);
      this.updateToggleAll();
    });
    // Find-in-page reveals a hidden="until-found" answer; keep the button's state in step.
    $answer.addEventListener("beforematch", () => {
      this.setOpen(item, true);
      this.updateToggleAll();
    });
    return item;
  }

  private isOpen(item: Item): boolean {
    return item.$button.getAttribute("aria-expanded") === "true";
  }

  private setOpen(item: Item, open: boolean): void {
    item.$button.setAttribute("aria-expanded", String(open));
    if (open) item.$answer.removeAttribute("hidden");
    else item.$answer.setAttribute("hidden", untilFound);
  }

  private allOpen(): boolean {
    return this.items.every((item) => this.isOpen(item));
  }

  private setAll(open: boolean): void {
    for (const item of this.items) this.setOpen(item, open);
    this.updateToggleAll();
  }

  private updateToggleAll(): void {
    const allOpen = this.allOpen();
    this.$toggleAll.setAttribute("aria-expanded", String(allOpen));
    this.$toggleAll.textContent =
      (allOpen ? this.$toggleAll.dataset.closeLabel : this.$toggleAll.dataset.openLabel) ?? "";
  }

  /** State lives in the URL: the open question's anchor, written without a history entry. */
  private writeHash(id: string | null): void {
    const url = `${location.pathname}${location.search}${id ? `#${id}` : ""}`;
    history.replaceState(history.state, "", url);
  }

  /**
   * Opens the question named by the URL's #anchor and brings it into view. An earlier anchor of
   * a question (issue 21) opens it and puts its anchor now in the URL; an old anchor of a question
   * moved to another page goes there; a removed question's notice gets focus, so it is read out.
   */
  openFromHash(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    let item = this.items.find((candidate) => candidate.$heading.id === id);
    if (!item) {
      const $old = this.$root.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
      const movedTo = $old?.dataset.movedTo;
      if (movedTo) {
        // Replace, not assign: Back should not return to the address that sent the citizen on.
        location.replace(movedTo);
        return;
      }
      const earlierOf = $old?.dataset.earlierOf;
      item = earlierOf ? this.items.find((c) => c.$heading.id === earlierOf) : undefined;
      if (!item) {
        if ($old?.classList.contains("app-accordion__notice")) $old.focus();
        return;
      }
      this.writeHash(item.$heading.id);
    }
    this.setOpen(item, true);
    this.updateToggleAll();
    item.$heading.scrollIntoView({ block: "start" });
  }

  private openBeforePrint: boolean[] = [];

  private showAllForPrint(): void {
    this.openBeforePrint = this.items.map((item) => this.isOpen(item));
    for (const item of this.items) this.setOpen(item, true);
  }

  private restoreAfterPrint(): void {
    this.items.forEach((item, index) => {
      this.setOpen(item, this.openBeforePrint[index] ?? false);
    });
  }
}
