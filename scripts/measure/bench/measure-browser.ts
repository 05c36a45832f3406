// Serves built sites and measures, in headless Chromium, the real site's page weights and the
// search cost on an FAQ page of the real site and of the largest corpus.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "@playwright/test";
import { siteConfigFrom } from "../../../src/config/config.ts";
import { headerRulesFor } from "../../../src/publishing/headers.ts";
import { startStaticServer } from "../../../src/publishing/static-server.ts";
import {
  firstFaqPage,
  launchBrowser,
  type PageWeight,
  sitePages,
  weighFirstView,
} from "./page-weight.ts";
import { measureSearch, type SearchCost } from "./search-cost.ts";

/** The address a server listens at. */
export function origin(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Serves `siteDir` (port 0: any free port) to a fresh Chromium while `use` runs. */
export async function withSite<T>(
  siteDir: string,
  port: number,
  use: (browser: Browser, origin: string) => Promise<T>,
): Promise<T> {
  // The production headers, as the environment configures the site.
  const rules = headerRulesFor(siteConfigFrom(process.env));
  const server = await startStaticServer({ root: siteDir, port, rules });
  const browser = await launchBrowser();
  try {
    return await use(browser, origin(server));
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Weighs the first view of every page of the built site in `siteDir`. */
export function measurePageWeights(siteDir: string, port: number): Promise<PageWeight[]> {
  return withSite(siteDir, port, async (browser, origin) => {
    const weights: PageWeight[] = [];
    for (const page of await sitePages(siteDir)) {
      console.log(`  weighing ${page}`);
      weights.push(await weighFirstView(browser, origin, page));
    }
    return weights;
  });
}

export async function measureBrowser(
  realSite: string,
  largeSite: string,
  largeLabel: string,
  port: number,
  keyDelay?: number,
): Promise<{ pageWeights: PageWeight[]; search: SearchCost[] }> {
  const pageWeights = await measurePageWeights(realSite, port);
  console.log("  searching the real site and the largest corpus");
  const search: SearchCost[] = [];
  for (const [site, dir] of [
    ["real content", realSite],
    [largeLabel, largeSite],
  ] as const) {
    const page = await firstFaqPage(dir);
    search.push(
      await withSite(dir, port, (b, origin) =>
        measureSearch(b, site, origin, page, undefined, keyDelay),
      ),
    );
  }
  return { pageWeights, search };
}
