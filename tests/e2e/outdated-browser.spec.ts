// The outdated-browser notice: never shown or fetched in a modern browser; its nomodule script parses
// as ES5 and, run in a page, reveals a notice that can be dismissed (issue 4).

import { expect, type Page, test } from "@playwright/test";
import { parse } from "acorn";
import { expectNoAxeViolations } from "../support/axe.ts";

const faqPath = "/support/";

function notice(page: Page) {
  return page.getByRole("region", { name: "Tänk på att..." });
}

/** The built legacy script's address, found the way an old browser finds it: the nomodule tag. */
async function legacyScriptUrl(page: Page): Promise<string> {
  const response = await page.request.get(faqPath);
  const src = /<script nomodule src="([^"]+)"/.exec(await response.text())?.[1] ?? "";
  expect(src).toMatch(/^\/assets\/legacy\.[0-9a-f]{10}\.js$/);
  return src;
}

test("stays hidden in Chromium from first paint to load, and its script is never fetched", async ({
  page,
}) => {
  // Samples the notice before every frame from the very start, and records any change to `hidden`.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { noticeSeen?: string[] }).noticeSeen = seen;
    const sample = () => {
      const $notice = document.getElementById("app-outdated-browser");
      if ($notice) seen.push(`${getComputedStyle($notice).display}:${$notice.hidden}`);
      if (document.readyState !== "complete") requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    new MutationObserver((records) => {
      for (const record of records) {
        if ((record.target as Element).id === "app-outdated-browser") seen.push("changed");
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["hidden"] });
  });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(faqPath, { waitUntil: "load" });

  await expect(notice(page)).toBeHidden();
  await expect(page.locator("#app-outdated-browser")).toHaveAttribute("hidden", "");
  const seen = await page.evaluate(() => (window as { noticeSeen?: string[] }).noticeSeen ?? []);
  expect(seen).toContain("none:true");
  expect(seen.filter((state) => state !== "none:true")).toEqual([]);
  expect(requests.filter((path) => path.includes("/assets/legacy."))).toEqual([]);
  expect(requests.some((path) => /^\/assets\/site\.[0-9a-f]{10}\.js$/.test(path))).toBe(true);
});

test("the built legacy script parses as ES5", async ({ page }) => {
  const code = await (await page.request.get(await legacyScriptUrl(page))).text();
  expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
  // The check can fail: the same parser refuses the syntax an ES5 browser would choke on.
  expect(() => parse("const notice = () => 1;", { ecmaVersion: 5 })).toThrow();
});

test("run in a page, the legacy script reveals the notice, and Dölj hides it", async ({ page }) => {
  await page.goto(faqPath);
  // Loaded from its URL as the nomodule tag would, under the site's CSP (no inline scripts).
  await page.addScriptTag({ url: await legacyScriptUrl(page) });
  await expect(notice(page)).toBeVisible();
  await expect(notice(page).getByRole("heading", { name: "Tänk på att..." })).toBeVisible();
  await expect(notice(page)).toContainText("Din webbläsare är av en äldre modell.");
  await expectNoAxeViolations(page);
  await notice(page).getByRole("button", { name: "Dölj" }).click();
  await expect(notice(page)).toBeHidden();
});
