// Every component example (src/components/<name>/examples.json) in a real browser, with the site's
// CSS and script: axe with the script, and without it where the component has one; screenshots
// against the committed ones (components.spec.ts-snapshots/); and initAll: one start per root, one logged
// error per component whose markup is wrong, the others started all the same.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { fixtureSiteDir } from "../../scripts/measure/fixture-site.ts";
import {
  componentExamples,
  exampleDocument,
  type RenderedExample,
  renderExamples,
} from "../components/component-examples.ts";
import { expectNoAxeViolations } from "../support/axe.ts";

let rendered: Promise<RenderedExample[]> | undefined;
const example = async (component: string, name: string): Promise<RenderedExample> => {
  rendered ??= renderExamples();
  const found = (await rendered).find(
    (item) => item.component === component && item.example === name,
  );
  if (!found) throw new Error(`No example "${name}" of ${component}`);
  return found;
};

/** The hashed CSS and JS of the fixture site that Playwright's web server built. */
function siteAssets(): { css: string; js: string } {
  const html = readFileSync(path.join(fixtureSiteDir, "index.html"), "utf8");
  const css = html.match(/href="(\/assets\/site\.[^"]+\.css)"/)?.[1];
  const js = html.match(/src="(\/assets\/site\.[^"]+\.js)"/)?.[1];
  if (!css || !js) throw new Error(`No site.*.css or site.*.js in ${fixtureSiteDir}/index.html`);
  return { css, js };
}

/**
 * Opens `document` with the site's CSS and script at an address of the fixture server, so the
 * assets load as on the site (page.setContent would keep about:blank, where cookies do not work).
 */
async function openWithSiteAssets(page: Page, document: string): Promise<string[]> {
  const { css, js } = siteAssets();
  const head = `<link rel="stylesheet" href="${css}">\n<script type="module" src="${js}"></script>\n</head>`;
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/komponenter/", (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: document.replace("</head>", head),
    }),
  );
  await page.goto("/komponenter/");
  return errors;
}

/** Waits until initAll has tried every root on the page. */
async function componentsTried(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll("[data-module]")).every((root) =>
      root.hasAttribute("data-module-started"),
    ),
  );
}

/**
 * Whether the component's markup has a script of its own (a data-module root, in its template or in
 * a component it renders): only then does it look different when the site's script does not run.
 */
function hasScript(component: string, seen = new Set<string>()): boolean {
  if (seen.has(component)) return false;
  seen.add(component);
  const template = readFileSync(path.join("src/components", component, "template.njk"), "utf8");
  if (template.includes("data-module")) return true;
  const used = [...template.matchAll(/from "\.\.\/([a-z-]+)\/macro\.njk"/g)].map(
    (match) => match[1] ?? "",
  );
  return used.some((other) => hasScript(other, seen));
}

for (const { component, example: name } of componentExamples()) {
  // page-redirect leaves the page as it starts: there is nothing of its own to picture.
  const pictured = component !== "page-redirect";
  // One load: axe in both themes, then four pictures, the theme and the width switched on the same
  // page. A change to how a component looks shows as a changed PNG in review (--update-snapshots).
  test(`${component} "${name}" passes axe with JavaScript, started without errors${pictured ? ", and looks as in its screenshots, light and dark, at 320 and 1280 px" : ""}`, async ({
    page,
  }) => {
    const errors = await openWithSiteAssets(page, (await example(component, name)).document);
    await componentsTried(page);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    if (!pictured) return;
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 480 });
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        const file = `${component}-${name}-${colorScheme}-${width}`.replace(/[^a-z0-9]+/gi, "-");
        await expect(page).toHaveScreenshot(`${file}.png`, {
          fullPage: true,
        });
      }
    }
  });

  // Without a script of its own, the component is the same markup and styles either way.
  if (!hasScript(component)) continue;
  test(`${component} "${name}" passes axe when the site's script does not run`, async ({
    page,
  }) => {
    // axe itself needs JavaScript, so this state blocks only the site's own script.
    await page.route("**/assets/*.js", (route) => route.abort());
    await openWithSiteAssets(page, (await example(component, name)).document);
    await expectNoAxeViolations(page);
  });
}

test("initAll starts each root once, however often it is called", async ({ page }) => {
  const accordion = await example("accordion", "two sections");
  const search = await example("search", "header");
  const errors = await openWithSiteAssets(
    page,
    exampleDocument("initAll", `${accordion.html}\n${search.html}`),
  );
  await componentsTried(page);
  await page.evaluate(async (src) => {
    const main = await import(src);
    main.initAll();
    main.initAll(document.body);
  }, siteAssets().js);
  await expect(page.locator(".app-accordion__button")).toHaveCount(3);
  // Listeners added twice would open and close the answer in one click.
  const button = page.getByRole("button", { name: "Vilka webbläsare fungerar?" });
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("button", { name: "Visa alla" }).click();
  await expect(page.getByRole("button", { name: "Dölj alla" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  expect(errors).toEqual([]);
});

test("a component whose markup is wrong logs one error naming it, and the others start", async ({
  page,
}) => {
  const accordion = await example("accordion", "one question");
  const broken = `
<div data-module="app-accordion"><p>Inga frågor</p></div>
<div data-module="app-accordion">
  <button type="button" class="app-accordion__toggle-all">Visa alla</button>
  <div class="app-accordion__item"><h3 class="app-accordion__heading" id="utan-svar">Utan svar?</h3></div>
</div>
<div data-module="app-cookie-banner" hidden><p data-state="question">Kakor?</p></div>
<div data-module="app-cookie-settings"><p>Inget formulär</p></div>
<div data-module="app-search"><p>Inget sökfält</p></div>`;
  const errors = await openWithSiteAssets(
    page,
    exampleDocument("Fel", `${broken}\n${accordion.html}`),
  );
  await componentsTried(page);
  expect(errors.map((error) => error.split("\n")[0])).toEqual([
    expect.stringMatching(
      /^app-accordion did not start: Error: no questions or no Visa alla button/,
    ),
    expect.stringMatching(
      /^app-accordion did not start: Error: an item lacks its heading or answer/,
    ),
    expect.stringMatching(/^app-cookie-banner did not start: Error: not the three messages/),
    expect.stringMatching(/^app-cookie-settings did not start: Error: no form with the choice/),
    expect.stringMatching(/^app-search did not start: Error: no search field or no data-ui-src/),
  ]);
  // Nothing of a refused component was changed; the good accordion after them started.
  await expect(page.locator("#utan-svar button")).toHaveCount(0);
  await expect(page.locator("[data-module=app-cookie-banner]")).toBeHidden();
  await expect(page.getByRole("button", { name: "Hur signerar jag?" })).toHaveAttribute(
    "aria-expanded",
    "false",
  );
});
