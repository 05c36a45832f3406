// `tsx scripts/measure/first-visit.ts [path]`: builds the site with a stub Matomo configured and prints the
// requests and cookies of a first visit before any cookie choice, to show that nothing tracks.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { startAnalyticsSite } from "./analytics-site.ts";

const pagePath = process.argv[2] ?? "/teknisk-support/";
const site = await startAnalyticsSite();
// Debian's chromium where Playwright cannot download its own (as in playwright.config.ts).
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("requestfinished", async (request) => {
    const size = (await request.sizes()).responseBodySize;
    const url = request.url().replace(site.origin, "");
    console.log(`request  ${request.method()} ${url} (${request.resourceType()}, ${size} bytes)`);
  });
  await page.goto(`${site.origin}${pagePath}`, { waitUntil: "networkidle" });
  const banner = await page.locator(".app-cookie-banner").isVisible();
  console.log(`banner   ${banner ? "shown" : "hidden"}`);
  const cookies = await context.cookies();
  console.log(`cookies  ${cookies.length === 0 ? "none" : cookies.map((c) => c.name).join(", ")}`);
  console.log(
    `storage  ${await page.evaluate(() => localStorage.length + sessionStorage.length)} keys`,
  );
  console.log(`tracker  ${site.trackerRequests.length} requests for the stub Matomo`);
} finally {
  await browser.close();
  await site.close();
}
