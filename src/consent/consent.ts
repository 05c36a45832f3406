// Reads and saves the visitor's consent in the browser, and starts or stops analytics to match.

import { type Consent, parseConsent, serialiseConsent } from "../shared/consent-cookie.ts";
import { type AnalyticsConfig, loadAnalytics, stopAnalytics } from "./analytics.ts";

export function readConsent(): Consent | null {
  return parseConsent(document.cookie);
}

/** Runs what the stored consent allows: analytics only after "Ja". */
export function applyConsent(config: AnalyticsConfig | null): Consent | null {
  const consent = readConsent();
  if (consent?.analytics) loadAnalytics(config);
  return consent;
}

export function saveConsent(analytics: boolean, config: AnalyticsConfig | null): void {
  const date = new Date().toISOString().slice(0, 10);
  // biome-ignore lint/suspicious/noDocumentCookie: not every supported browser has the Cookie Store API.
  document.cookie = serialiseConsent({ analytics, date }, location.protocol === "https:");
  if (analytics) loadAnalytics(config);
  else stopAnalytics();
}
