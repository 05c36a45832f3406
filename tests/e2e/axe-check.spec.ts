// The accessibility check every browser test relies on (tests/support/axe.ts) must fail on what it
// is there to find: a rule of the light theme's full run, and a colour rule that only the dark
// theme breaks. A check that passes everything would make every other axe assertion empty.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";

const page = (body: string) =>
  `<!doctype html><html lang="sv"><head><title>Prov</title>
  <style>@media (prefers-color-scheme: dark) { body { background: #000 } .dim { color: #222 } }</style>
  </head><body><main><h1>Prov</h1>${body}</main></body></html>`;

test("reports a missing alt text in the light theme and low contrast in the dark one", async ({
  page: tab,
}) => {
  await tab.setContent(
    page('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p class="dim">Text</p>'),
  );
  const failure = await expectNoAxeViolations(tab).then(
    () => "",
    (error: Error) => error.message,
  );
  expect(failure).toContain("light: image-alt");
  expect(failure).toContain("dark: color-contrast");
  expect(failure).not.toContain("light: color-contrast");
});

test("passes a page without violations, and checks the next page after a navigation", async ({
  page: tab,
}) => {
  const open = (body: string) => tab.goto(`data:text/html,${encodeURIComponent(page(body))}`);
  await open("<p>Text</p>");
  await expectNoAxeViolations(tab);
  // A new document has no axe of its own: the check must bring it again, and still find faults.
  await open("<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>");
  await expect(expectNoAxeViolations(tab)).rejects.toThrow(/light: image-alt/);
});
