// The preview's error page and live reload in a real browser, served through routes so that no
// preview server is needed: the page is accessible, and a reload event reloads the page.
import { expect, test } from "@playwright/test";
import {
  eventsPath,
  injectReloadScript,
  previewErrorPage,
  previewStylesheet,
  previewStylesheetPath,
  reloadScriptPath,
} from "../../src/preview/preview-page.ts";
import { expectNoAxeViolations } from "../support/axe.ts";

const reloadScript =
  'const events = new EventSource("/__preview/events");\nevents.addEventListener("reload", () => { window.location.reload(); });';

test("lists each problem on an accessible Swedish page", async ({ page }) => {
  await page.route("**/__preview-test/", (route) =>
    route.fulfill({
      status: 500,
      contentType: "text/html; charset=utf-8",
      body: previewErrorPage([
        'content/sida/avsnitt/fragan.md: front matter "order" must be a whole number (found "tio")',
        'content/sida/index.md: line 27: has a "javascript:" link, which is not allowed',
      ]),
    }),
  );
  await page.route(`**${previewStylesheetPath}`, (route) =>
    route.fulfill({ contentType: "text/css", body: previewStylesheet }),
  );
  await page.route(`**${reloadScriptPath}`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: "" }),
  );
  await page.goto("/__preview-test/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innehållet har fel");
  await expect(page.getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("listitem").first()).toContainText(
    'fragan.md: front matter "order" must be a whole number (found "tio")',
  );
  await expectNoAxeViolations(page);
});

test("reloads the page when the preview server sends a reload event", async ({ page }) => {
  let loads = 0;
  let eventStreams = 0;
  await page.route("**/__preview-test/", (route) => {
    loads++;
    return route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: injectReloadScript(
        `<!doctype html><html lang="sv"><head><title>Test ${loads}</title></head><body><main><h1>Sida ${loads}</h1></main></body></html>`,
      ),
    });
  });
  await page.route(`**${reloadScriptPath}`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: reloadScript }),
  );
  // The first stream announces a rebuild; later ones answer 204, which stops EventSource.
  await page.route(`**${eventsPath}`, (route) => {
    eventStreams++;
    return eventStreams === 1
      ? route.fulfill({ contentType: "text/event-stream", body: "event: reload\ndata: {}\n\n" })
      : route.fulfill({ status: 204 });
  });
  await page.goto("/__preview-test/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sida 2");
});
