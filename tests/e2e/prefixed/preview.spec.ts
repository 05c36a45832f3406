// The fixture site built as a pull request's preview under a path prefix (issue 22: /pr-12/, as
// GitHub Pages serves it): the citizen's main paths must work there too. Addresses here are
// relative to the project's baseURL (…/pr-12/), so a link or script that forgets the prefix fails.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../../support/axe.ts";
import { previewPrefix } from "./preview-site.ts";

test.describe.configure({ timeout: 60_000 });

const pages = ["", "support/", "kakor/", "tillganglighet/", "sok/"];
const answerText = "du behöver ha ett svenskt personnummer";

for (const path of pages) {
  test(`${previewPrefix}${path} says it is a preview, is noindex, and is accessible`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const $banner = page.getByRole("region", { name: "Förhandsgranskning" });
    await expect($banner).toContainText("Förhandsgranskning av pull request 12");
    await expect($banner.getByRole("link", { name: "pull request 12" })).toHaveAttribute(
      "href",
      /\/pull\/12$/,
    );
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${previewPrefix}${path}$`),
    );
    // Every internal link stays inside the preview.
    const hrefs = await page
      .locator("a[href^='/'], link[href^='/'], script[src^='/']")
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute("href") ?? element.getAttribute("src")),
      );
    expect(hrefs.filter((href) => !href?.startsWith(previewPrefix))).toEqual([]);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test("a question opens with its button and from a deep link, under the prefix", async ({
  page,
}) => {
  await page.goto("support/#samordningsnummer");
  const $button = page.getByRole("button", {
    name: "Kan jag logga in på Mina sidor med ett samordningsnummer?",
  });
  await expect($button).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText(answerText)).toBeVisible();
  await $button.click();
  await expect($button).toHaveAttribute("aria-expanded", "false");
  await $button.click();
  expect(new URL(page.url()).pathname).toBe(`${previewPrefix}support/`);
  expect(new URL(page.url()).hash).toBe("#samordningsnummer");
});

test("a search result leads to its answer inside the preview", async ({ page }) => {
  await page.goto("");
  const $search = page.locator(".app-search");
  await $search
    .getByRole("searchbox", { name: "Sök bland frågor och svar" })
    .fill("samordningsnummer");
  await expect($search.getByRole("status")).toContainText("”samordningsnummer”", {
    timeout: 20_000,
  });
  const $first = $search.locator(".app-search__link").first();
  await expect($first).toHaveAttribute("href", new RegExp(`^${previewPrefix}support/\\?.*#`));
  await $first.click();
  await expect(page).toHaveURL(new RegExp(`${previewPrefix}support/.*#samordningsnummer$`));
  await expect(page.getByText(answerText)).toBeVisible();
});

test("the search forms send to the preview's search page, which links results inside it", async ({
  page,
}) => {
  await page.goto("");
  await expect(page.locator(".app-search__form")).toHaveAttribute("action", `${previewPrefix}sok/`);
  // A page whose search files are gone asks this deploy, not the host root's, what to load.
  await expect(page.locator(".app-search")).toHaveAttribute(
    "data-entry-src",
    `${previewPrefix}search-entry.json`,
  );
  await page.goto("sok/?q=samordningsnummer");
  await expect(page.locator(".app-search__link").first()).toHaveAttribute(
    "href",
    new RegExp(`^${previewPrefix}support/`),
    { timeout: 20_000 },
  );
});

test("a consent choice hides the banner on the preview's other pages", async ({ page }) => {
  await page.goto("support/");
  const $cookies = page.locator(".app-cookie-banner");
  await expect($cookies).toBeVisible();
  await expect(
    $cookies.getByRole("link", { name: "Så här använder Försäkringskassan kakor" }),
  ).toHaveAttribute("href", `${previewPrefix}kakor/`);
  await page.getByRole("button", { name: /^Nej/ }).click();
  await expect(page.locator('.app-cookie-banner [data-state="no"]')).toBeVisible();
  await page.goto("tillganglighet/");
  await expect(page.locator('.app-cookie-banner [data-state="question"]')).toBeHidden();
});

test("robots.txt shuts every crawler out and the sitemap lists nothing", async ({ request }) => {
  const robots = await (await request.get("robots.txt")).text();
  expect(robots).toContain("Disallow: /\n");
  expect(robots).not.toContain("Sitemap:");
  const sitemap = await (await request.get("sitemap.xml")).text();
  expect(sitemap).not.toContain("<url>");
});
