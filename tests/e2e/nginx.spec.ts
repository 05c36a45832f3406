// Serves the fixture site with Debian's nginx and the generated deploy/nginx.conf over HTTPS (a
// certificate made at test time): the redirect from HTTP, headers of each kind of file, the 404
// page, every page in a browser under the production CSP, and the MDN HTTP Observatory's grade.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from "@playwright/test";
import { fixturePagePath, fixtureSiteDir } from "../../scripts/measure/fixture-site.ts";
import { siteConfigFrom } from "../../src/config/config.ts";
import { headerRulesFor, headersFor } from "../../src/publishing/headers.ts";
import { builtPages } from "../support/dist.ts";
import { type RunningNginx, startNginx } from "../support/nginx.ts";

// The fixture site is built with the default configuration (no analytics).
const rules = headerRulesFor(siteConfigFrom({}));
let nginx: RunningNginx | undefined;
let origin = "";
// A client that accepts the test certificate; the Observatory below verifies it properly.
let http: APIRequestContext;

test.describe.configure({ mode: "serial" });
test.use({ ignoreHTTPSErrors: true });

test.beforeAll(async () => {
  // Above the ports of playwright.config.ts's two web servers: HTTP, and HTTPS one above it.
  const port = Number(process.env.TEST_PORT ?? 8181) + 10 + 2 * test.info().parallelIndex;
  nginx = await startNginx(port, path.resolve(fixtureSiteDir));
  origin = nginx.origin;
  http = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
});

test.afterAll(async () => {
  await http?.dispose();
  await nginx?.stop();
});

/** A GET that reports redirects instead of following them. */
const get = (url: string, headers: Record<string, string> = {}) =>
  http.get(url, { maxRedirects: 0, headers });

/** One file of each kind that the site holds, by folder and name pattern. */
function firstFile(folder: string, pattern: RegExp): string {
  const name = readdirSync(path.join(fixtureSiteDir, folder)).find((file) => pattern.test(file));
  if (!name) throw new Error(`no file matching ${pattern} in ${fixtureSiteDir}/${folder}`);
  return `/${folder}/${name}`;
}

/** The build's own Pagefind bundle, /pagefind/<id> (issue 21). */
function searchBundle(): string {
  const entry = JSON.parse(readFileSync(path.join(fixtureSiteDir, "search-entry.json"), "utf8"));
  return path.posix.dirname(entry.pagefind).slice(1);
}

const kinds: Array<{ kind: string; urlPath: () => string; type: RegExp; cache: RegExp }> = [
  { kind: "a page", urlPath: () => fixturePagePath, type: /^text\/html/, cache: /max-age=0/ },
  {
    kind: "a hashed stylesheet",
    urlPath: () => firstFile("assets", /^site\.[0-9a-f]+\.css$/),
    type: /^text\/css/,
    cache: /immutable/,
  },
  {
    kind: "a hashed script",
    urlPath: () => firstFile("assets", /^site\.[0-9a-f]+\.js$/),
    type: /javascript/,
    cache: /immutable/,
  },
  {
    kind: "the current deploy's search entry",
    urlPath: () => "/search-entry.json",
    type: /^application\/json/,
    cache: /max-age=0/,
  },
  {
    kind: "Pagefind's entry file, in its build's bundle",
    urlPath: () => `/${searchBundle()}/pagefind-entry.json`,
    type: /^application\/json/,
    cache: /immutable/,
  },
  {
    kind: "Pagefind's script, in its build's bundle",
    urlPath: () => `/${searchBundle()}/pagefind.js`,
    type: /javascript/,
    cache: /immutable/,
  },
  {
    kind: "a Pagefind fragment",
    urlPath: () => firstFile(`${searchBundle()}/fragment`, /\.pf_fragment$/),
    type: /./,
    cache: /immutable/,
  },
  {
    kind: "a Pagefind index chunk",
    urlPath: () => firstFile(`${searchBundle()}/index`, /\.pf_index$/),
    type: /./,
    cache: /immutable/,
  },
  { kind: "the sitemap", urlPath: () => "/sitemap.xml", type: /xml/, cache: /max-age=0/ },
  // The editors' CMS: its own, looser CSP, on /admin/ only (issue 15).
  { kind: "the CMS page", urlPath: () => "/admin/", type: /^text\/html/, cache: /max-age=0/ },
  {
    kind: "the CMS's script",
    urlPath: () => "/admin/decap-cms.js",
    type: /javascript/,
    cache: /max-age=0/,
  },
  {
    kind: "the favicon",
    urlPath: () => "/favicon.svg",
    type: /^image\/svg\+xml/,
    cache: /max-age=0/,
  },
];

