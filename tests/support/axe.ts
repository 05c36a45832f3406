// Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and its best-practice rules (DESIGN.md's
// quality bar) in the light theme, and its colour rules again in the dark theme (issue 27), on the
// same page by switching the emulated colour scheme: no second page load. Fails with a readable list.
//
// axe-core's own source is injected into each frame of the page once and run there with `axe.run`.
// @axe-core/playwright's AxeBuilder injected it again on every analysis and finished each one in a
// new blank page: about 1 s of a check that takes 2 s on a busy machine, for pages that have no
// cross-origin frames to reach.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, type Page, test } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];
// The rules whose verdict depends on colours: every other rule sees the same markup in both themes.
const colourRules = ["color-contrast", "link-in-text-block"];

/** Puts axe into every frame that does not have it yet (a navigation starts a frame afresh). */
async function injectAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const present = await frame.evaluate(() => "axe" in window);
    if (!present) await frame.evaluate(axeSource);
  }
}

async function violations(page: Page, theme: "light" | "dark"): Promise<string[]> {
  await page.emulateMedia({ colorScheme: theme });
  const options: RunOptions = {
    runOnly:
      theme === "light" ? { type: "tag", values: tags } : { type: "rule", values: colourRules },
    // Only violations are reported: axe then skips the details of what passed (5–10 % of its time).
    resultTypes: ["violations"],
  };
  const results = await page.evaluate(
    (runOptions) =>
      (
        window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }
      ).axe.run(document, runOptions),
    options,
  );
  return results.violations.map(
    (violation) =>
      `${theme}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

/** The page as it is now, in both themes; it is left in the light theme, the tests' default. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // The dark theme's colour rules take time on a busy machine: time for them, not a time limit.
  test.info().setTimeout(test.info().timeout + 30_000);
  await injectAxe(page);
  const dark = await violations(page, "dark");
  const light = await violations(page, "light");
  expect([...light, ...dark]).toEqual([]);
}
