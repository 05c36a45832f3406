// Search in a real browser: nothing loaded before use, citizens' queries and spellings, landing on
// the opened answer with the words marked, keyboard-only use, no results, /sok/?q=, axe (issue 3).
import { expect, type Page, test } from "@playwright/test";
import { statusNames } from "../../scripts/measure/search-benchmark.ts";
import { expectNoAxeViolations } from "../support/axe.ts";

// Several tests search many queries and run axe: more than the default 30 s on 2 busy cores.
test.describe.configure({ timeout: 90_000 });

const faqUrl = "/support/";
const fieldName = "Sök bland frågor och svar";

/** Query → the question (its anchor) that must be among the first three results. */
const citizenQueries: [string, string][] = [
  ["samordningsnummer", "samordningsnummer"],
  ["pdf", "pdf-blank-sida"],
  ["bilagor", "ladda-upp-bilagor"],
  ["javascript", "aktivera-javascript"],
  ["portleten", "portleten-ar-inte-tillganglig"],
  ["personnummer", "logga-in-med-personnummer"],
  ["sjukpenning", "sjukpenning-omfattning"],
  ["webbläsare", "rekommenderade-webblasare"],
  ["kan inte ladda upp pdf", "ladda-upp-bilagor"],
  ["bankid fungerar inte", "e-legitimation-startar-inte"],
];
const bankIdSpellings = ["bankid", "BankID", "bank-id", "bank id", "bank\u2011id"];
const bankIdAnswers = [
  "logga-in-med-bank-id",
  "banker-som-utfardar-bank-id",
  "vad-ar-e-legitimation",
  "sidan-kan-inte-visas",
];
const eIdSpellings = ["e-legitimation", "e\u2011legitimation", "elegitimation"];
const eIdAnswers = [
  "skaffa-e-legitimation",
  "vad-ar-e-legitimation",
  "banker-som-utfardar-bank-id",
];

function pagefindRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (/^\/(pagefind\/|assets\/(search|highlight)\.)/.test(pathname)) {
      urls.push(pathname);
    }
  });
  return urls;
}

/** Types a query and waits until its result count is announced; returns the result links. */
async function search(page: Page, query: string) {
  const $search = page.locator(".app-search");
  await $search.getByRole("searchbox", { name: fieldName }).fill(query);
  await statusNames(page, query);
  return $search.locator(".app-search__link");
}

async function anchorsOf(links: ReturnType<Page["locator"]>): Promise<string[]> {
  const hrefs = await links.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute("href") ?? ""),
  );
  return hrefs.map((href) => new URL(href, "http://x").hash.slice(1));
}

test("requests nothing of Pagefind before the citizen uses the search field", async ({ page }) => {
  const requested = pagefindRequests(page);
  for (const url of ["/", faqUrl, "/sok/"]) {
    await page.goto(url, { waitUntil: "networkidle" });
  }
  expect(requested).toEqual([]);
  await expect(page.getByRole("searchbox", { name: fieldName })).toBeVisible();
  const pagefindScript = page.waitForRequest("**/pagefind/*/pagefind.js");
  await page.getByRole("searchbox", { name: fieldName }).focus();
  await pagefindScript;
});

