// From a citizen's click to the editors' report, with the real receiver (issue 23): a site built
// with FEEDBACK_URL pointing at services/feedback/, a Nej with text and a search that finds
// nothing, both stored with no cookie, then both in `npm run report:feedback -- --from=…`.
import { expect, test } from "@playwright/test";
import { type ReceiverSite, startReceiverSite } from "../support/feedback-receiver-site.ts";

test.describe.configure({ mode: "default", timeout: 90_000 });

let site: ReceiverSite;
const anchor = "samordningsnummer";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await startReceiverSite();
});

test.afterAll(async () => {
  await site?.close();
});

test("a Nej and a search with no result reach the editors' report, with nothing stored on the device", async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${site.origin}/support/#${anchor}`);
  const form = page.locator(`#${anchor}-svar .app-feedback`);
  await form.getByRole("button", { name: /^Nej\b/ }).click();
  await form.getByRole("textbox", { name: /Vad saknades/ }).fill("Hur gör jag med ett LMA-kort?");
  await form.getByRole("button", { name: /^Skicka\b/ }).click();
  await expect(form.getByText("Tack för ditt svar!")).toBeFocused();

  // A term that finds nothing, left on screen past the citizen's pause (2.5 s).
  const search = page.getByRole("searchbox", { name: "Sök bland frågor och svar" });
  const searched = page.waitForRequest((request) => request.url().endsWith("/searches"));
  await search.fill("kvantfysik");
  await expect(page.getByText("Inga träffar för ”kvantfysik”.")).toBeVisible();
  const request = await searched;
  expect(request.postDataJSON()).toEqual({ term: "kvantfysik" });
  expect(await request.headerValue("cookie")).toBeNull();
  await expect.poll(async () => (await request.response())?.status()).toBe(204);

  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(errors).toEqual([]);

  const report = await site.report();
  expect(report).toContain(
    "| Kan jag logga in på Mina sidor med ett samordningsnummer? | `/support/#samordningsnummer` | 1 | 0 | 1 | 100 % | 1 |",
  );
  expect(report).toMatch(/\| \d{4}-\d{2}-\d{2} \| Hur gör jag med ett LMA-kort\? \|/);
  expect(report).toContain("| kvantfysik | 1 | – |");
});
