// The real site in a browser, by rules that hold for any content: every page accessible with its
// questions closed and open and without console errors, every question reachable by its anchor,
// and every question found by search by a word of its own. Nothing here names the content.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../../support/axe.ts";
import { builtPages } from "../../support/dist.ts";
import {
  distinctiveWords,
  type PlacedQuestion,
  questionsOf,
  realFaqPages,
} from "../../support/real-content.ts";

const pages = builtPages();
const questions = questionsOf(await realFaqPages());

// axe twice on a page that grows with the content, on a busy 2-core machine: more than 30 s.
test.describe.configure({ timeout: 90_000 + 1_000 * questions.length });

/** Collects console errors and uncaught exceptions of `page`. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

for (const { urlPath } of pages) {
  test(`${urlPath} is accessible closed and open, without console errors`, async ({ page }) => {
    const errors = consoleErrors(page);
    await page.goto(urlPath);
    await expectNoAxeViolations(page);
    const showAll = page.getByRole("button", { name: "Visa alla" });
    if (await showAll.isVisible()) {
      await showAll.click();
      await expect(page.locator('.app-accordion__button[aria-expanded="false"]')).toHaveCount(0);
      await expectNoAxeViolations(page);
    }
    // The 404 page is served with status 404, which Chromium logs as a failed resource load.
    expect(errors.filter((text) => !text.includes("404 (Not Found)"))).toEqual([]);
  });
}

test("every question opens and is scrolled to from its anchor", async ({ page }) => {
  test.setTimeout(90_000 + 2_000 * questions.length);
  for (const { question, url } of questions) {
    await page.goto(url);
    const heading = page.locator(`h3#${question.slug}`);
    await expect(heading, url).toBeInViewport();
    await expect(heading.getByRole("button"), url).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator(`#${question.slug}-svar`), url).toBeVisible();
  }
});

interface IndexedResult {
  url: string;
  sub_results?: { url: string }[];
}

/** Every address Pagefind returns for `term`, sub-results included, searched in the page. */
async function searchAddresses(page: Page, term: string): Promise<string[]> {
  return page.evaluate(async (query) => {
    // The page's own build's runtime (issue 21).
    const src = document.querySelector<HTMLElement>("[data-pagefind-src]")?.dataset.pagefindSrc;
    const pagefind = await import(/* @vite-ignore */ `${location.origin}${src}`);
    await pagefind.options({ noWorker: true });
    const search = await pagefind.search(query);
    const data: IndexedResult[] = await Promise.all(
      search.results.map((result: { data(): Promise<IndexedResult> }) => result.data()),
    );
    return data.flatMap((d) => [d.url, ...(d.sub_results ?? []).map((sub) => sub.url)]);
  }, term);
}

/** "/page/?q#anchor" → "/page/#anchor": Pagefind's addresses may carry highlight parameters. */
function withoutQuery(url: string): string {
  const parsed = new URL(url, "http://x");
  return `${parsed.pathname}${parsed.hash}`;
}

test("search finds every question by a distinctive word of its own question", async ({ page }) => {
  test.setTimeout(90_000 + 1_000 * questions.length);
  await page.goto("/");
  const missed: string[] = [];
  for (const [placed, word] of distinctiveWords(questions) as Map<PlacedQuestion, string>) {
    const addresses = (await searchAddresses(page, word)).map(withoutQuery);
    if (!addresses.includes(placed.url)) missed.push(`"${word}" does not find ${placed.url}`);
  }
  expect(missed).toEqual([]);
});
