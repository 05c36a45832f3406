// Earlier addresses in a real browser (issue 21), on the fixture site: its page was once
// /teknisk-support/ (`tidigare`), one question was renamed from #bank-id, one came from
// /teknisk-support/#logga-in-med-samordningsnummer, and #e-legitimation-pa-kort was removed.
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { fixtureSiteDir } from "../../scripts/measure/fixture-site.ts";
import { exampleDocument, renderExamples } from "../components/component-examples.ts";
import { expectNoAxeViolations } from "../support/axe.ts";

const bankId = "Hur loggar jag in med bank‑id?";
const samordningsnummer = "Kan jag logga in på Mina sidor med ett samordningsnummer?";

const questionButton = (page: Page, name: string) =>
  page.locator(".app-accordion").getByRole("button", { name });

test("an old anchor of a renamed question opens it and puts its anchor now in the URL", async ({
  page,
}) => {
  await page.goto("/support/#bank-id");
  await expect(questionButton(page, bankId)).toHaveAttribute("aria-expanded", "true");
  await expect(page).toHaveURL(/\/support\/#logga-in-med-bank-id$/);
  await expect(page.getByRole("heading", { level: 3, name: bankId })).toBeInViewport();
  // Only that question opened.
  await expect(page.locator('.app-accordion__button[aria-expanded="true"]')).toHaveCount(1);
});

test("an old anchor opens its question on a hash change too", async ({ page }) => {
  await page.goto("/support/");
  await page.evaluate(() => {
    location.hash = "#bank-id";
  });
  await expect(questionButton(page, bankId)).toHaveAttribute("aria-expanded", "true");
  await expect(page).toHaveURL(/#logga-in-med-bank-id$/);
});

test("the renamed page's old address leads to the page, keeping the anchor", async ({ page }) => {
  await page.goto("/teknisk-support/#logga-in-med-bank-id");
  await expect(page).toHaveURL(/\/support\/#logga-in-med-bank-id$/);
  await expect(questionButton(page, bankId)).toHaveAttribute("aria-expanded", "true");
});

test("an old anchor of the renamed page, of a question renamed since, opens that question", async ({
  page,
}) => {
  await page.goto("/teknisk-support/#logga-in-med-samordningsnummer");
  await expect(page).toHaveURL(/\/support\/#samordningsnummer$/);
  await expect(questionButton(page, samordningsnummer)).toHaveAttribute("aria-expanded", "true");
  // The redirect page replaced itself: Back does not land on it again.
  expect(await page.evaluate(() => history.length)).toBe(2);
});

test("a removed question's address says so, with focus, a search for its words, and axe passes", async ({
  page,
}) => {
  await page.goto("/support/");
  const notice = page.locator("#e-legitimation-pa-kort");
  await expect(notice).toBeHidden();
  await page.goto("/support/#e-legitimation-pa-kort");
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("heading", { name: "Frågan finns inte längre" })).toBeVisible();
  await expect(notice).toBeFocused();
  const search = notice.getByRole("link", { name: "Sök efter ”e legitimation pa kort”" });
  await expect(search).toHaveAttribute("href", "/sok/?q=e+legitimation+pa+kort");
  await expect(page.locator('.app-accordion__button[aria-expanded="true"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await search.click();
  await expect(page).toHaveURL(/\/sok\/\?q=e\+legitimation\+pa\+kort$/);
});

// axe itself needs JavaScript, so these block only the site's own script.
test("the renamed page's old address is valid HTML, noindex, canonical to the page it became", async ({
  request,
}) => {
  const file = path.join(fixtureSiteDir, "teknisk-support/index.html");
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(file);
  expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual(
    [],
  );
  const html = await (await request.get("/teknisk-support/", { maxRedirects: 0 })).text();
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/support\/">/);
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/support/">');
});

test.describe("when the site's script does not run", () => {
  test.beforeEach(async ({ page }) => {
    await page.route("**/assets/*.js", (route) => route.abort());
  });

  test("an old anchor lands at its question's heading", async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 400 });
    await page.goto("/support/#bank-id");
    await expect(page.getByRole("heading", { level: 3, name: bankId })).toBeInViewport();
  });

  test("a removed question's address shows the notice, and axe passes", async ({ page }) => {
    await page.goto("/support/#e-legitimation-pa-kort");
    await expect(page.getByRole("heading", { name: "Frågan finns inte längre" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the renamed page's old address still leads to the page", async ({ page }) => {
    await page.goto("/teknisk-support/");
    await expect(page).toHaveURL(/\/support\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Vanliga frågor och svar om teknisk support",
    );
  });
});

/** The accordion's "earlier addresses" example, served at /flyttad/ with the site's assets. */
async function openEarlierExample(page: Page, hash: string) {
  const rendered = (await renderExamples()).find(
    (e) => e.component === "accordion" && e.example === "earlier addresses",
  );
  if (!rendered) throw new Error('No "earlier addresses" example of the accordion');
  const html = await page.request.get("/support/").then((response) => response.text());
  const head =
    /<link rel="stylesheet"[^>]*>\s*<script type="module"[^>]*><\/script>/.exec(html)?.[0] ?? "";
  await page.route("**/flyttad/", (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: exampleDocument("Flyttad", rendered.html).replace("</head>", `${head}\n</head>`),
    }),
  );
  await page.goto(`/flyttad/${hash}`);
}

test("an old anchor of a question moved to another page sends the citizen there", async ({
  page,
}) => {
  await openEarlierExample(page, "#samordningsnummer");
  await expect(page).toHaveURL(/\/support\/#samordningsnummer$/);
  await expect(questionButton(page, samordningsnummer)).toHaveAttribute("aria-expanded", "true");
});

test.describe("when the site's script does not run, a moved question", () => {
  test.beforeEach(async ({ page }) => {
    await page.route("**/assets/*.js", (route) => route.abort());
  });

  test("shows where it went, and axe passes", async ({ page }) => {
    await openEarlierExample(page, "#samordningsnummer");
    await expect(page.getByRole("heading", { name: "Frågan har flyttats" })).toBeVisible();
    await expect(page.getByRole("link", { name: samordningsnummer })).toHaveAttribute(
      "href",
      "/support/#samordningsnummer",
    );
    await expect(page.getByRole("heading", { name: "Frågan finns inte längre" })).toBeHidden();
    await expectNoAxeViolations(page);
  });
});
