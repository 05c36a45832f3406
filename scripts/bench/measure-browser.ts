// Serves the built sites and measures, in headless Chromium, the real site's page weights and the
// search cost on the real site and on the largest corpus.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { siteConfigFrom } from "../../src/config/config.ts";
import { headerRulesFor } from "../../src/publishing/headers.ts";
import { startStaticServer } from "../../src/publishing/static-server.ts";
import { launchBrowser, type PageWeight, sitePages, weighFirstView } from "./page-weight.ts";
import { measureSearch, type SearchCost } from "./search-cost.ts";

/** The production headers, as the site is configured by the environment. */
const rules = headerRulesFor(siteConfigFrom(process.env));

/** The address a server listens at; port 0 lets the system choose a free port. */
export function origin(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Weighs the first view of every page of the built site in `siteDir`. */
export async function measurePageWeights(siteDir: string, port: number): Promise<PageWeight[]> {
  const server = await startStaticServer({ root: siteDir, port, rules });
  const browser = await launchBrowser();
  try {
    const weights: PageWeight[] = [];
    for (const page of await sitePages(siteDir)) {
      console.log(`  weighing ${page}`);
      weights.push(await weighFirstView(browser, origin(server), page));
    }
    return weights;
  } finally {
    await browser.close();
    server.close();
  }
}

export async function measureBrowser(
  realSite: string,
  largeSite: string,
  largeLabel: string,
  port: number,
): Promise<{ pageWeights: PageWeight[]; search: SearchCost[] }> {
  const pageWeights = await measurePageWeights(realSite, port);
  const [realServer, largeServer] = await Promise.all([
    startStaticServer({ root: realSite, port, rules }),
    startStaticServer({ root: largeSite, port: port === 0 ? 0 : port + 1, rules }),
  ]);
  const browser = await launchBrowser();
  try {
    console.log("  searching the real site and the largest corpus");
    const search = [
      await measureSearch(browser, "real content", origin(realServer), "/"),
      await measureSearch(browser, largeLabel, origin(largeServer), "/"),
    ];
    return { pageWeights, search };
  } finally {
    await browser.close();
    realServer.close();
    largeServer.close();
  }
}