for (const { kind, urlPath, type, cache } of kinds) {
  test(`nginx serves ${kind} with the headers from headers.ts`, async () => {
    const response = await get(`${origin}${urlPath()}`);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toMatch(type);
    expect(headers["cache-control"]).toMatch(cache);
    for (const [name, value] of Object.entries(headersFor(urlPath(), rules))) {
      expect(headers[name.toLowerCase()], name).toBe(value);
    }
  });
}

test("nginx answers an unknown address with the 404 page, status 404 and the same CSP", async () => {
  const response = await get(`${origin}/finns-inte/`);
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Sidan kunde inte hittas");
  expect(response.headers()["content-security-policy"]).toBe(
    headersFor("/404.html", rules)["Content-Security-Policy"],
  );
  expect(response.headers()["strict-transport-security"]).toMatch(/max-age=63072000/);
  expect(response.headers()["cache-control"]).toMatch(/max-age=0/);
  // A missing hashed file must not be cached for a year.
  const missingAsset = await get(`${origin}/assets/site.0000000000.css`);
  expect(missingAsset.status()).toBe(404);
  expect(missingAsset.headers()["cache-control"]).toMatch(/max-age=0/);
  const missingBundle = await get(`${origin}/pagefind/0000000000/pagefind.js`);
  expect(missingBundle.status()).toBe(404);
  expect(missingBundle.headers()["cache-control"]).toMatch(/max-age=0/);
});

test("nginx redirects a renamed page's old address, and does not serve its own include", async () => {
  for (const old of ["/teknisk-support", "/teknisk-support/", "/teknisk-support/index.html"]) {
    const response = await get(`${origin}${old}`);
    expect(response.status(), old).toBe(301);
    expect(response.headers().location, old).toBe(fixturePagePath);
  }
  expect((await get(`${origin}/_nginx/redirects.conf`)).status()).toBe(404);
  expect((await get(`${origin}/_redirects`)).status()).toBe(404);
});

test("nginx does not serve _headers and compresses pages", async () => {
  expect((await get(`${origin}/_headers`)).status()).toBe(404);
  const page = await get(`${origin}${fixturePagePath}`, { "Accept-Encoding": "gzip" });
  expect(page.headers()["content-encoding"]).toBe("gzip");
});

test("nginx sends the build's own .br and .gz files, brotli when the browser accepts it", async () => {
  expect(nginx?.brotli, "install Debian's libnginx-mod-http-brotli-static").toBe(true);
  const css = firstFile("assets", /^site\.[0-9a-f]+\.css$/);
  const js = firstFile("assets", /^site\.[0-9a-f]+\.js$/);
  const firstView = [fixturePagePath, css, js];
  const served: Record<string, number> = { br: 0, gzip: 0 };
  for (const urlPath of firstView) {
    const file = path.join(
      fixtureSiteDir,
      urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath,
    );
    for (const [encoding, suffix] of [
      ["br", ".br"],
      ["gzip", ".gz"],
    ] as const) {
      const response = await get(`${origin}${urlPath}`, { "Accept-Encoding": encoding });
      expect(response.headers()["content-encoding"], `${urlPath} ${encoding}`).toBe(encoding);
      expect(response.headers().vary, urlPath).toMatch(/Accept-Encoding/i);
      // The length of the file the build wrote: sent as it is, not compressed again.
      const length = Number(response.headers()["content-length"]);
      expect(length, `${urlPath} ${encoding}`).toBe(statSync(`${file}${suffix}`).size);
      served[encoding] = (served[encoding] ?? 0) + length;
    }
  }
  console.log(`First view of ${fixturePagePath}: brotli ${served.br} B, gzip ${served.gzip} B`);
  test.info().annotations.push({
    type: "first view of the FAQ page (HTML + CSS + JS), bytes",
    description: `brotli ${served.br}, gzip ${served.gzip}`,
  });
  expect(served.br).toBeLessThan(served.gzip ?? 0);
});

