// Loads each page of a built site in headless Chromium and weighs every request of its first view,
// raw, gzip and brotli, as a citizen's browser would fetch it.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../chromium-launch.ts";

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export type Kind = "html" | "css" | "js" | "other";

export interface Weighed {
  url: string;
  kind: Kind;
  bytes: Bytes;
}

export interface PageWeight {
  page: string;
  requests: number;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  other: Bytes;
  total: Bytes;
  /** Requests to /pagefind/ during the first view: search must cost nothing before it is used. */
  searchRequests: number;
}

/** Chromium as the browser tests launch it (Debian's, with the same flags). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, headless: true });
}

/** Pages that say `noindex` are not for citizens (the editors' CMS at /admin/). */
const notForCitizens = /<meta name="robots" content="[^"]*noindex/;

/**
 * Every HTML page of the site in `dir` that citizens are sent to, as the URL path it is served at:
 * the pages the budgets are for.
 */
export async function sitePages(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter(
    (file) => file.endsWith(".html") && !file.split(path.sep).includes("pagefind"),
  );
  const forCitizens = await Promise.all(
    files.map(async (file) => !notForCitizens.test(await readFile(path.join(dir, file), "utf8"))),
  );
  return files
    .filter((_, index) => forCitizens[index])
    .map((file) => `/${file.split(path.sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}

/** The first FAQ page of the site in `dir` (the first page with questions): where search is used. */
export async function firstFaqPage(dir: string): Promise<string> {
  for (const page of await sitePages(dir)) {
    const html = await readFile(
      path.join(dir, page, page.endsWith("/") ? "index.html" : ""),
      "utf8",
    );
    if (html.includes('data-module="app-accordion"')) return page;
  }
  throw new Error(`${dir} has no FAQ page`);
}

export function weigh(body: Buffer): Bytes {
  return {
    raw: body.length,
    gzip: gzipSync(body).length,
    brotli: brotliCompressSync(body).length,
  };
}

export function sum(items: Bytes[]): Bytes {
  return items.reduce(
    (total, b) => ({
      raw: total.raw + b.raw,
      gzip: total.gzip + b.gzip,
      brotli: total.brotli + b.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

const kinds: Record<string, Kind> = { document: "html", stylesheet: "css", script: "js" };

/** Records every response of `page` (workers included) until `stop` is called. */
export function recordResponses(page: Page): { stop: () => Promise<Weighed[]> } {
  const pending: Promise<Weighed | null>[] = [];
  const onResponse = (response: import("@playwright/test").Response) => {
    const kind = kinds[response.request().resourceType()] ?? "other";
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), kind, bytes: weigh(body) }))
        .catch(() => null),
    );
  };
  page.context().on("response", onResponse);
  return {
    async stop() {
      page.context().off("response", onResponse);
      return (await Promise.all(pending)).filter((w): w is Weighed => w !== null);
    },
  };
}

export async function weighFirstView(browser: Browser, baseUrl: string, pagePath: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const recording = recordResponses(page);
  await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: "networkidle" });
  const weighed = await recording.stop();
  await context.close();
  const of = (kind: Kind) => sum(weighed.filter((w) => w.kind === kind).map((w) => w.bytes));
  const weight: PageWeight = {
    page: pagePath,
    requests: weighed.length,
    html: of("html"),
    css: of("css"),
    js: of("js"),
    other: of("other"),
    total: sum(weighed.map((w) => w.bytes)),
    searchRequests: weighed.filter((w) => new URL(w.url).pathname.startsWith("/pagefind/")).length,
  };
  return weight;
}
