// The cookie consent banner: shown only without valid consent; "Ja" and "Nej" are equal choices,
// and the confirmation that replaces the question takes focus (issue 4).
import { analyticsConfig } from "../../consent/analytics.ts";
import { applyConsent, saveConsent } from "../../consent/consent.ts";

export class CookieBanner {
  /** Throws, before reading or writing consent, when the markup is not the template's. */
  constructor($root: HTMLElement) {
    const $messages = $root.querySelectorAll<HTMLElement>("[data-state]");
    const $buttons = $root.querySelectorAll<HTMLButtonElement>("button[value]");
    if ($messages.length !== 3 || $buttons.length !== 2)
      throw new Error("not the three messages and the Ja and Nej buttons");
    const config = analyticsConfig($root);
    if (applyConsent(config)) return;
    for (const $button of $buttons) {
      $button.addEventListener("click", () => {
        saveConsent($button.value === "yes", config);
        for (const $message of $messages)
          $message.hidden = $message.dataset.state !== $button.value;
        $root.querySelector<HTMLElement>(`[data-state="${$button.value}"]`)?.focus();
      });
    }
    for (const $hide of $root.querySelectorAll(".app-cookie-banner__hide")) {
      $hide.addEventListener("click", () => {
        $root.hidden = true;
      });
    }
    $root.hidden = false;
  }
}
