// The preview in a real browser: its error page and warning notice are accessible (served through
// routes, no preview server needed), and the real `npm start` (Eleventy's dev server, on a copy of
// the fixture content) reloads the open page by itself after a save, with the production headers
// and no console error or CSP violation.
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { fixturePagePath, fixtureSiteDir } from "../../scripts/measure/fixture-site.ts";
import type { AssetManifest } from "../../src/assets/assets.ts";
import { buildConfigFrom } from "../../src/config/config.ts";
import { problem } from "../../src/content/messages.ts";
import type { Problem } from "../../src/content/problems.ts";
import {
  PreviewPages,
  previewStylesheetPath,
  withNotice,
} from "../../src/preview/preview-pages.ts";
import { expectNoAxeViolations } from "../support/axe.ts";
import { type PreviewProcess, startPreviewProcess } from "../support/preview-process.ts";

const pages = new PreviewPages(buildConfigFrom({}).site);
const prepared = pages.prepare();

/** The hashed assets of the fixture site that Playwright's web server serves. */
function fixtureAssets(): AssetManifest {
  const html = readFileSync(path.join(fixtureSiteDir, "index.html"), "utf8");
  const find = (pattern: RegExp) => pattern.exec(html)?.[1] ?? "";
  return {
    css: find(/href="(\/assets\/site\.[^"]+\.css)"/),
    js: find(/src="(\/assets\/site\.[^"]+\.js)"/),
    legacyJs: find(/src="(\/assets\/legacy\.[^"]+\.js)"/),
    searchJs: find(/data-ui-src="(\/assets\/search\.[^"]+\.js)"/),
    highlightJs: find(/data-highlight-src="(\/assets\/highlight\.[^"]+\.js)"/),
  } as AssetManifest;
}

/** The error page as the preview renders it: the site's layout around the problems. */
async function errorPage(problems: Array<Problem | string>): Promise<string> {
  await prepared;
  const layout = { assets: fixtureAssets(), contact: null, searchBundleId: "preview" };
  return pages.errorPage(problems, layout, { readText: (file) => files[file] ?? null });
}

async function servePreviewStylesheet(page: Page) {
  await prepared;
  await page.route(`**${previewStylesheetPath}`, (route) =>
    route.fulfill({ contentType: "text/css", body: pages.stylesheet }),
  );
}

/** A question file and the guide, as the error page reads them (from memory, not from disk). */
const files: Record<string, string> = {
  "content/sida/avsnitt/fragan.md":
    "---\nquestion: Hur gör jag?\norder: tio\n---\n\nSå här gör du.\n",
  "content/README.md": [
    "# Guide för redaktörer",
    "",
    "## Fälten i front matter",
    "",
    "Text om fälten.",
    "",
    "### En frågas fil",
    "",
    "`order` är ett **heltal**.",
    "",
    "## Markdown i svaren",
    "",
    "Om Markdown.",
    "",
  ].join("\n"),
};

async function serveErrorPage(page: Page, body: string) {
  await page.route("**/__preview-test/", (route) =>
    route.fulfill({ status: 500, contentType: "text/html; charset=utf-8", body }),
  );
  await servePreviewStylesheet(page);
  await page.goto("/__preview-test/");
}

