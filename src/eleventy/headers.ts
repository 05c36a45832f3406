// The HTTP response headers of the published site, defined once: the local server applies them,
// and the build writes them for static hosts (dist/_headers) and nginx (deploy/nginx.conf).
import { site } from "./site.ts";

export type HeaderSet = Record<string, string>;

export interface HeaderRule {
  /** A path pattern in the _headers syntax: a literal path or a trailing "*". */
  pattern: string;
  headers: HeaderSet;
}

const longCache = "public, max-age=31536000, immutable";
const revalidate = "public, max-age=0, must-revalidate";

function contentSecurityPolicy(analyticsOrigin: string | null): string {
  const extra = analyticsOrigin ? ` ${analyticsOrigin}` : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${extra}`,
    "style-src 'self'",
    `img-src 'self' data:${extra}`,
    `connect-src 'self'${extra}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const securityHeaders: HeaderSet = {
  "Content-Security-Policy": contentSecurityPolicy(
    site.analytics ? new URL(site.analytics.url).origin : null,
  ),
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

/** In order; a path gets the headers of every rule it matches, later rules winning. */
export const headerRules: HeaderRule[] = [
  { pattern: "/*", headers: { ...securityHeaders, "Cache-Control": revalidate } },
  { pattern: "/assets/*", headers: { "Cache-Control": longCache } },
  { pattern: "/pagefind/*", headers: { "Cache-Control": longCache } },
  { pattern: "/pagefind/pagefind-entry.json", headers: { "Cache-Control": revalidate } },
  { pattern: "/pagefind/pagefind.js", headers: { "Cache-Control": revalidate } },
];

function matches(pattern: string, urlPath: string): boolean {
  return pattern.endsWith("*") ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
}

export function headersFor(urlPath: string, rules = headerRules): HeaderSet {
  return Object.assign(
    {},
    ...rules.filter((rule) => matches(rule.pattern, urlPath)).map((rule) => rule.headers),
  );
}
