// Tells the feedback receiver about a search that found nothing (issue 23), so editors learn what
// citizens could not find without anyone's consent: the term only, scrubbed of anything that looks
// like a personnummer, e-mail address or phone number, with no cookie, identifier or storage.
import { hideContactDetails } from "../../shared/contact-details.ts";
import { hidePersonalNumbers } from "../../shared/personal-number.ts";

/** Shorter terms are still being typed, or say too little to act on. */
const minLength = 3;
const reported = new Set<string>();

/** The term as it may leave the page: personal data taken out, spaces collapsed. */
export function scrubTerm(term: string): string {
  return hideContactDetails(hidePersonalNumbers(term, "")).replace(/\s+/g, " ").trim();
}

/** Called with the citizen's final term: reports it when it found nothing and FEEDBACK_URL is set. */
export function reportNoResult($input: HTMLElement, term: string, count: number): void {
  const $root = $input.closest<HTMLElement>("[data-feedback-url]");
  const receiver = $root?.dataset.feedbackUrl;
  const scrubbed = scrubTerm(term);
  if (!receiver || count > 0 || [...scrubbed].length < minLength || reported.has(scrubbed)) return;
  reported.add(scrubbed);
  // The receiver's searches endpoint sits beside its votes endpoint (FEEDBACK_URL), on its origin,
  // which the CSP's connect-src admits.
  void fetch(new URL("searches", receiver), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ term: scrubbed }),
    credentials: "omit",
    referrerPolicy: "no-referrer",
    cache: "no-store",
    // Sent even when the citizen leaves the page right after searching.
    keepalive: true,
  }).catch(() => {
    // Nothing to tell the citizen: the search itself worked.
  });
}
