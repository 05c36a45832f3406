// Every page's furniture in a real browser: language, titles, skip link, links, reflow, axe.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";

const pages = ["/", "/support/", "/sok/", "/kakor/", "/tillganglighet/", "/404.html"];

for (const path of pages) {
  test(`${path} is Swedish, titled, described and accessible, without console errors`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page).toHaveTitle(/\S – Försäkringskassan$/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S{10,}/);
    await expect(page.getByRole("banner")).toContainText("Försäkringskassan");
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expectNoAxeViolations(page);
    // The 404 page is served with status 404, which Chromium logs as a failed resource load.
    expect(errors.filter((text) => !text.includes("404 (Not Found)"))).toEqual([]);
  });

  test(`${path} reflows without sideways scrolling at 320 px and at 200 % zoom`, async ({
    page,
  }) => {
    // 640 CSS px is what a 1280 px window shows at 200 % zoom.
    for (const width of [320, 640]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
}

test("the page follows the system's dark theme on screen, and prints in the light one", async ({
  page,
}) => {
  const colours = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { text: style.color, background: style.backgroundColor };
    });
  await page.goto("/support/");
  const light = await colours();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await colours();
  expect(dark.background).not.toBe(light.background);
  expect(dark.text).not.toBe(light.text);
  // Dark: the background darker than the text.
  const brightness = (rgb: string) =>
    (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, part) => sum + Number(part), 0);
  expect(brightness(dark.background)).toBeLessThan(brightness(dark.text));
  await page.emulateMedia({ colorScheme: "dark", media: "print" });
  expect(await colours()).toEqual(light);
});

test("the skip link is the first thing to focus outside the cookie banner and goes to the content", async ({
  page,
}) => {
  await page.goto("/support/");
  for (let presses = 0; presses < 6; presses++) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    if ((await focused.textContent()) === "Gå till innehåll") break;
    await expect(
      focused.locator(
        "xpath=ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' app-cookie-banner ')]",
      ),
    ).toHaveCount(1);
  }
  const skipLink = page.getByRole("link", { name: "Gå till innehåll" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("an unknown address answers 404 with a Swedish page", async ({ page }) => {
  const response = await page.goto("/finns-inte/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan kunde inte hittas");
  await expect(page.getByRole("link", { name: /startsidan/ })).toHaveAttribute("href", "/");
});

test("the start page lists the FAQ pages", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Vanliga frågor och svar om teknisk support" }).click();
  await expect(page).toHaveURL(/\/support\/$/);
});

test("the FAQ page shows its date, related links and marks links that leave the site", async ({
  page,
}) => {
  await page.goto("/support/");
  const updated = page.locator(".app-last-updated");
  await expect(updated).toHaveText("Senast uppdaterad 4 december 2024");
  await expect(updated.locator("time")).toHaveAttribute("datetime", "2024-12-04");

  const related = page.getByRole("complementary", { name: "Relaterade länkar" });
  await expect(related.getByRole("heading", { name: "För personlig kontakt" })).toBeVisible();
  await expect(related.getByRole("heading", { name: "Film" })).toBeVisible();

  await page.getByRole("button", { name: /Varför startar inte min e‑legitimation/ }).click();
  const external = page.getByRole("link", {
    name: "Testa ditt bank‑id (bankid.com) Länk till annan webbplats, öppnas i nytt fönster.",
  });
  await expect(external).toHaveAttribute("target", "_blank");
  await expect(external).toHaveAttribute("rel", "noopener noreferrer");
  await expect(external).toHaveAttribute("href", /^https:\/\//);
});

test("keyboard focus is clearly visible: FKUI's ring, the indicator between two rings of the background", async ({
  page,
}) => {
  await page.goto("/support/");
  const button = page.getByRole("button", { name: /samordningsnummer/ });
  const ring = () => button.evaluate((element) => getComputedStyle(element).boxShadow);
  const before = await ring();
  await button.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  expect(before).toBe("none");
  // Three rings: 2 px of the background, then the indicator out to 4 px, then background to 6 px.
  expect(await ring()).toMatch(/0px 0px 0px 2px.*0px 0px 0px 4px.*0px 0px 0px 6px/);
});