test("lists each problem with an excerpt, the suggestion and the guide's section, accessibly", async ({
  page,
}) => {
  const problems = [
    problem("not-whole-number", {
      file: "content/sida/avsnitt/fragan.md",
      line: 3,
      field: "order",
      found: "tio",
      meant: 10,
    }),
    problem("unsafe-link", { file: "content/sida/index.md", line: 27, scheme: "javascript" }),
  ];
  await serveErrorPage(page, await errorPage(problems));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innehållet har fel");
  // The site's own page around the problems: its header and footer, and its language.
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", buildConfigFrom({}).site.lang);
  const items = page.locator(".app-preview-error__list > li");
  await expect(items).toHaveCount(2);
  const first = items.first();
  // Set off by the preview's stylesheet (src/components/preview-error/_index.scss).
  await expect(first).toHaveCSS("border-left-style", "solid");
  await expect(first).toContainText("content/sida/avsnitt/fragan.md, rad 3");
  await expect(first).toContainText(
    'Fältet "order" ska vara ett heltal, men här står "tio". Skriv 10.',
  );
  await expect(first.locator(".app-preview-error__suggestion")).toHaveText("10");
  // The excerpt: the lines around the problem, numbered, the problem's line marked.
  await expect(first.locator("figcaption")).toHaveText(
    "Utdrag ur content/sida/avsnitt/fragan.md, rad 3",
  );
  await expect(first.locator("pre")).toContainText("2 │ question: Hur gör jag?");
  await expect(first.locator("pre mark")).toHaveText("3 │ order: tio");
  // A file that cannot be read gets no excerpt, but still its text and link.
  await expect(items.nth(1).locator("pre")).toHaveCount(0);
  // The link leads to the guide's section, shown further down the same page.
  await first.getByRole("link", { name: "Så gör du rätt: En frågas fil" }).click();
  await expect(page).toHaveURL(/#en-fr%C3%A5gas-fil$|#en-frågas-fil$/);
  const section = page.getByRole("region", { name: "En frågas fil" });
  await expect(section).toBeVisible();
  await expect(section.locator("strong")).toHaveText("heltal");
  await expect(page.getByRole("region", { name: "Markdown i svaren" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Fälten i front matter" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("shows an error that is not about content as plain text", async ({ page }) => {
  await serveErrorPage(page, await errorPage(["Bygget avslutades utan resultat (kod 1)."]));
  await expect(page.locator(".app-preview-error__list > li")).toHaveText(
    "Bygget avslutades utan resultat (kod 1).",
  );
  await expectNoAxeViolations(page);
});

test("shows the edited file's warnings as a notice at the top of a built page, accessibly", async ({
  page,
}) => {
  const warnings = [
    problem("long-answer", {
      file: "tests/fixtures/content/support/ovrigt/x.md",
      words: 320,
      max: 300,
    }),
    problem("not-updated", {
      file: "tests/fixtures/content/support/ovrigt/x.md",
      field: "updated",
      base: "origin/main",
      updated: "2024-12-04",
      today: "2026-11-29",
    }),
  ];
  const notice = await pages.notice(warnings);
  await page.route("**/support/", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: withNotice(await response.text(), notice) });
  });
  await servePreviewStylesheet(page);
  await page.goto("/support/");
  const shown = page.getByRole("region", { name: /2 varningar för filen du ändrar/ });
  await expect(shown).toBeVisible();
  await expect(shown.getByRole("listitem")).toHaveCount(2);
  await expect(shown.getByRole("listitem").nth(1)).toContainText(
    'Svaret har ändrats jämfört med origin/main, men "updated" är fortfarande 2024-12-04.',
  );
  await expect(shown.getByRole("listitem").nth(1).locator("code")).toHaveText(
    "updated: 2026-11-29",
  );
  // The page itself is still there, under the notice, and the notice is the first thing on it.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const firstInBody = await page.evaluate(() => document.body.firstElementChild?.tagName);
  expect(firstInBody).toBe("SECTION");
  await expect(page.locator("body > .app-preview-notice")).toHaveCSS(
    "border-bottom-style",
    "solid",
  );
  await expectNoAxeViolations(page);
});

test.describe("npm start in the browser", () => {
  let preview: PreviewProcess;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    preview = await startPreviewProcess();
  });

  test.afterAll(() => preview.stop());

  test("shows a saved change without a manual reload", async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    const question = path.join(
      preview.contentDir,
      `${fixturePagePath}inloggning/samordningsnummer.md`,
    );
    const response = await page.goto(
      new URL(`${fixturePagePath}#samordningsnummer`, preview.url).href,
    );
    expect(response?.headers()["content-security-policy"]).toMatch(/^default-src 'self';/);
    await expect(page.getByRole("button", { name: /samordningsnummer/ })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    // The dev server's client says so in the console once its WebSocket is open.
    await page.waitForTimeout(500);
    const original = await readFile(question, "utf8");
    await writeFile(question, `${original.trimEnd()}\n\nEtt nytt stycke från redaktören.\n`);
    await expect(page.getByText("Ett nytt stycke från redaktören.")).toBeVisible({
      timeout: 30_000,
    });
    expect(problems).toEqual([]);
  });
});
