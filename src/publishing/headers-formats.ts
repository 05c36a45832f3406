// Writes the header rules of headers.ts in the formats hosts read: _headers and an nginx server block.

import { defaultBaseUrl } from "../config/config.ts";
import { defaultCacheControl, type HeaderRule, type HeaderSet, patternMatches } from "./headers.ts";

const generatedNote = "Generated from src/publishing/headers.ts: do not edit by hand.";

/**
 * The _headers file of Netlify and Cloudflare Pages. Both join the values of a header set by
 * two matching rules, so each rule is written as it stands (the rules never overlap), and the
 * default Cache-Control, which is also theirs, is left to them. A rule that replaces a header
 * first detaches it ("! Name", Cloudflare Pages' syntax; deploy/README.md says what Netlify does).
 */
export function renderHeadersFile(rules: HeaderRule[]): string {
  const blocks = rules.map((rule) =>
    [
      rule.pattern,
      ...(rule.replaces ?? []).map((name) => `  ! ${name}`),
      ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
    ]
      .join("\n")
      .concat("\n"),
  );
  return [
    `# ${generatedNote}`,
    `# Paths no rule gives a Cache-Control get the host's default: ${defaultCacheControl}`,
    "",
    blocks.join("\n"),
  ].join("\n");
}

/** Every header a path under `pattern` gets: the default, then each rule covering all of it. */
function headersOfPattern(pattern: string, rules: HeaderRule[]): HeaderSet {
  const covering = rules.filter((rule) =>
    pattern.endsWith("*")
      ? rule.pattern.endsWith("*") && pattern.startsWith(rule.pattern.slice(0, -1))
      : patternMatches(rule.pattern, pattern),
  );
  return Object.assign(
    { "Cache-Control": defaultCacheControl },
    ...covering.map((rule) => rule.headers),
  );
}

function nginxLocation(pattern: string): string {
  if (pattern === "/*") return "location /";
  return pattern.endsWith("*") ? `location ^~ ${pattern.slice(0, -1)}` : `location = ${pattern}`;
}

function nginxQuote(value: string): string {
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}

export interface NginxOptions {
  /** The folder holding the built site: the `current` link of the releases (npm run release). */
  root?: string;
  /** What the plain HTTP server listens on (a port, or address:port); it only redirects. */
  listen?: string;
  /** What the HTTPS server listens on. */
  listenTls?: string;
  serverName?: string;
  /** The certificate chain and its key: placeholders to replace with the real paths. */
  certificate?: string;
  certificateKey?: string;
}

/**
 * Two server blocks for the http {} context: plain HTTP answers only with a redirect to HTTPS,
 * and the HTTPS server serves the site. nginx uses the headers of the one location a request
 * ends up in, so each location lists every header its paths get; `always` adds them to the 404
 * page too.
 */
export function renderNginxServer(rules: HeaderRule[], options: NginxOptions = {}) {
  const serverName = options.serverName ?? new URL(defaultBaseUrl).hostname;
  const {
    root = "/var/www/fk-faq/current",
    listen = "80",
    listenTls = "443",
    certificate = `/etc/ssl/certs/${serverName}.fullchain.pem`,
    certificateKey = `/etc/ssl/private/${serverName}.key`,
  } = options;
  const patterns = rules.some((rule) => rule.pattern === "/*")
    ? rules.map((rule) => rule.pattern)
    : ["/*", ...rules.map((rule) => rule.pattern)];
  const locations = [...new Set(patterns)].map((pattern) => {
    const headers = Object.entries(headersOfPattern(pattern, rules)).map(
      ([name, value]) => `        add_header ${name} ${nginxQuote(value)} always;`,
    );
    const files = pattern === "/*" ? ["        try_files $uri $uri/ =404;"] : [];
    return [`    ${nginxLocation(pattern)} {`, ...files, ...headers, "    }"].join("\n");
  });
  return `# ${generatedNote} Regenerate with \`npm run headers:nginx\`.
# Server blocks for the http {} context (for example /etc/nginx/conf.d/fk-faq.conf) serving the
# release that /var/www/fk-faq/current links to (npm run release, deploy/README.md).
# Replace the certificate paths with your own; behind a CDN or load balancer that ends TLS, point
# it at the HTTPS server (or keep its TLS to the origin) so that no page is served over plain HTTP.

# Plain HTTP: only a redirect to the same address over HTTPS.
server {
    listen ${listen};
    server_name ${serverName};
    server_tokens off;

    location / {
        return 301 https://$host$request_uri;
    }
}

server {
    listen ${listenTls} ssl http2;
    server_name ${serverName};
    ssl_certificate ${certificate};
    ssl_certificate_key ${certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers off;
    ssl_session_cache shared:fk_faq_tls:10m;
    ssl_session_timeout 1d;
    root ${root};
    index index.html;
    charset utf-8;
    charset_types text/css text/plain text/xml application/javascript application/json application/xml;
    server_tokens off;
    # Redirects nginx makes itself (/page to /page/) keep the scheme and host the visitor used:
    # an absolute one would name the plain-HTTP origin behind a TLS edge.
    absolute_redirect off;
    # The build writes file.br and file.gz beside every text file: send those as they are. Brotli
    # needs Debian's libnginx-mod-http-brotli-static (it enables itself); without it, remove the
    # brotli_static line. gzip compresses on the fly only what has no .gz (small files).
    brotli_static on;
    gzip_static on;
    gzip on;
    gzip_vary on;
    gzip_types text/css text/plain text/xml application/javascript application/json application/xml image/svg+xml;
    error_page 404 /404.html;

    # The file Netlify and Cloudflare Pages read; not part of the site.
    location = /_headers {
        return 404;
    }

    # Renamed pages' redirects (tidigare in a page's index.md), which the build writes into the
    # site: reload nginx after publishing, since nginx reads an include when it (re)loads.
    include ${root}/_nginx/*.conf;
    location ^~ /_nginx/ {
        return 404;
    }
    location = /_redirects {
        return 404;
    }

${locations.join("\n\n")}
}
`;
}
