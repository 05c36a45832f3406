// The response headers: one set of rules, and the _headers and nginx files written from it.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, it } from "node:test";
import { defaultBaseUrl, siteConfigFrom } from "../../src/config/config.ts";
import {
  headerRulesFor,
  headersFor as headersWith,
  metaCmsContentSecurityPolicyFor,
  metaContentSecurityPolicyFor,
  patternMatches,
} from "../../src/publishing/headers.ts";
import { renderHeadersFile, renderNginxServer } from "../../src/publishing/headers-formats.ts";

// The default configuration, made in memory; the analytics case makes a second one below.
const site = siteConfigFrom({});
const headerRules = headerRulesFor(site);
const headersFor = (urlPath: string) => headersWith(urlPath, headerRules);
const metaContentSecurityPolicy = metaContentSecurityPolicyFor(site);

const longCache = "public, max-age=31536000, immutable";
const revalidate = "public, max-age=0, must-revalidate";

/** What Netlify and Cloudflare Pages do with _headers: every matching rule, values comma-joined. */
function hostHeaders(file: string, urlPath: string): Record<string, string> {
  const result: Record<string, string> = {};
  let applies = false;
  for (const line of file.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!line.startsWith(" ")) {
      applies = patternMatches(line.trim(), urlPath);
      continue;
    }
    if (!applies) continue;
    // Cloudflare Pages' "! Name" detaches a header that a broader rule set.
    if (line.trim().startsWith("! ")) {
      delete result[line.trim().slice(2)];
      continue;
    }
    const [name = "", ...rest] = line.trim().split(": ");
    const value = rest.join(": ");
    result[name] = result[name] ? `${result[name]}, ${value}` : value;
  }
  return result;
}

/** One build's Pagefind bundle: every Pagefind file sits in a folder named by its hash (issue 21). */
const bundle = "/pagefind/3f9a0c51d2e4";

const samplePaths = [
  "/",
  "/fragor-och-svar/",
  "/404.html",
  "/sitemap.xml",
  "/search-entry.json",
  "/deploys.json",
  "/assets/site.0123456789.css",
  "/assets/site.0123456789.css.br",
  `${bundle}/pagefind-entry.json`,
  `${bundle}/pagefind.js`,
  `${bundle}/pagefind-worker.js`,
  `${bundle}/wasm.sv.pagefind`,
  `${bundle}/pagefind.sv_9ad37dbb12.pf_meta`,
  `${bundle}/fragment/sv_4f1a78a.pf_fragment`,
  `${bundle}/index/sv_e8e919d.pf_index`,
  `${bundle}/filter/sv_89bd396.pf_filter`,
];

/** The editors' CMS (issue 15), with its own policy. */
const cmsPaths = ["/admin/", "/admin/index.html", "/admin/decap-cms.js", "/admin/config.yml"];

