// Loads Matomo only after consent, and stops it and deletes its cookies when consent is withdrawn.
import { parseConsent } from "../shared/consent-cookie.ts";

export interface AnalyticsConfig {
  url: string;
  siteId: string;
}

type MatomoQueue = unknown[][];
declare global {
  interface Window {
    _paq?: MatomoQueue;
  }
}

/** The analytics settings the build wrote as data-analytics-* attributes, or null when none. */
export function analyticsConfig($root: HTMLElement): AnalyticsConfig | null {
  const { analyticsUrl: url, analyticsSiteId: siteId } = $root.dataset;
  return url && siteId ? { url, siteId } : null;
}

let loaded = false;

/** Queues the page view and adds Matomo's script, once per page. */
export function loadAnalytics(config: AnalyticsConfig | null): void {
  if (!config || loaded) return;
  loaded = true;
  window._paq = window._paq ?? [];
  window._paq.push(
    ["setTrackerUrl", `${config.url}matomo.php`],
    ["setSiteId", config.siteId],
    ["trackPageView"],
    ["enableLinkTracking"],
  );
  const $script = document.createElement("script");
  $script.async = true;
  $script.src = `${config.url}matomo.js`;
  document.head.append($script);
}

/** Stops a tracker already running in this page and deletes Matomo's cookies (_pk_*). */
export function stopAnalytics(): void {
  // One command per push: Matomo's own queue, once loaded, may take only the first argument.
  window._paq?.push(["requireConsent"]);
  window._paq?.push(["disableCookies"]);
  for (const pair of document.cookie.split(";")) {
    const name = pair.split("=")[0]?.trim() ?? "";
    if (!name.startsWith("_pk_")) continue;
    // Matomo sets its cookies for this host, or for a parent domain when configured to.
    const labels = location.hostname.split(".");
    const domains = labels.map((_, index) => `; Domain=${labels.slice(index).join(".")}`);
    // biome-ignore lint/suspicious/noDocumentCookie: not every supported browser has the Cookie Store API.
    for (const domain of ["", ...domains]) document.cookie = `${name}=; Max-Age=0; Path=/${domain}`;
  }
}

/**
 * A site search for Matomo's report, so editors see what citizens searched for and what found
 * nothing (issue 12). Only in a page where the tracker was loaded after "Ja" and consent still
 * stands; otherwise nothing is queued or sent.
 */
export function trackSiteSearch(term: string, resultCount: number): void {
  if (!window._paq || parseConsent(document.cookie)?.analytics !== true) return;
  window._paq.push(["trackSiteSearch", term, false, resultCount]);
}
