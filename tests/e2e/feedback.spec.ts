// "Fick du svar på din fråga?" in a real browser, against a build with FEEDBACK_URL and a stub
// endpoint on another origin: Ja, Nej with text, a personnummer refused, nothing sent or stored
// before the citizen acts, keyboard only, axe in every state, and the post without JavaScript.
import { type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { expectNoAxeViolations } from "../support/axe.ts";
import { type FeedbackSite, feedbackPath, startFeedbackSite } from "../support/feedback-site.ts";

// One build and endpoint for the whole file: its tests run in order in one worker.
test.describe.configure({ mode: "default", timeout: 60_000 });

let site: FeedbackSite;
const faqPath = "/support/";
const anchor = "samordningsnummer";
const question = "Kan jag logga in på Mina sidor med ett samordningsnummer?";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = await startFeedbackSite();
});

test.afterAll(async () => {
  await site?.close();
});

// Any console error, a CSP violation included, fails the test.
let consoleErrors: string[] = [];
let scriptRequests: string[] = [];

test.beforeEach(({ page }) => {
  site.received.length = 0;
  site.status = 204;
  consoleErrors = [];
  scriptRequests = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) {
      consoleErrors.push(message.text());
    }
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  page.on("request", (request) => {
    if (request.resourceType() === "script") scriptRequests.push(new URL(request.url()).pathname);
  });
});

test.afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

/** The feedback form under the answer to `question`. */
function feedbackFor(page: Page): Locator {
  return page.locator(`#${anchor}-svar .app-feedback`);
}

async function openQuestion(page: Page): Promise<Locator> {
  await page.goto(`${site.origin}${faqPath}#${anchor}`);
  const form = feedbackFor(page);
  await expect(form.getByRole("group", { name: "Fick du svar på din fråga?" })).toBeVisible();
  return form;
}

/** The votes the endpoint received as JSON, parsed. */
function votes() {
  return site.received
    .filter((request) => request.method === "POST")
    .map((request) => {
      expect(request.contentType).toBe("application/json");
      return JSON.parse(request.body);
    });
}

async function expectNothingStored(page: Page, context: BrowserContext) {
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
}

const today = /^\d{4}-\d{2}-\d{2}$/;

test("asks under each open answer, and sends, loads and stores nothing before the citizen acts", async ({
  page,
  context,
}) => {
  const form = await openQuestion(page);
  const ja = form.getByRole("button", { name: /^Ja\b/ });
  const nej = form.getByRole("button", { name: /^Nej\b/ });
  // Among many Ja buttons, each is described by its question.
  await expect(ja).toHaveAccessibleName("Ja");
  await expect(ja).toHaveAccessibleDescription(question);
  await expect(nej).toHaveAccessibleName("Nej");
  await expect(nej).toHaveAccessibleDescription(question);
  // Equal weight: the same size and style.
  const [jaBox, nejBox] = [await ja.boundingBox(), await nej.boundingBox()];
  expect(jaBox?.width).toBe(nejBox?.width);
  expect(jaBox?.height).toBe(nejBox?.height);
  const style = (button: Locator) =>
    button.evaluate((element) => {
      const computed = getComputedStyle(element);
      return [computed.backgroundColor, computed.color, computed.fontWeight, computed.fontSize];
    });
  expect(await style(ja)).toEqual(await style(nej));
  await expect(form.getByRole("textbox", { name: /Vad saknades/ })).toBeHidden();
  // Closed answers' feedback is closed with them.
  await expect(page.locator(".app-feedback:visible")).toHaveCount(1);
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(300);
  expect(site.received).toEqual([]);
  expect(scriptRequests.filter((path) => path.includes("/feedback."))).toEqual([]);
  await expectNothingStored(page, context);
  await expectNoAxeViolations(page);
});