test("finds the expected question among the first three results for citizens' queries", async ({
  page,
}) => {
  await page.goto(faqUrl);
  for (const [query, anchor] of citizenQueries) {
    await test.step(query, async () => {
      const links = await search(page, query);
      expect((await anchorsOf(links)).slice(0, 3)).toContain(anchor);
      await expect(links.first()).toHaveAttribute("href", /^\/support\/\?.*#[a-z0-9-]+$/);
    });
  }
});

test("finds the bank-id and e-legitimation answers in every spelling", async ({ page }) => {
  await page.goto(faqUrl);
  for (const spelling of bankIdSpellings) {
    await test.step(spelling, async () => {
      const anchors = await anchorsOf(await search(page, spelling));
      expect(anchors.slice(0, 3)).toContain("logga-in-med-bank-id");
      expect(anchors).toEqual(expect.arrayContaining(bankIdAnswers));
    });
  }
  for (const spelling of eIdSpellings) {
    await test.step(spelling, async () => {
      const anchors = await anchorsOf(await search(page, spelling));
      expect(anchors.slice(0, 3)).toEqual(expect.arrayContaining(eIdAnswers));
    });
  }
});

test("shows question, section, page and a marked excerpt, and passes axe", async ({ page }) => {
  await page.goto(faqUrl);
  const links = await search(page, "samordningsnummer");
  await expect(page.locator(".app-search").getByRole("status")).toHaveText(
    "1 träff för ”samordningsnummer”.",
  );
  const result = page.locator(".app-search__result").first();
  await expect(links.first()).toHaveText(
    "Kan jag logga in på Mina sidor med ett samordningsnummer?",
  );
  await expect(result.locator(".app-search__where")).toHaveText(
    "Inloggning – Vanliga frågor och svar om teknisk support",
  );
  // The excerpt is the answer, not the title again; here the match is in the title only.
  await expect(result.locator(".app-search__excerpt")).toHaveText(
    /^Nej, du behöver ha ett svenskt personnummer/,
  );
  await search(page, "personnummer");
  await expect(page.locator(".app-search__excerpt mark").first()).toHaveText(/personnummer/i);
  // Neither stop words nor the search words that end a question's index text are shown.
  await search(page, "android");
  await expect(page.locator(".app-search__excerpt").first()).not.toContainText("iphone");
  await expectNoAxeViolations(page);
  // Result titles keep the editors' non-breaking hyphen; only the index is normalised.
  await search(page, "bankid");
  await expect(
    page.locator(".app-search__link", { hasText: "Hur loggar jag in med bank\u2011id?" }),
  ).toBeVisible();
});

test("following a result opens that answer with the matched words marked", async ({ page }) => {
  // Pagefind's script and WASM and the lazy bundles must run under the production CSP.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().startsWith("CSP:")) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.log(`CSP: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(faqUrl);
  const links = await search(page, "bilagor");
  await links.first().click();
  await expect(page).toHaveURL(/\/support\/\?pagefind-highlight=bilagor&.*#ladda-upp-bilagor$/);
  const button = page.getByRole("button", { name: /Jag kan inte ladda upp mina bilagor/ });
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText("839 88 Östersund")).toBeVisible();
  await expect(button.locator("mark.app-highlight")).toHaveText("bilagor");
  // The stem matched other forms of the word in the answer too.
  await expect(page.locator("#ladda-upp-bilagor-svar mark.app-highlight").first()).toBeVisible();
  await expect(button).toBeInViewport();
  expect(violations).toEqual([]);
  await expectNoAxeViolations(page);
});

test("the landing answer marks the query's words, not its stop words, unlike focus", async ({
  page,
}) => {
  await page.goto(faqUrl);
  const links = await search(page, "jag kan inte ladda upp bilagor");
  const href = (await links.first().getAttribute("href")) ?? "";
  const marked = new URL(href, "http://x").searchParams.getAll("pagefind-highlight");
  expect(marked).toContain("bilagor");
  expect(marked.filter((word) => ["jag", "kan", "inte"].includes(word))).toEqual([]);
  await links.first().click();
  const marks = page.locator("#ladda-upp-bilagor-svar mark.app-highlight");
  await expect(marks.first()).toBeVisible();
  const texts = (await marks.allTextContents()).map((text) => text.toLowerCase());
  expect(texts.filter((text) => ["jag", "kan", "inte"].includes(text))).toEqual([]);
  // The focus style is FKUI's ring (a box shadow); a marked word must not look focused.
  const style = await marks.first().evaluate((el) => ({
    shadow: getComputedStyle(el).boxShadow,
    line: getComputedStyle(el).textDecorationStyle,
  }));
  expect(style).toEqual({ shadow: "none", line: "dotted" });
});

test("works with the keyboard alone: type, arrows, Escape, Tab and Enter", async ({ page }) => {
  await page.goto(faqUrl);
  const field = page.getByRole("searchbox", { name: fieldName });
  for (
    let tab = 0;
    tab < 10 && !(await field.evaluate((el) => el === document.activeElement));
    tab++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(field).toBeFocused();
  await page.keyboard.type("pdf");
  const links = page.locator(".app-search__link");
  await expect(page.locator(".app-search").getByRole("status")).toContainText("”pdf”", {
    timeout: 20_000,
  });
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(field).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Escape");
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("");
  await expect(links).toHaveCount(0);
  await page.keyboard.type("portleten");
  await expect(page.locator(".app-search").getByRole("status")).toContainText("”portleten”");
  await page.keyboard.press("Tab"); // the Sök button
  await page.keyboard.press("Tab");
  await expect(links.first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#portleten-ar-inte-tillganglig$/);
  await expect(page.getByRole("button", { name: /Portleten är inte tillgänglig/ })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
});

test("says so when nothing is found and links to the contact page", async ({ page }) => {
  await page.goto(faqUrl);
  const links = await search(page, "xylofonkvartett");
  await expect(links).toHaveCount(0);
  await expect(page.locator(".app-search").getByRole("status")).toHaveText(
    "Inga träffar för ”xylofonkvartett”.",
  );
  const contact = page
    .locator(".app-search")
    .getByRole("link", { name: "kontakta Försäkringskassan" });
  await expect(contact).toHaveAttribute("href", "https://www.forsakringskassan.se/kontakt");
  await expectNoAxeViolations(page);
});

test("a sentence finds its answer, and every list offers the contact page", async ({ page }) => {
  await page.goto(faqUrl);
  // None of the answers has every word of the sentence: the search relaxes instead of failing.
  const links = await search(page, "mitt bankid startar inte");
  expect((await anchorsOf(links))[0]).toBe("e-legitimation-startar-inte");
  const contact = page.locator(".app-search__contact");
  await expect(contact).toBeVisible();
  await expect(contact).toContainText("Hittade du inte svaret?");
  await expect(contact.getByRole("link", { name: "kontakta Försäkringskassan" })).toHaveAttribute(
    "href",
    "https://www.forsakringskassan.se/kontakt",
  );
  await expect(page.locator(".app-search__none")).toBeHidden();
});

test("a question the site does not answer matches no fragment of longer words", async ({
  page,
}) => {
  await page.goto(faqUrl);
  // "för" starts many of the fixture's words; it is no match for "föräldrapenning".
  const links = await search(page, "föräldrapenning");
  await expect(links).toHaveCount(0);
  await expect(page.locator(".app-search").getByRole("status")).toHaveText(
    "Inga träffar för ”föräldrapenning”.",
  );
  await expect(page.locator(".app-search__contact")).toBeVisible();
});

test("Visa fler shows the rest of the list and moves focus to the first added result", async ({
  page,
}) => {
  await page.goto(faqUrl);
  const links = await search(page, "logga");
  const status = page.locator(".app-search").getByRole("status");
  await expect(status).toHaveText(/^(\d+) träffar för ”logga”\. De 8 bästa visas\.$/);
  const total = Number((await status.textContent())?.match(/^\d+/)?.[0]);
  await expect(links).toHaveCount(8);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Visa fler" }).click();
  await expect(links).toHaveCount(Math.min(total, 16));
  await expect(links.nth(8)).toBeFocused();
  await expect(status).toHaveText(`${total} träffar för ”logga”.`);
  await expect(page.getByRole("button", { name: "Visa fler" })).toBeHidden();
});

test("the search page reads ?q= on load and keeps the query in the URL", async ({ page }) => {
  await page.goto("/sok/?q=webbl%C3%A4sare");
  const field = page.getByRole("searchbox", { name: fieldName });
  await expect(field).toHaveValue("webbläsare");
  await expect(page.getByRole("status")).toContainText("”webbläsare”", { timeout: 20_000 });
  expect((await anchorsOf(page.locator(".app-search__link"))).slice(0, 3)).toContain(
    "rekommenderade-webblasare",
  );
  await expectNoAxeViolations(page);
  await search(page, "javascript");
  expect(new URL(page.url()).search).toBe("?q=javascript");
});

test("the search page filters by section, and the filter is part of the URL", async ({ page }) => {
  await page.goto("/sok/?q=webbl%C3%A4sare");
  const where = page.locator(".app-search__where");
  await expect(where.filter({ hasText: "Övrigt" }).first()).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("Avsnitt").selectOption({ label: "Signering" });
  await expect(page.getByRole("status")).toHaveText("1 träff för ”webbläsare”.");
  expect(await anchorsOf(page.locator(".app-search__link"))).toEqual([
    "portleten-ar-inte-tillganglig",
  ]);
  expect(new URL(page.url()).searchParams.get("avsnitt")).toBe("support/signering");
  await page.reload();
  await expect(page.getByLabel("Avsnitt")).toHaveValue("support/signering");
  await expect(page.getByRole("status")).toHaveText("1 träff för ”webbläsare”.", {
    timeout: 20_000,
  });
});

test("Enter in the header field opens the search page with the query", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: fieldName }).fill("sjukpenning");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sok\/\?q=sjukpenning$/);
  await expect(page.getByRole("status")).toContainText("”sjukpenning”", { timeout: 20_000 });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows no search field that would not work, and says why on the search page", async ({
    page,
  }) => {
    await page.goto(faqUrl);
    await expect(page.getByRole("searchbox")).toHaveCount(0);
    await page.goto("/sok/?q=bankid");
    await expect(page.getByRole("searchbox")).toHaveCount(0);
    await expect(
      page.getByText("Sökningen fungerar bara när JavaScript är påslaget"),
    ).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Vanliga frågor och svar om teknisk support" }),
    ).toBeVisible();
  });
});
