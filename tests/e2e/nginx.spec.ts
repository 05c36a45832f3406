// Serves the fixture site with Debian's nginx and the generated deploy/nginx.conf: headers of each kind of
// file, the 404 page, and every page in a browser under the production CSP.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { siteConfigFrom } from "../../src/config/config.ts";
import { headerRulesFor, headersFor } from "../../src/publishing/headers.ts";
import { builtPages } from "../support/dist.ts";
import { fixturePagePath, fixtureSiteDir } from "../support/fixture-site.ts";
import { type RunningNginx, startNginx } from "../support/nginx.ts";

// The fixture site is built with the default configuration (no analytics).
const rules = headerRulesFor(siteConfigFrom({}));
let nginx: RunningNginx | undefined;
let origin = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // Above the ports of playwright.config.ts's two web servers.
  const port = Number(process.env.TEST_PORT ?? 8181) + 10 + test.info().parallelIndex;
  nginx = await startNginx(port, path.resolve(fixtureSiteDir));
  origin = nginx.origin;
});

test.afterAll(async () => {
  await nginx?.stop();
});

/** One file of each kind that the site holds, by folder and name pattern. */
function firstFile(folder: string, pattern: RegExp): string {
  const name = readdirSync(path.join(fixtureSiteDir, folder)).find((file) => pattern.test(file));
  if (!name) throw new Error(`no file matching ${pattern} in ${fixtureSiteDir}/${folder}`);
  return `/${folder}/${name}`;
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
    kind: "Pagefind's entry file",
    urlPath: () => "/pagefind/pagefind-entry.json",
    type: /^application\/json/,
    cache: /max-age=0/,
  },
  {
    kind: "Pagefind's script",
    urlPath: () => "/pagefind/pagefind.js",
    type: /javascript/,
    cache: /max-age=0/,
  },
  {
    kind: "a Pagefind fragment",
    urlPath: () => firstFile("pagefind/fragment", /\.pf_fragment$/),
    type: /./,
    cache: /immutable/,
  },
  {
    kind: "a Pagefind index chunk",
    urlPath: () => firstFile("pagefind/index", /\.pf_index$/),
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
    const response = await fetch(`${origin}${urlPath()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(type);
    expect(response.headers.get("cache-control")).toMatch(cache);
    for (const [name, value] of Object.entries(headersFor(urlPath(), rules))) {
      expect(response.headers.get(name), name).toBe(value);
    }
  });
}

test("nginx answers an unknown address with the 404 page, status 404 and the same CSP", async () => {
  const response = await fetch(`${origin}/finns-inte/`);
  expect(response.status).toBe(404);
  expect(await response.text()).toContain("Sidan kunde inte hittas");
  expect(response.headers.get("content-security-policy")).toBe(
    headersFor("/404.html", rules)["Content-Security-Policy"],
  );
  expect(response.headers.get("cache-control")).toMatch(/max-age=0/);
  // A missing hashed file must not be cached for a year.
  const missingAsset = await fetch(`${origin}/assets/site.0000000000.css`);
  expect(missingAsset.status).toBe(404);
  expect(missingAsset.headers.get("cache-control")).toMatch(/max-age=0/);
});

test("nginx does not serve _headers and compresses pages", async () => {
  expect((await fetch(`${origin}/_headers`)).status).toBe(404);
  const page = await fetch(`${origin}${fixturePagePath}`, {
    headers: { "Accept-Encoding": "gzip" },
  });
  expect(page.headers.get("content-encoding")).toBe("gzip");
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
        .waitForResponse((r) => r.url().includes("/pagefind/fragment/"), { timeout: 10_000 })
        .catch(() => null);
      await search.fill("bankid");
      if ((await fragment)?.status() !== 200) problems.push(`${urlPath}: search found nothing`);
    }
  }
  expect(problems).toEqual([]);
});