test("Ja sends one vote, thanks the citizen with focus, and cannot be given twice", async ({
  page,
  context,
}) => {
  const form = await openQuestion(page);
  await form.getByRole("button", { name: /^Ja\b/ }).click();
  const thanks = form.getByText("Tack för ditt svar!");
  await expect(thanks).toBeFocused();
  await expect(thanks.getByRole("link")).toBeHidden();
  expect(votes()).toEqual([
    { page: faqPath, anchor, answer: "ja", text: "", date: expect.stringMatching(today) },
  ]);
  // A JSON post to another origin: the browser asks first (CORS), then sends the vote.
  expect(site.received.map((request) => `${request.method} ${request.path}`)).toEqual([
    `OPTIONS ${feedbackPath}`,
    `POST ${feedbackPath}`,
  ]);
  expect(site.received.map((request) => request.cookie)).toEqual([undefined, undefined]);
  // The feedback script came once, on the first press, from the site itself.
  expect(scriptRequests.filter((path) => path.includes("/feedback."))).toHaveLength(1);
  await expect(form.getByRole("button")).toHaveCount(0);
  await expectNothingStored(page, context);
  await expectNoAxeViolations(page);
});

test("Nej opens 'Vad saknades?' with a warning, and sends the vote with the text", async ({
  page,
}) => {
  const form = await openQuestion(page);
  await form.getByRole("button", { name: /^Nej\b/ }).click();
  const text = form.getByRole("textbox", { name: "Vad saknades? (frivilligt)" });
  await expect(text).toBeFocused();
  await expect(text).toHaveAccessibleDescription(/Skriv inte personnummer, namn/);
  await expect(form.getByText("Skriv inte personnummer, namn")).toBeVisible();
  expect(site.received).toEqual([]);
  await expectNoAxeViolations(page);
  await text.fill("Jag har inget svenskt personnummer, hur gör jag då?");
  await form.getByRole("button", { name: /^Skicka\b/ }).click();
  const thanks = form.getByText("Tack för ditt svar!");
  await expect(thanks).toBeFocused();
  // After a Nej: where to turn next, one more action away.
  await thanks.getByRole("link", { name: "Så kontaktar du oss" }).click();
  await expect(page.locator("#kontakt")).toBeInViewport();
  await expect(page.locator("#kontakt")).toBeFocused();
  expect(votes()).toEqual([
    {
      page: faqPath,
      anchor,
      answer: "nej",
      text: "Jag har inget svenskt personnummer, hur gör jag då?",
      date: expect.stringMatching(today),
    },
  ]);
  await expectNoAxeViolations(page);
});

test("refuses text that looks like a personnummer, says why, and sends once it is removed", async ({
  page,
}) => {
  const form = await openQuestion(page);
  await form.getByRole("button", { name: /^Nej\b/ }).click();
  const text = form.getByRole("textbox", { name: "Vad saknades? (frivilligt)" });
  await text.fill("Det fungerar inte för mig, 19850412-1234");
  await form.getByRole("button", { name: /^Skicka\b/ }).click();
  await expect(text).toBeFocused();
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(text).toHaveAccessibleDescription(/ser ut att innehålla ett personnummer/);
  await expect(form.getByText("ser ut att innehålla ett personnummer")).toBeVisible();
  expect(site.received).toEqual([]);
  await expectNoAxeViolations(page);
  await text.fill("Det fungerar inte för mig");
  await form.getByRole("button", { name: /^Skicka\b/ }).click();
  await expect(form.getByText("Tack för ditt svar!")).toBeFocused();
  expect(votes().map((vote) => vote.text)).toEqual(["Det fungerar inte för mig"]);
});

test("says so when the vote cannot be sent, and lets the citizen try again", async ({ page }) => {
  site.status = 503;
  const form = await openQuestion(page);
  await form.getByRole("button", { name: /^Ja\b/ }).click();
  await expect(form.getByRole("alert")).toHaveText(/Det gick inte att skicka ditt svar/);
  await expectNoAxeViolations(page);
  // The browser's own report of the failed request is what this test causes, not a fault.
  consoleErrors = consoleErrors.filter((message) => !message.includes("status of 503"));
  site.status = 204;
  await form.getByRole("button", { name: /^Ja\b/ }).click();
  await expect(form.getByText("Tack för ditt svar!")).toBeFocused();
  expect(votes().map((vote) => vote.answer)).toEqual(["ja", "ja"]);
});

