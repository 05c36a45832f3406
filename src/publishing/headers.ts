// The HTTP response headers of the published site, defined once: the local server applies them,
// and the build writes them for static hosts (dist/_headers) and nginx (deploy/nginx.conf).
import type { SiteConfig } from "../config/config.ts";

export type HeaderSet = Record<string, string>;

export interface HeaderRule {
  /** A path pattern in the _headers syntax: a literal path or a trailing "*". */
  pattern: string;
  headers: HeaderSet;
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
 * set the same header: Netlify and Cloudflare Pages join such values with a comma, which would
 * turn two Cache-Control values into one broken one (tests/publishing/headers.test.ts checks).
 * Only files whose name changes with their content are long-cached: Pagefind's entry file,
 * its scripts, its UI files and its WebAssembly keep their names across builds, so they take
 * the default; its index, filter and fragment files are named by their content.
 */
export function headerRulesFor(site: SiteConfig): HeaderRule[] {
  return [
    { pattern: "/*", headers: securityHeadersFor(site) },
    { pattern: "/assets/*", headers: { "Cache-Control": longCache } },
    { pattern: "/pagefind/fragment/*", headers: { "Cache-Control": longCache } },
    { pattern: "/pagefind/index/*", headers: { "Cache-Control": longCache } },
    { pattern: "/pagefind/filter/*", headers: { "Cache-Control": longCache } },
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
