// Queries no citizen means but many type (issue 26's bad input): each ends in a list or "Inga
// träffar", never in the "could not search" message, a script error or a field that stops answering.
import { expect, test } from "@playwright/test";
import { statusNames } from "../../scripts/measure/search-benchmark.ts";

const fieldName = "Sök bland frågor och svar";

/** What is typed, and what it is. */
const badInputs: [string, string][] = [
  ["only stop words", "hur kan jag"],
  ["only digits", "1234567890"],
  ["500 characters", "mitt bankid fungerar inte när jag loggar in ".repeat(12).slice(0, 500)],
  ["emoji", "😀 bankid 🙈"],
  ["only emoji", "🙈🙉🙊"],
  ["mixed scripts", "bankid Привет 日本語 مرحبا"],
  ["an asterisk", "*"],
  ["wildcard after a word", "bank*"],
  ["straight quotes", '"bankid"'],
  ["typographic quotes", "”pdf”"],
  ["a lone quote", "'"],
];

test("odd queries end in a list or Inga träffar, never an error, and the field keeps answering", async ({
  page,
}) => {
  test.setTimeout(30_000 + 5_000 * badInputs.length);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/support/");
  const $search = page.locator(".app-search");
  const $field = $search.getByRole("searchbox", { name: fieldName });
  const $status = $search.getByRole("status");
  for (const [what, query] of badInputs) {
    await $field.fill(query);
    const term = (await $field.inputValue()).trim();
    await statusNames(page, term);
    await expect($status, what).toHaveText(/^(Inga träffar|(Minst )?\d+ träff)/);
  }
  // After all of them, an ordinary query still finds its answer.
  await $field.fill("samordningsnummer");
  await expect($search.locator(".app-search__link").first()).toHaveAttribute(
    "href",
    /#samordningsnummer$/,
  );
  expect(errors).toEqual([]);
});
