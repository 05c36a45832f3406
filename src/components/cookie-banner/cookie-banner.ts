// The cookie consent banner: shown only without valid consent; "Ja" and "Nej" are equal choices,
// and the confirmation that replaces the question takes focus (issue 4).
import { analyticsConfig } from "../../browser/consent/analytics.ts";
import { applyConsent, saveConsent } from "../../browser/consent/consent.ts";

export class CookieBanner {
  constructor($root: HTMLElement) {
    const config = analyticsConfig($root);
    if (applyConsent(config)) return;
    const $messages = $root.querySelectorAll<HTMLElement>("[data-state]");
    for (const $button of $root.querySelectorAll<HTMLButtonElement>("button[value]")) {
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