describe("headersFor", () => {
  it("revalidates pages and long-caches only files named by their content", () => {
    for (const unhashed of ["/", "/fragor-och-svar/", "/sitemap.xml", "/search-entry.json"]) {
      assert.equal(headersFor(unhashed)["Cache-Control"], revalidate, unhashed);
    }
    // The manifest of deploys names the live deploy: the next carry-over must see the newest.
    assert.equal(headersFor("/deploys.json")["Cache-Control"], revalidate);
    assert.equal(headersFor("/assets/site.0123456789.css")["Cache-Control"], longCache);
    assert.equal(headersFor("/assets/search.0123456789.js.br")["Cache-Control"], longCache);
    // Every file of a bundle folder, its entry file and runtime too, is named by the bundle's hash.
    for (const file of samplePaths.filter((urlPath) => urlPath.startsWith(`${bundle}/`))) {
      assert.equal(headersFor(file)["Cache-Control"], longCache, file);
    }
    // What names the current deploy's bundle must never be taken from a cache unasked.
    assert.equal(headersFor("/search-entry.json")["Cache-Control"], revalidate);
  });

  it("sends a strict Content-Security-Policy and the other security headers with every file", () => {
    for (const urlPath of samplePaths) {
      const headers = headersFor(urlPath);
      const csp = headers["Content-Security-Policy"] ?? "";
      assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/, urlPath);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /object-src 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.equal(headers["X-Content-Type-Options"], "nosniff");
      assert.ok(headers["Referrer-Policy"]);
      assert.ok(headers["Permissions-Policy"]);
    }
  });

  it("gives pages the same policy for a meta tag, without what a meta tag cannot carry", () => {
    const header = headersFor("/")["Content-Security-Policy"] ?? "";
    assert.equal(metaContentSecurityPolicy, header.replace("; frame-ancestors 'none'", ""));
    assert.doesNotMatch(metaContentSecurityPolicy, /frame-ancestors|report-uri|sandbox/);
  });

  it("admits the configured analytics origin in the CSP, and only with analytics on", () => {
    const withAnalytics = siteConfigFrom({
      MATOMO_URL: "https://matomo.example.se/",
      MATOMO_SITE_ID: "3",
    });
    const csp = headersWith("/", headerRulesFor(withAnalytics))["Content-Security-Policy"] ?? "";
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' https:\/\/matomo\.example\.se;/);
    assert.match(
      metaContentSecurityPolicyFor(withAnalytics),
      /connect-src 'self' https:\/\/matomo/,
    );
    assert.doesNotMatch(headersFor("/")["Content-Security-Policy"] ?? "", /matomo/);
    assert.equal(new URL(defaultBaseUrl).protocol, "https:");
  });

  it("admits exactly the feedback origin to connect-src and form-action, and nowhere else", () => {
    const withFeedback = siteConfigFrom({ FEEDBACK_URL: "https://svar.example.se/faq/feedback" });
    const csp = headersWith("/", headerRulesFor(withFeedback))["Content-Security-Policy"] ?? "";
    const directives = new Map(
      csp.split("; ").map((directive) => {
        const [name = "", ...sources] = directive.split(" ");
        return [name, sources] as const;
      }),
    );
    assert.deepEqual(directives.get("connect-src"), ["'self'", "https://svar.example.se"]);
    assert.deepEqual(directives.get("form-action"), ["'self'", "https://svar.example.se"]);
    const elsewhere = [...directives].filter(([name]) => !/^(connect-src|form-action)$/.test(name));
    assert.deepEqual(
      elsewhere.filter(([, sources]) => sources.some((source) => source.includes("svar."))),
      [],
    );
    assert.match(metaContentSecurityPolicyFor(withFeedback), /form-action 'self' https:\/\/svar/);
    assert.doesNotMatch(headersFor("/")["Content-Security-Policy"] ?? "", /svar\.example/);
  });

  it("names the feedback origin once when Matomo receives the feedback too", () => {
    const both = siteConfigFrom({
      MATOMO_URL: "https://matomo.example.se/",
      MATOMO_SITE_ID: "3",
      FEEDBACK_URL: "https://matomo.example.se/matomo.php",
    });
    const csp = headersWith("/", headerRulesFor(both))["Content-Security-Policy"] ?? "";
    assert.match(csp, /connect-src 'self' https:\/\/matomo\.example\.se;/);
    assert.match(csp, /form-action 'self' https:\/\/matomo\.example\.se;/);
  });

  it("never has two rules matching one path set the same header, unless the later replaces it", () => {
    for (const path of [...samplePaths, ...cmsPaths]) {
      const matching = headerRules.filter((rule) => patternMatches(rule.pattern, path));
      const names = matching.flatMap((rule, index) =>
        Object.keys(rule.headers).filter(
          (name) => !matching.slice(index + 1).some((later) => later.replaces?.includes(name)),
        ),
      );
      assert.deepEqual(names, [...new Set(names)], path);
    }
  });

  it("gives the CMS at /admin/ what Decap needs, and nothing of it to any other path", () => {
    const site = siteConfigFrom({
      CMS_AUTH_URL: "https://cms-auth.example.se/",
      CMS_LOCAL_BACKEND: "http://localhost:8081/api/v1",
    });
    const rules = headerRulesFor(site);
    for (const urlPath of cmsPaths) {
      const headers = headersWith(urlPath, rules);
      const csp = headers["Content-Security-Policy"] ?? "";
      assert.match(csp, /script-src 'self' 'unsafe-eval';/, urlPath);
      assert.match(csp, /style-src 'self' 'unsafe-inline';/);
      assert.match(
        csp,
        /connect-src 'self' https:\/\/api\.github\.com https:\/\/cms-auth\.example\.se http:\/\/localhost:8081;/,
      );
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /object-src 'none'/);
      assert.equal(headers["X-Content-Type-Options"], "nosniff");
    }
    // Every other path keeps exactly the site's policy, whatever the CMS is configured with.
    for (const urlPath of [...samplePaths, "/administration/", "/support/admin/"]) {
      assert.equal(
        headersWith(urlPath, rules)["Content-Security-Policy"],
        headersFor("/")["Content-Security-Policy"],
        urlPath,
      );
    }
    assert.doesNotMatch(
      headersFor("/")["Content-Security-Policy"] ?? "",
      /'unsafe-eval'|'unsafe-inline'|github|8081/,
    );
    assert.match(metaCmsContentSecurityPolicyFor(site), /'unsafe-eval'/);
    assert.doesNotMatch(metaCmsContentSecurityPolicyFor(site), /frame-ancestors/);
  });
});

