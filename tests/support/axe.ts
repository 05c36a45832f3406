// Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and its best-practice rules (DESIGN.md's
// quality bar) in the light theme, and its colour rules again in the dark theme (issue 27), on the
// same page by switching the emulated colour scheme: no second page load. Fails with a readable list.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];
// The rules whose verdict depends on colours: every other rule sees the same markup in both themes.
const colourRules = ["color-contrast", "link-in-text-block"];

async function violations(page: Page, theme: "light" | "dark"): Promise<string[]> {
  await page.emulateMedia({ colorScheme: theme });
  // Only violations are reported: axe then skips the details of what passed (5–10 % of its time).
  const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  const results = await (theme === "light"
    ? builder.withTags(tags)
    : builder.withRules(colourRules)
  ).analyze();
  return results.violations.map(
    (violation) =>
      `${theme}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

/** The page as it is now, in both themes; it is left in the light theme, the tests' default. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // The dark theme's colour rules take time on a busy machine: time for them, not a time limit.
  test.info().setTimeout(test.info().timeout + 30_000);
  const dark = await violations(page, "dark");
  const light = await violations(page, "light");
  expect([...light, ...dark]).toEqual([]);
}