test("plain HTTP answers every address only with a redirect to the same address over HTTPS", async () => {
  const httpOrigin = nginx?.httpOrigin ?? "";
  for (const urlPath of [fixturePagePath, "/support", "/assets/x.css?v=1", "/finns-inte/"]) {
    const response = await get(`${httpOrigin}${urlPath}`);
    expect(response.status(), urlPath).toBe(301);
    expect(response.headers().location, urlPath).toBe(`${origin}${urlPath}`);
    expect(await response.text(), urlPath).not.toContain("Försäkringskassan");
  }
});

test("a folder address without its slash redirects relatively, keeping HTTPS and the host", async () => {
  const response = await get(`${origin}${fixturePagePath.replace(/\/$/, "")}`);
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(fixturePagePath);
});

test("the MDN HTTP Observatory grades the served site A+, every test passing", async () => {
  // Its own retriever, tests and grader, in a process that trusts the test certificate.
  const [httpPort, httpsPort] = [nginx?.httpOrigin, origin].map((o) => new URL(o ?? "").port);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      "--import",
      "tsx",
      "tests/support/observatory-grade.ts",
      "127.0.0.1",
      `${httpPort}`,
      `${httpsPort}`,
    ],
    { env: { ...process.env, NODE_EXTRA_CA_CERTS: nginx?.certificateFile ?? "" } },
  );
  const grade = JSON.parse(stdout) as {
    grade: string;
    score: number;
    verified: boolean;
    tests: Array<{ name: string; result: string; pass: boolean }>;
  };
  console.log(
    `Observatory: ${grade.grade} (${grade.score}); ${grade.tests.map((t) => `${t.name}: ${t.result}`).join(", ")}`,
  );
  expect(grade.verified, "TLS verified against the test certificate").toBe(true);
  expect(grade.tests.filter((t) => !t.pass)).toEqual([]);
  expect(grade.tests.find((t) => t.name === "redirection")?.result).toBe("redirection-to-https");
  expect(grade.grade).toBe("A+");
});

test("every page works under the production headers: no CSP violation, no console error", async ({
  page,
}) => {
  const pages = builtPages(fixtureSiteDir);
  test.setTimeout(30_000 + 10_000 * pages.length);
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  // Injected by the test runner, so the CSP does not apply to this listener itself.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  for (const { urlPath } of pages) {
    const response = await page.goto(`${origin}${urlPath}`);
    expect(response?.status(), urlPath).toBe(200);
    expect(response?.headers()["content-security-policy"], urlPath).toBeTruthy();
    // Exercise what each page offers: the accordion, and the search field when there is one.
    // (axe runs on every page in pages.spec.ts, against the local server with the same headers.)
    const showAll = page.getByRole("button", { name: "Visa alla" });
    if (await showAll.isVisible()) {
      await showAll.click();
      await expect(page.getByRole("button", { name: "Dölj alla" })).toBeVisible();
    }
    const search = page.getByRole("searchbox").first();
    if (await search.isVisible()) {
      // Results need Pagefind's script, worker and WebAssembly, all under the CSP.
      const fragment = page
        .waitForResponse((r) => /\/pagefind\/[0-9a-f]+\/fragment\//.test(r.url()), {
          timeout: 10_000,
        })
        .catch(() => null);
      await search.fill("bankid");
      if ((await fragment)?.status() !== 200) problems.push(`${urlPath}: search found nothing`);
    }
  }
  expect(problems).toEqual([]);
});
