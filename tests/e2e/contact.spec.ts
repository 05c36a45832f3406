// Ways out of every dead end (issue 17), on the fixture site: the contact block from kontakt.yml at
// the end of the FAQ page and where an answer places [[kontakt]], the breadcrumb back to the
// agency's main site, and "Logga in på Mina sidor" in the header.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { fixtureContentDir, fixturePagePath } from "../../scripts/measure/fixture-site.ts";
import { expectNoAxeViolations } from "../support/axe.ts";

// The fixture's own contact data, so the test follows the file rather than repeating it.
const contact = parse(readFileSync(path.join(fixtureContentDir, "kontakt.yml"), "utf8"));
const pageTitle = "Vanliga frågor och svar om teknisk support";

test("ends the FAQ page with the contact block: number, opening hours, contact and felanmälan", async ({
  page,
}) => {
  await page.goto(fixturePagePath);
  const block = page.locator(".app-grid__main > .app-contact");
  await expect(block.getByRole("heading", { level: 2 })).toHaveText(contact.rubrik);
  const phone = block.getByRole("link", { name: /0771/ });
  await expect(phone).toHaveAttribute("href", "tel:+46771000000");
  await expect(block).toContainText(contact.telefon.oppettider);
  await expect(block.getByRole("link", { name: contact.kontakt.text })).toHaveAttribute(
    "href",
    contact.kontakt.url,
  );
  await expect(block.getByRole("link", { name: contact.felanmalan.text })).toHaveAttribute(
    "href",
    contact.felanmalan.url,
  );
  // Last in the page's main column: after every answer and the date.
  const last = await page.locator(".app-grid__main > *").last().getAttribute("class");
  expect(last).toBe("app-contact");
});

test("shows the contact block where an answer has [[kontakt]], under the question's heading", async ({
  page,
}) => {
  await page.goto(`${fixturePagePath}#mina-sidor-appen`);
  const answer = page.locator("#mina-sidor-appen-svar");
  await expect(answer.locator(".app-contact")).toBeVisible();
  await expect(answer.getByRole("heading", { level: 4 })).toHaveText(contact.rubrik);
  await expect(answer).not.toContainText("[[kontakt]]");
  await expectNoAxeViolations(page);
});

test("has a breadcrumb from the agency's main site to the page", async ({ page }) => {
  await page.goto(fixturePagePath);
  const nav = page.getByRole("navigation", { name: "Du är här" });
  await expect(nav.getByRole("listitem")).toHaveText([
    contact.huvudwebbplats.text,
    "Vanliga frågor och svar",
    pageTitle,
  ]);
  await expect(nav.getByRole("link", { name: contact.huvudwebbplats.text })).toHaveAttribute(
    "href",
    contact.huvudwebbplats.url,
  );
  await expect(nav.getByRole("link", { name: "Vanliga frågor och svar" })).toHaveAttribute(
    "href",
    "/",
  );
  await expect(nav.getByText(pageTitle)).toHaveAttribute("aria-current", "page");
  // The separators are decoration: the accessible text of the list is the three steps.
  await expect(nav.getByRole("list")).toHaveAccessibleName("");
  await expectNoAxeViolations(page);
});

test("offers 'Logga in på Mina sidor' in the header of every page", async ({ page }) => {
  for (const url of ["/", fixturePagePath, "/kakor/", "/sok/"]) {
    await page.goto(url);
    await expect(
      page.getByRole("banner").getByRole("link", { name: contact.minaSidor.text }),
    ).toHaveAttribute("href", contact.minaSidor.url);
  }
});