test("with analytics consent, the vote is also a Matomo event; without, nothing reaches Matomo", async ({
  page,
}) => {
  type Queue = unknown[][] | undefined;
  const events = async () =>
    (
      (await page.evaluate(() => (window as unknown as { _paq?: unknown[][] })._paq)) as Queue
    )?.filter((command) => command[0] === "trackEvent") ?? [];
  await openQuestion(page);
  await feedbackFor(page).getByRole("button", { name: /^Ja\b/ }).click();
  await expect(feedbackFor(page).getByText("Tack för ditt svar!")).toBeFocused();
  expect(await events()).toEqual([]);

  await page.getByRole("button", { name: "Ja, jag godkänner alla kakor" }).click();
  await page.reload();
  const form = feedbackFor(page);
  await form.getByRole("button", { name: /^Nej\b/ }).click();
  await form.getByRole("textbox", { name: /Vad saknades/ }).fill("Texten går inte till Matomo");
  await form.getByRole("button", { name: /^Skicka\b/ }).click();
  await expect(form.getByText("Tack för ditt svar!")).toBeFocused();
  expect(await events()).toEqual([["trackEvent", "Fick du svar", "Nej", `${faqPath}#${anchor}`]]);
});

test("works with the keyboard alone", async ({ page }) => {
  await openQuestion(page);
  // Start where a keyboard user who opened the question is: on its button.
  await page.getByRole("button", { name: question, exact: true }).focus();
  const form = feedbackFor(page);
  const nej = form.getByRole("button", { name: /^Nej\b/ });
  for (
    let presses = 0;
    presses < 20 && !(await nej.evaluate((b) => b === document.activeElement));
    presses++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(nej).toBeFocused();
  await page.keyboard.press("Enter");
  const text = form.getByRole("textbox", { name: "Vad saknades? (frivilligt)" });
  await expect(text).toBeFocused();
  await page.keyboard.type("Svaret säger inte vad jag ska göra.");
  await page.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: /^Skicka\b/ })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(form.getByText("Tack för ditt svar!")).toBeFocused();
  expect(votes().map((vote) => [vote.answer, vote.text])).toEqual([
    ["nej", "Svaret säger inte vad jag ska göra."],
  ]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is a plain form post to the endpoint, which sends the citizen back to the question", async ({
    page,
  }) => {
    await page.goto(`${site.origin}${faqPath}`);
    const form = feedbackFor(page);
    const text = form.getByRole("textbox", { name: "Vad saknades? (frivilligt)" });
    await expect(text).toBeVisible();
    await text.fill("Mer om appen");
    await form.getByRole("button", { name: /^Skicka\b/ }).click();
    await page.waitForURL(`${site.origin}${faqPath}#${anchor}`);
    const posts = site.received.filter((request) => request.method === "POST");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.contentType).toBe("application/x-www-form-urlencoded");
    expect(posts[0]?.cookie).toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(posts[0]?.body))).toEqual({
      page: faqPath,
      anchor,
      answer: "nej",
      text: "Mer om appen",
    });
  });
});

test("is accessible, text field shown, when the site's script fails to load", async ({ page }) => {
  // axe itself needs JavaScript, so this state blocks only the site's own script.
  await page.route("**/assets/*.js", (route) => route.abort());
  await page.goto(`${site.origin}${faqPath}`);
  await expect(feedbackFor(page).getByRole("textbox", { name: /Vad saknades/ })).toBeVisible();
  await expectNoAxeViolations(page);
  consoleErrors = consoleErrors.filter((message) => !message.includes("net::ERR_FAILED"));
});

test("leaves the page valid HTML (html-validate, .htmlvalidate.json)", async ({ request }) => {
  const html = await (await request.get(`${site.origin}${faqPath}`)).text();
  expect(html).toContain('class="app-feedback"');
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
    html,
    "tests/feedback-page.html",
  );
  const errors = report.results.flatMap((result) =>
    result.messages.map((message) => `${message.line}:${message.column} ${message.message}`),
  );
  expect(errors).toEqual([]);
});

test("is not rendered where no FEEDBACK_URL is configured", async ({ page }) => {
  // The fixture site of the test run is built without FEEDBACK_URL.
  await page.goto(`${faqPath}#${anchor}`);
  await expect(page.getByRole("heading", { name: question })).toBeVisible();
  await expect(page.locator(".app-feedback")).toHaveCount(0);
  await expect(page.getByText("Fick du svar på din fråga?")).toHaveCount(0);
  expect(scriptRequests.filter((path) => path.includes("/feedback."))).toEqual([]);
});
