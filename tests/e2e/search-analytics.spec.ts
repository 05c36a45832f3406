// Site search in Matomo (issue 12), against a build with Matomo configured and a stub tracker:
// with "Ja", the final term of a search and its result count are queued once, not every keystroke's
// search; with "Nej", nothing is queued or sent.
import { expect, type Page, test } from "@playwright/test";
import { type AnalyticsSite, startAnalyticsSite } from "../../scripts/measure/analytics-site.ts";

// One build and server for the whole file.
test.describe.configure({ mode: "default", timeout: 90_000 });

let site: AnalyticsSite;
const yes = "Ja, jag godkänner alla kakor";
const no = "Nej, jag godkänner bara nödvändiga kakor";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await startAnalyticsSite();
});

test.afterAll(async () => {
  await site.close();
});

test.beforeEach(() => {
  site.trackerRequests.length = 0;
});

/** The site searches queued for Matomo in this page. */
function siteSearches(page: Page) {
  return page.evaluate(() =>
    ((window as { _paq?: unknown[][] })._paq ?? []).filter((c) => c[0] === "trackSiteSearch"),
  );
}

async function typeSearch(page: Page, terms: string[]) {
  const $field = page.getByRole("searchbox", { name: "Sök bland frågor och svar" });
  for (const term of terms) {
    await $field.fill(term);
    await expect(page.locator(".app-search").getByRole("status")).toContainText(`”${term}”`, {
      timeout: 20_000,
    });
  }
}

test("with Ja, the final term and its result count go to Matomo's site search once", async ({
  page,
}) => {
  await page.goto(`${site.origin}/support/`);
  await page.getByRole("button", { name: yes }).click();
  await expect.poll(() => site.trackerRequests).toEqual(["/stub-matomo/matomo.js"]);
  // Two searches in quick succession: only the one the citizen stays with is the final term.
  await typeSearch(page, ["bil", "bilagor"]);
  const count = await page.locator(".app-search__link").count();
  await expect
    .poll(() => siteSearches(page), { timeout: 10_000 })
    .toEqual([["trackSiteSearch", "bilagor", false, count]]);
  // A term that finds nothing is reported too, with 0: that is what editors need to see.
  await typeSearch(page, ["föräldrapenning"]);
  await page.waitForTimeout(3_000);
  expect(await siteSearches(page)).toEqual([
    ["trackSiteSearch", "bilagor", false, count],
    ["trackSiteSearch", "föräldrapenning", false, 0],
  ]);
});

test("following a result sends its term at once", async ({ page }) => {
  await page.goto(`${site.origin}/support/`);
  await page.getByRole("button", { name: yes }).click();
  await typeSearch(page, ["portleten"]);
  await page.evaluate(() => {
    // The landing page is another document: keep what the search page queued.
    addEventListener("pagehide", () => {
      sessionStorage.setItem("queued", JSON.stringify((window as { _paq?: unknown[] })._paq));
    });
  });
  await page.locator(".app-search__link").first().click();
  await expect(page).toHaveURL(/#portleten-ar-inte-tillganglig$/);
  const queued = await page.evaluate(() => JSON.parse(sessionStorage.getItem("queued") ?? "[]"));
  expect(queued.filter((c: unknown[]) => c[0] === "trackSiteSearch")).toEqual([
    ["trackSiteSearch", "portleten", false, 1],
  ]);
});

test("with Nej, no search is queued or sent", async ({ page }) => {
  await page.goto(`${site.origin}/support/`);
  await page.getByRole("button", { name: no }).click();
  await typeSearch(page, ["bilagor"]);
  await page.waitForTimeout(3_000);
  expect(await siteSearches(page)).toEqual([]);
  expect(site.trackerRequests).toEqual([]);
});
