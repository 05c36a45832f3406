// The feedback form's behaviour, loaded on first use: Ja sends at once; Nej opens "Vad saknades?";
// text that looks like a personnummer is refused with an explanation; one vote per question per
// page view; a thank-you that takes focus. E-mail addresses and phone numbers are refused too, as
// the receiver refuses them (issue 23). With analytics consent, the vote is also a Matomo event.
// Only for the type of window._paq: Matomo is loaded by the consent code, never from here.
import type {} from "../../consent/analytics.ts";
import { parseConsent } from "../../shared/consent-cookie.ts";
import { looksLikeContactDetails } from "../../shared/contact-details.ts";
import { looksLikePersonalNumber } from "../../shared/personal-number.ts";
import { type FeedbackAnswer, feedbackPayload } from "./payload.ts";

function part<T extends HTMLElement>($form: HTMLFormElement, name: string): T {
  const $part = $form.querySelector<T>(`.app-feedback__${name}`);
  if (!$part) throw new Error(`app-feedback needs its ${name}`);
  return $part;
}

function field($form: HTMLFormElement, name: string): string {
  const $field = $form.elements.namedItem(name);
  return $field instanceof HTMLInputElement || $field instanceof HTMLTextAreaElement
    ? $field.value
    : "";
}

/** With the citizen's consent to analytics, the vote (never its text) as a Matomo event. */
function trackVote(page: string, anchor: string, answer: FeedbackAnswer): void {
  if (!window._paq || !parseConsent(document.cookie)?.analytics) return;
  window._paq.push([
    "trackEvent",
    "Fick du svar",
    answer === "ja" ? "Ja" : "Nej",
    `${page}#${anchor}`,
  ]);
}

async function send($form: HTMLFormElement, answer: FeedbackAnswer, text: string): Promise<void> {
  const $ask = part($form, "ask");
  const $failed = part($form, "failed");
  const page = field($form, "page");
  const anchor = field($form, "anchor");
  $form.dataset.state = "sending";
  $failed.hidden = true;
  try {
    const response = await fetch($form.action, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(feedbackPayload(page, anchor, answer, text, new Date())),
      // Nothing that could identify the citizen: no cookies, no referrer.
      credentials: "omit",
      referrerPolicy: "no-referrer",
      cache: "no-store",
    });
    if (!response.ok) throw new Error(`${response.status}`);
  } catch {
    delete $form.dataset.state;
    $failed.hidden = false;
    return;
  }
  $form.dataset.state = "sent";
  trackVote(page, anchor, answer);
  // One vote per question per page view: the buttons go, the thanks takes their place and focus.
  $ask.remove();
  const $thanks = part($form, "thanks");
  // After a Nej, the thanks also points to the contact block: where to turn next.
  const $next = $form.querySelector<HTMLElement>(".app-feedback__next");
  if ($next && answer === "nej") $next.hidden = false;
  $thanks.hidden = false;
  $thanks.focus();
}

/** Handles a press on Ja, Nej or Skicka in one feedback form. */
export function answer($form: HTMLFormElement, $submitter: HTMLElement | null): void {
  if ($form.dataset.state) return;
  const $more = part($form, "more");
  const $text = part<HTMLTextAreaElement>($form, "text");
  const value = $submitter instanceof HTMLButtonElement ? $submitter.value : "";
  if (value === "ja") {
    void send($form, "ja", "");
  } else if (!$submitter?.classList.contains("app-feedback__send")) {
    // Nej opens the optional text; the vote is sent with it, so a Nej is one request.
    $more.hidden = false;
    $text.focus();
  } else if (looksLikePersonalNumber($text.value) || looksLikeContactDetails($text.value)) {
    const $error = part($form, "error");
    $error.hidden = false;
    $text.setAttribute("aria-invalid", "true");
    $text.setAttribute("aria-describedby", `${$error.id} ${part($form, "warning").id}`);
    $text.focus();
  } else {
    void send($form, "nej", $text.value);
  }
}