describe("dist/_headers", () => {
  it("gives each path on Netlify and Cloudflare Pages the headers the local server sends", () => {
    const file = renderHeadersFile(headerRules);
    for (const urlPath of [...samplePaths, ...cmsPaths]) {
      const expected = headersFor(urlPath);
      // The hosts' own default Cache-Control is the site's default, so the file leaves it out.
      if (expected["Cache-Control"] === revalidate) delete expected["Cache-Control"];
      assert.deepEqual(hostHeaders(file, urlPath), expected, urlPath);
    }
  });
});

describe("deploy/nginx.conf", () => {
  it("answers plain HTTP only with a redirect to HTTPS, and serves the site over TLS", () => {
    const config = renderNginxServer(headerRules);
    const [plain = "", tls = ""] = config.split(/\n(?=server \{)/).slice(1);
    assert.match(plain, /listen 80;/);
    assert.match(plain, /location \/ \{\n\s+return 301 https:\/\/\$host\$request_uri;\n\s+\}\n\}/);
    assert.doesNotMatch(plain, /root |try_files/);
    assert.match(tls, /listen 443 ssl http2;/);
    assert.match(tls, /ssl_certificate \/etc\/ssl\/certs\/[^;]+;/);
    assert.match(tls, /absolute_redirect off;/);
  });

  it("sends HSTS for two years with subdomains, and same-origin COOP and CORP", () => {
    const headers = headersFor("/");
    assert.equal(headers["Strict-Transport-Security"], "max-age=63072000; includeSubDomains");
    assert.equal(headers["Cross-Origin-Opener-Policy"], "same-origin");
    assert.equal(headers["Cross-Origin-Resource-Policy"], "same-origin");
  });

  it("is what the generator writes from headers.ts (run `npm run headers:nginx` after a change)", async () => {
    assert.equal(await readFile("deploy/nginx.conf", "utf8"), renderNginxServer(headerRules));
  });

  it("lists every header in every location, because nginx does not merge locations", () => {
    const config = renderNginxServer(headerRules);
    // The HTTPS server's locations, after the one that hides _headers and those hiding the
    // redirects' own files.
    const tlsServer = config.slice(config.indexOf("ssl_certificate"));
    const locations = tlsServer
      .split(/\n {4}location /)
      .slice(2)
      // The files that are not part of the site answer 404 and carry no headers.
      .filter((location) => !/^\S+ \S+ \{\n\s+return 404;/.test(location));
    assert.ok(locations.length >= 2);
    for (const location of locations) {
      for (const name of Object.keys(headersFor("/"))) {
        assert.match(location, new RegExp(`add_header ${name} "[^"]+" always;`));
      }
    }
  });
});
