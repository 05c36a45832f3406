// The site's one ES module: finds each [data-module] element and starts its component.
import { Accordion } from "../components/accordion/accordion.ts";
import { CookieBanner } from "../components/cookie-banner/cookie-banner.ts";
import { CookieSettings } from "../components/cookie-settings/cookie-settings.ts";
import { Feedback } from "../components/feedback/feedback.ts";
import { Search } from "../components/search/search.ts";

const modules: Record<string, (root: HTMLElement) => unknown> = {
  "app-accordion": (root) => new Accordion(root),
  "app-cookie-banner": (root) => new CookieBanner(root),
  "app-cookie-settings": (root) => new CookieSettings(root),
  "app-feedback": (root) => new Feedback(root as HTMLFormElement),
  "app-search": (root) => new Search(root),
};

/** Starts every component on the page; one component failing does not stop the others. */
export function initAll(scope: ParentNode = document): void {
  for (const $root of scope.querySelectorAll<HTMLElement>("[data-module]")) {
    const start = modules[$root.dataset.module ?? ""];
    if (!start) continue;
    try {
      start($root);
    } catch (error) {
      console.error(`Could not start ${$root.dataset.module}:`, error);
    }
  }
}

initAll();
