// The accessibility statement: reachable from the footer of every page, complete, accessible.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";

test("the footer links to the accessibility statement, which is accessible", async ({ page }) => {
  await page.goto("/support/");
  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: "Tillgänglighetsredogörelse" })
    .click();
  await expect(page).toHaveURL(/\/tillganglighet\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tillgänglighetsredogörelse");
  await expect(page).toHaveTitle("Tillgänglighetsredogörelse – Försäkringskassan");
  const digg = page.getByRole("link", { name: /Anmäl till Digg/ });
  await expect(digg).toHaveAttribute("href", "https://www.digg.se/tdosanmalan");
  await expect(digg).toHaveAttribute("target", "_blank");
  await expect(digg).toHaveAccessibleName(/öppnas i nytt fönster/);
  await expectNoAxeViolations(page);
});
