// The HTTP response headers of the published site, defined once: the local server applies them,
// and the build writes them for static hosts (dist/_headers) and nginx (deploy/nginx.conf).
import type { SiteConfig } from "../config/config.ts";

export type HeaderSet = Record<string, string>;

export interface HeaderRule {
  /** A path pattern in the _headers syntax: a literal path or a trailing "*". */
  pattern: string;
  headers: HeaderSet;
  /**
   * Headers of a broader rule that this rule replaces on its paths, not adds to (the CMS's CSP
   * under /admin/). Such a rule comes after the rule it overrides.
   */
  replaces?: string[];
}

const longCache = "public, max-age=31536000, immutable";
const revalidate = "public, max-age=0, must-revalidate";

function contentSecurityPolicy(
  analyticsOrigin: string | null,
  feedbackOrigin: string | null,
): string {
  const extra = analyticsOrigin ? ` ${analyticsOrigin}` : "";
  // The feedback endpoint receives a fetch (with JavaScript) or a form post (without): nothing else.
  const feedback = feedbackOrigin && feedbackOrigin !== analyticsOrigin ? ` ${feedbackOrigin}` : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${extra}`,
    "style-src 'self'",
    `img-src 'self' data:${extra}`,
    `connect-src 'self'${extra}${feedback}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${feedbackOrigin ? ` ${feedbackOrigin}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of the editors' CMS at /admin/ only (issue 15): Decap CMS compiles its config schema
 * with `new Function` ('unsafe-eval') and styles its React UI with injected <style> elements
 * ('unsafe-inline'); it talks to GitHub's API, shows GitHub avatars, and, for local use only,
 * to the decap-server configured with CMS_LOCAL_BACKEND. The preview pane is a same-origin
 * iframe without a URL ('self' and about:blank are covered by frame-src 'self').
 */
function cmsContentSecurityPolicy(site: SiteConfig): string {
  const { cms } = site;
  const connect = [
    "'self'",
    "https://api.github.com",
    ...(cms.authUrl ? [new URL(cms.authUrl).origin] : []),
    ...(cms.localBackend ? [new URL(cms.localBackend).origin] : []),
  ];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    `connect-src ${connect.join(" ")}`,
    "font-src 'self' data:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The CSP of /admin/ for its <meta http-equiv> tag (without frame-ancestors, as for the site). */
export function metaCmsContentSecurityPolicyFor(site: SiteConfig): string {
  return cmsContentSecurityPolicy(site)
    .split("; ")
    .filter((directive) => !directive.startsWith("frame-ancestors"))
    .join("; ");
}

/**
 * The headers every response gets; the CSP admits the analytics origin and the feedback origin
 * when they are configured.
 */
export function securityHeadersFor(site: SiteConfig): HeaderSet {
  return {
    "Content-Security-Policy": contentSecurityPolicy(
      site.analytics ? new URL(site.analytics.url).origin : null,
      site.feedbackUrl ? new URL(site.feedbackUrl).origin : null,
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    // Two years, as the HSTS preload list asks; browsers ignore it on plain HTTP (issue 14).
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    // Every file is the site's own: no other origin may open it in its window or embed it.
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
}

/**
 * The policy for a <meta http-equiv> tag, for hosts that cannot send headers (GitHub Pages).
 * frame-ancestors is left out: browsers ignore it in a meta tag and log an error.
 */
export function metaContentSecurityPolicyFor(site: SiteConfig): string {
  return (securityHeadersFor(site)["Content-Security-Policy"] ?? "")
    .split("; ")
    .filter((directive) => !directive.startsWith("frame-ancestors"))
    .join("; ");
}

/**
 * Cache-Control where no rule sets one: revalidate on every use. It is also what Netlify and
 * Cloudflare Pages send by default, which is why dist/_headers can leave it out (see
 * headers-formats.ts).
 */
export const defaultCacheControl = revalidate;

/**
 * A path gets the headers of every rule it matches. No two rules that match the same path may
 * set the same header, unless the later one `replaces` it: Netlify and Cloudflare Pages join such values with a comma, which would
 * turn two Cache-Control values into one broken one (tests/publishing/headers.test.ts checks).
 * Only files whose name changes with their content are long-cached: the assets, named by their
 * hash, and everything under pagefind/, where each build's whole Pagefind bundle (its script,
 * entry file, WebAssembly, index, filters and fragments) sits in a folder named by its hash
 * (issue 21). The files that name the current build (HTML, search-entry.json, deploys.json)
 * keep their names, so they take the default and are revalidated.
 */
export function headerRulesFor(site: SiteConfig): HeaderRule[] {
  return [
    { pattern: "/*", headers: securityHeadersFor(site) },
    { pattern: "/assets/*", headers: { "Cache-Control": longCache } },
    { pattern: "/pagefind/*", headers: { "Cache-Control": longCache } },
    // The CMS needs a looser policy; it replaces the site's on /admin/ only (issue 15).
    {
      pattern: "/admin/*",
      headers: { "Content-Security-Policy": cmsContentSecurityPolicy(site) },
      replaces: ["Content-Security-Policy"],
    },
  ];
}

export function patternMatches(pattern: string, urlPath: string): boolean {
  return pattern.endsWith("*") ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
}

export function headersFor(urlPath: string, rules: HeaderRule[]): HeaderSet {
  return Object.assign(
    { "Cache-Control": defaultCacheControl },
    ...rules.filter((rule) => patternMatches(rule.pattern, urlPath)).map((rule) => rule.headers),
  );
}
