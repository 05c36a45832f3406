// The questions accordion in a real browser: keyboard, deep links, find-in-page, print, axe.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";

// The source page's text: section headings and questions (lines ending in "?", plus one more).
const seedLines = readFileSync(
  new URL("../fixtures/seed-teknisk-support.txt", import.meta.url),
  "utf8",
)
  .split("\n")
  .map((line) => line.trim());
const seedSections = ["Inloggning", "Signering", "Övrigt"];
const seedQuestions = (section: string) => {
  const start = seedLines.indexOf(section);
  const next = seedSections[seedSections.indexOf(section) + 1];
  const end = next ? seedLines.indexOf(next) : seedLines.indexOf("Relaterade länkar");
  return (
    seedLines
      .slice(start + 1, end)
      .filter((line) => line.endsWith("?") || line.startsWith("Mina sidor appen –"))
      // A lead-in inside the PDF answer, not a question (shared/seed/README.md).
      .filter((line) => line !== "Löste det inte problemet?")
  );
};

const faqUrl = "/support/";
const question = "Kan jag logga in på Mina sidor med ett samordningsnummer?";
const answerText = "du behöver ha ett svenskt personnummer";

test("shows every question of the source page as a heading in its section, in order", async ({
  page,
}) => {
  await page.goto(faqUrl);
  for (const section of seedSections) {
    const region = page.getByRole("region", { name: section });
    await expect(region.getByRole("heading", { level: 2 })).toHaveText(section);
    await expect(region.getByRole("heading", { level: 3 })).toHaveText(seedQuestions(section));
  }
});

test("closes every answer behind a button that says whether it is expanded", async ({ page }) => {
  await page.goto(faqUrl);
  const buttons = page.locator(".app-accordion__button");
  await expect(buttons).toHaveCount(17);
  for (const button of await buttons.all()) {
    await expect(button).toHaveAttribute("aria-expanded", "false");
  }
  await expect(page.getByText(answerText)).toBeHidden();
  await expectNoAxeViolations(page);
});

test("opens a question with Enter and Space and writes its anchor to the URL", async ({ page }) => {
  await page.goto(faqUrl);
  const button = page.getByRole("button", { name: question });
  await page.getByRole("button", { name: /Varför får jag meddelandet/ }).focus();
  await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText(answerText)).toBeVisible();
  expect(new URL(page.url()).hash).toBe("#samordningsnummer");
  await expectNoAxeViolations(page);
  await page.keyboard.press("Space");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByText(answerText)).toBeHidden();
});

test("opens and scrolls to the question named in the URL", async ({ page }) => {
  await page.goto(`${faqUrl}#ladda-upp-bilagor`);
  const button = page.getByRole("button", { name: /Jag kan inte ladda upp mina bilagor/ });
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText("839 88 Östersund")).toBeInViewport();
  await page.evaluate(() => {
    location.hash = "#samordningsnummer";
  });
  await expect(page.getByText(answerText)).toBeVisible();
});

test("Visa alla opens every answer and Dölj alla closes them", async ({ page }) => {
  await page.goto(faqUrl);
  const toggle = page.getByRole("button", { name: "Visa alla" });
  await toggle.click();
  await expect(page.locator('.app-accordion__button[aria-expanded="false"]')).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Dölj alla" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Dölj alla" }).click();
  await expect(page.locator('.app-accordion__button[aria-expanded="true"]')).toHaveCount(0);
});

test("in forced colours (Windows high contrast) the buttons keep a box, a chevron and a focus ring", async ({
  page,
}) => {
  await page.goto(faqUrl);
  await page.emulateMedia({ forcedColors: "active" });
  // Forced colours repaint borders and outlines in system colours: whatever is left is what shows.
  const painted = (colour: string) => !/^(transparent|rgba\(.*,\s*0\))$/.test(colour);
  const toggle = page.getByRole("button", { name: "Visa alla" });
  const box = await toggle.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      style: style.borderTopStyle,
      width: style.borderTopWidth,
      colour: style.borderTopColor,
    };
  });
  expect(box.style).toBe("solid");
  expect(Number.parseFloat(box.width)).toBeGreaterThan(0);
  expect(painted(box.colour)).toBe(true);

  await toggle.focus();
  await page.keyboard.press("Tab");
  // The first question's button, reached by keyboard so the focus ring is the one a user sees.
  const button = page.locator(".app-accordion__button").first();
  await expect(button).toBeFocused();
  const seen = await button.evaluate((element) => {
    const style = getComputedStyle(element);
    const chevron = getComputedStyle(element, "::before");
    return {
      outline: [style.outlineStyle, style.outlineWidth, style.outlineColor],
      chevron: [chevron.borderRightWidth, chevron.borderRightColor],
    };
  });
  const [outlineStyle, outlineWidth, outlineColour] = seen.outline as [string, string, string];
  expect(outlineStyle).not.toBe("none");
  expect(Number.parseFloat(outlineWidth)).toBeGreaterThanOrEqual(2);
  expect(painted(outlineColour)).toBe(true);
  expect(Number.parseFloat(seen.chevron[0] as string)).toBeGreaterThan(0);
  expect(painted(seen.chevron[1] as string)).toBe(true);
});

test("find-in-page reaches closed answers (hidden until found)", async ({ page }) => {
  await page.goto(faqUrl);
  const answer = page.locator("#samordningsnummer-svar");
  await expect(answer).toHaveAttribute("hidden", "until-found");
  // Chromium fires beforematch and reveals the element when find-in-page or a fragment matches it.
  await answer.evaluate((element) => element.dispatchEvent(new Event("beforematch")));
  await expect(page.getByRole("button", { name: question })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
});

test("prints every answer", async ({ page }) => {
  await page.goto(faqUrl);
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(page.getByText(answerText)).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByText(answerText)).toBeHidden();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows every question and answer", async ({ page }) => {
    await page.goto(faqUrl);
    await expect(page.locator(".app-accordion").getByRole("heading", { level: 3 })).toHaveCount(17);
    await expect(page.getByText(answerText)).toBeVisible();
    await expect(page.getByRole("button", { name: "Visa alla" })).toBeHidden();
  });
});

test("is accessible when the site's script fails to load", async ({ page }) => {
  // axe itself needs JavaScript, so this state blocks only the site's own script.
  await page.route("**/assets/*.js", (route) => route.abort());
  await page.goto(faqUrl);
  await expect(page.getByText(answerText)).toBeVisible();
  await expectNoAxeViolations(page);
});
