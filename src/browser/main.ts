// The site's one ES module: finds each [data-module] element and starts its component.
import { Accordion } from "../components/accordion/accordion.ts";
import { CookieBanner } from "../components/cookie-banner/cookie-banner.ts";
import { CookieSettings } from "../components/cookie-settings/cookie-settings.ts";
import { Feedback } from "../components/feedback/feedback.ts";
import { PageRedirect } from "../components/page-redirect/page-redirect.ts";
import { Search } from "../components/search/search.ts";

/** Each component's class; its constructor throws when the root's markup is not its template's. */
const modules: Record<string, new ($root: HTMLElement) => unknown> = {
  "app-accordion": Accordion,
  "app-cookie-banner": CookieBanner,
  "app-cookie-settings": CookieSettings,
  // Its constructor checks that the root is a form.
  "app-feedback": Feedback as unknown as new ($root: HTMLElement) => Feedback,
  "app-page-redirect": PageRedirect,
  "app-search": Search,
};

/**
 * Starts every component in `scope` once: a root already tried is left alone, so calling this
 * again (after adding markup) never starts a component twice; one component failing is logged
 * with its name and does not stop the others.
 */
export function initAll(scope: ParentNode = document): void {
  for (const $root of scope.querySelectorAll<HTMLElement>("[data-module]")) {
    const name = $root.dataset.module ?? "";
    const Component = modules[name];
    if (!Component || $root.hasAttribute("data-module-started")) continue;
    // Marked before starting: a half-started component must not get its listeners twice.
    $root.setAttribute("data-module-started", "");
    try {
      new Component($root);
    } catch (error) {
      console.error(`${name} did not start:`, error);
    }
  }
}

initAll();
