// The form on /kakor/: shows the stored choice and saves a new one; "Nej" stops analytics and
// deletes its cookies, so withdrawing is as easy as consenting (issue 4).
import { analyticsConfig } from "../../consent/analytics.ts";
import { applyConsent, saveConsent } from "../../consent/consent.ts";

export class CookieSettings {
  /** Throws, before reading or writing consent, when the markup is not the template's. */
  constructor($root: HTMLElement) {
    const $form = $root.querySelector("form");
    const $confirmation = $root.querySelector<HTMLElement>(".app-cookie-settings__confirmation");
    if (!$form?.analytics || !$confirmation)
      throw new Error("no form with the choice or no message");
    const config = analyticsConfig($root);
    // Without a valid choice nothing but necessary cookies is used, so "Nej" is the current state.
    $form.analytics.value = applyConsent(config)?.analytics ? "yes" : "no";
    $form.addEventListener("submit", (event) => {
      event.preventDefault();
      const choice = $form.analytics.value;
      saveConsent(choice === "yes", config);
      for (const $message of $confirmation.querySelectorAll<HTMLElement>("[data-state]")) {
        $message.hidden = $message.dataset.state !== choice;
      }
      $confirmation.hidden = false;
      $confirmation.focus();
    });
    $root.querySelector<HTMLElement>(".app-cookie-settings__no-js")?.remove();
    $form.hidden = false;
  }
}
