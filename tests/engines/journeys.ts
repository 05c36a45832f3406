// The citizen's journeys on the fixture site, written once against EngineDriver and run in every
// engine (issue 28); axe runs in each state a journey reaches. The fixture's words, not content/'s.
import type { FeedbackSite } from "../support/feedback-site.ts";
import { expectNoAxeViolations } from "./axe.ts";
import { type EngineDriver, expectPage, type Target, until } from "./driver.ts";

export interface Journey {
  name: string;
  /** The no-JavaScript view runs in a browser started with scripts off. */
  javaScript: boolean;
  run(driver: EngineDriver, site: FeedbackSite): Promise<void>;
}

const faqPath = "/support/";
const question = "Kan jag logga in på Mina sidor med ett samordningsnummer?";
const anchor = "samordningsnummer";
const answer: Target = { text: "du behöver ha ett svenskt personnummer" };
const questionButton: Target = { role: "button", name: question };
const uploadButton: Target = { role: "button", name: /Jag kan inte ladda upp mina bilagor/ };
const banner: Target = { role: "region", name: "Kakor på Försäkringskassan" };
const yes = "Ja, jag godkänner alla kakor";
const no = "Nej, jag godkänner bara nödvändiga kakor";
const closedButtons: Target = { css: '.app-accordion__button[aria-expanded="false"]' };
const openButtons: Target = { css: '.app-accordion__button[aria-expanded="true"]' };

/** Answers the consent question with Nej, so the journeys after it see the page without banner. */
async function declineCookies(driver: EngineDriver): Promise<void> {
  await driver.click({ role: "button", name: no });
  await expectPage(
    driver,
    { css: '.app-cookie-banner__message[data-state="no"]' },
    "focused",
    true,
  );
}

/** Enter or Space on the focused button; a click where the driver's keys do not activate. */
async function activate(driver: EngineDriver, key: "Enter" | "Space", button: Target) {
  if (driver.keysActivate) await driver.press(key);
  else await driver.click(button);
}

async function hash(driver: EngineDriver): Promise<string> {
  return driver.run<string>("return location.hash;");
}

/** The status line of a search field, once it names the query. */
async function searchFinished(driver: EngineDriver, scope: string, query: string): Promise<void> {
  // The first query downloads and compiles Pagefind's WebAssembly: slow on a busy machine.
  await expectPage(
    driver,
    { role: "status", within: scope },
    "text",
    new RegExp(`”${query}”`),
    30_000,
  );
}

export const journeys: Journey[] = [
  {
    name: "the FAQ page by keyboard: Enter opens a question and writes its anchor, Space closes it",
    javaScript: true,
    async run(driver, site) {
      await driver.goto(`${site.origin}${faqPath}`);
      await expectPage(driver, questionButton, { attribute: "aria-expanded" }, "false");
      await expectPage(driver, answer, "visible", false);
      // A modern engine never runs the nomodule script that reveals the outdated-browser notice.
      await expectPage(driver, { css: "#app-outdated-browser" }, "visible", false);
      await expectPage(driver, banner, "visible", true);
      await expectNoAxeViolations(driver, "first visit, banner shown, answers closed");
      await declineCookies(driver);
      await expectPage(driver, questionButton, "focus", true);
      await activate(driver, "Enter", questionButton);
      await expectPage(driver, questionButton, "focused", true);
      await expectPage(driver, questionButton, { attribute: "aria-expanded" }, "true");
      await expectPage(driver, answer, "visible", true);
      await until(
        driver,
        `hash #${anchor}`,
        () => hash(driver),
        (h) => h === `#${anchor}`,
      );
      await expectNoAxeViolations(driver, "a question opened");
      await activate(driver, "Space", questionButton);
      await expectPage(driver, questionButton, { attribute: "aria-expanded" }, "false");
      await expectPage(driver, answer, "visible", false);
    },
  },
  {
    name: "a deep link opens and scrolls to its question, and a changed anchor opens another",
    javaScript: true,
    async run(driver, site) {
      await driver.goto(`${site.origin}${faqPath}#ladda-upp-bilagor`);
      await expectPage(driver, uploadButton, { attribute: "aria-expanded" }, "true");
      await expectPage(driver, { text: "839 88 Östersund" }, "inViewport", true);
      await driver.run(`location.hash = "#${anchor}";`);
      await expectPage(driver, answer, "visible", true);
    },
  },
  {
    name: "Visa alla opens every answer and Dölj alla closes them",
    javaScript: true,
    async run(driver, site) {
      await driver.goto(`${site.origin}${faqPath}`);
      await driver.click({ role: "button", name: "Visa alla" });
      await expectPage(driver, closedButtons, "count", 0);
      await expectPage(
        driver,
        { role: "button", name: "Dölj alla" },
        { attribute: "aria-expanded" },
        "true",
      );
      await expectNoAxeViolations(driver, "every answer open");
      await driver.click({ role: "button", name: "Dölj alla" });
      await expectPage(driver, openButtons, "count", 0);
    },
  },
  {
    name: "printing shows every answer, and closes them again after",
    javaScript: true,
    async run(driver, site) {
      // The events must reach the page loaded here, not the one before it at the same address
      // (WebKit once printed the page before): that one carries a mark the new one lacks.
      await driver.run('document.documentElement.dataset.journeyBefore = "";');
      await driver.goto(`${site.origin}${faqPath}`);
      await until(
        driver,
        "the new page, its accordion started",
        () =>
          driver.run<boolean>(
            'return !("journeyBefore" in document.documentElement.dataset) && document.readyState === "complete" && document.querySelector("[data-module=app-accordion][data-module-started]") !== null;',
          ),
        (ready) => ready,
      );
      await expectPage(driver, answer, "visible", false);
      // WebDriver cannot open the print dialog; the page hears the same events the dialog sends.
      await driver.run('dispatchEvent(new Event("beforeprint"));');
      await expectPage(driver, answer, "visible", true);
      await driver.run('dispatchEvent(new Event("afterprint"));');
      await expectPage(driver, answer, "visible", false);
    },
  },
  {
    name: "find-in-page reaches a closed answer where the engine has hidden=until-found, else Visa alla is there",
    javaScript: true,
    async run(driver, site) {
      await driver.goto(`${site.origin}${faqPath}`);
      const answerBox: Target = { css: `#${anchor}-svar` };
      await expectPage(driver, answerBox, { attribute: "hidden" }, "until-found");
      if (await driver.run<boolean>('return "onbeforematch" in document.body;')) {
        // The engine's own find: window.find searches the page as Ctrl+F does, reveals the match
        // and fires beforematch, which opens the question.
        const found = await driver.run<boolean>('return window.find("svenskt personnummer");');
        expectEqual(driver, "window.find to find the closed answer's text", found, true);
        const opened = await driver.run<boolean>(
          `return new Promise((resolve) => setTimeout(() => resolve(document.querySelector("#${anchor}-svar").hidden === false), 1000));`,
        );
        // WebKitGTK's window.find selects the text but does not reveal it (see docs/engines.md);
        // there the event its find bar sends stands in for it.
        if (!opened)
          await driver.run(
            `document.querySelector("#${anchor}-svar").dispatchEvent(new Event("beforematch"));`,
          );
        await expectPage(driver, questionButton, { attribute: "aria-expanded" }, "true");
        await expectPage(driver, answer, "visible", true);
      } else {
        // Without until-found a closed answer is not searchable; Visa alla makes every one so.
        await expectPage(driver, { role: "button", name: "Visa alla" }, "visible", true);
      }
    },
  },
  {
    name: "the consent banner: Nej sets only the choice, stays answered, and /kakor/ shows and changes it",
    javaScript: true,
    async run(driver, site) {
      await driver.goto(`${site.origin}${faqPath}`);
      await expectPage(driver, { role: "button", name: yes }, "visible", true);
      await expectPage(driver, { role: "button", name: no }, "visible", true);
      expectEqual(driver, "cookies before a choice", await driver.cookies(), []);
      await declineCookies(driver);
      await expectPage(driver, banner, "text", /Du har nekat kakor för webbanalys/);
      await expectNoAxeViolations(driver, "after Nej");
      const consent = await consentRecord(driver);
      expectEqual(driver, "fk_consent's analytics", consent?.analytics, false);
      await driver.goto(`${site.origin}${faqPath}`);
      await expectPage(driver, banner, "visible", false);
      await driver.click({ role: "link", name: "Kakor", within: "footer" });
      await until(
        driver,
        "/kakor/",
        () => driver.run<string>("return location.pathname;"),
        (p) => p === "/kakor/",
      );
      await expectPage(driver, banner, "exists", false);
      await expectPage(driver, { role: "radio", name: /^Nej/ }, "checked", true);
      await expectNoAxeViolations(driver, "/kakor/ after Nej");
      await driver.click({ role: "radio", name: /^Ja/ });
      await driver.click({ role: "button", name: "Spara inställningar" });
      await expectPage(driver, { css: ".app-cookie-settings__confirmation" }, "visible", true);
      expectEqual(driver, "fk_consent's analytics", (await consentRecord(driver))?.analytics, true);
      await expectNoAxeViolations(driver, "/kakor/ after saving Ja");
    },
  },
  {
    name: "search from the page's field lists the question, and its result opens the answer marked",
    javaScript: true,
    async run(driver, site) {
      await driver.goto(`${site.origin}${faqPath}`);
      await declineCookies(driver);
      const field: Target = {
        role: "searchbox",
        name: "Sök bland frågor och svar",
        within: ".app-search",
      };
      await driver.type(field, "bilagor");
      await searchFinished(driver, ".app-search", "bilagor");
      const first: Target = { css: ".app-search .app-search__link" };
      await expectPage(driver, first, "text", /Jag kan inte ladda upp mina bilagor/);
      await expectNoAxeViolations(driver, "search results in the header");
      await driver.click(first);
      await until(
        driver,
        "the result's address",
        () => driver.run<string>("return location.pathname + location.search + location.hash;"),
        (url) => /^\/support\/\?pagefind-highlight=bilagor&.*#ladda-upp-bilagor$/.test(url),
      );
      await expectPage(driver, uploadButton, { attribute: "aria-expanded" }, "true");
      await expectPage(
        driver,
        { css: "#ladda-upp-bilagor-svar mark.app-highlight" },
        "visible",
        true,
      );
      await expectNoAxeViolations(driver, "landed on a search result");
    },
  },
  {
    name: "the search page reads ?q= and lists the question",
    javaScript: true,
    async run(driver, site) {
      await driver.goto(`${site.origin}/sok/?q=samordningsnummer`);
      await searchFinished(driver, ".app-search--page", "samordningsnummer");
      await expectPage(driver, { css: ".app-search--page .app-search__link" }, "text", question);
      await expectNoAxeViolations(driver, "/sok/?q= with results");
    },
  },
  {
    name: "the feedback form sends Ja once and thanks the citizen with focus",
    javaScript: true,
    async run(driver, site) {
      // The engines run side by side against one endpoint: this browser's votes are those sent
      // with its user agent after this point (clearing the list dropped the other engine's vote,
      // and counting all of them counted it twice: the "double vote" of issue 28).
      const since = site.received.length;
      const userAgent = await driver.run<string>("return navigator.userAgent;");
      const votes = () =>
        site.received
          .slice(since)
          .filter((request) => request.method === "POST" && request.userAgent === userAgent);
      await driver.goto(`${site.origin}${faqPath}#${anchor}`);
      const form = `#${anchor}-svar .app-feedback`;
      await expectPage(
        driver,
        { role: "group", name: "Fick du svar på din fråga?", within: form },
        "visible",
        true,
      );
      await driver.click({ role: "button", name: /^Ja\b/, within: form });
      await expectPage(driver, { text: "Tack för ditt svar!", within: form }, "focused", true);
      await until(
        driver,
        "a vote received",
        async () => votes().length,
        (count) => count >= 1,
      );
      await expectNoAxeViolations(driver, "feedback thanked");
      // Counted again after axe's round trip, so a second request sent by the same press shows.
      expectEqual(
        driver,
        "the votes received (content type, answer)",
        votes().map((vote) => [
          vote.contentType,
          vote.body.match(/"answer":"(\w+)"/)?.[1] ?? vote.body,
        ]),
        [["application/json", "ja"]],
      );
    },
  },
  {
    name: "without JavaScript every answer shows, the search says why it is missing, and /kakor/ says no analytics run",
    javaScript: false,
    async run(driver, site) {
      await driver.goto(`${site.origin}${faqPath}`);
      await expectPage(driver, answer, "visible", true);
      await expectPage(driver, { role: "button", name: "Visa alla" }, "visible", false);
      await expectPage(driver, { css: ".app-search__form" }, "visible", false);
      await expectPage(driver, banner, "visible", false);
      await expectNoAxeViolations(driver, "the FAQ page without JavaScript");
      await driver.goto(`${site.origin}/sok/`);
      await expectPage(driver, { css: ".app-search__no-script" }, "visible", true);
      await driver.goto(`${site.origin}/kakor/`);
      await expectPage(
        driver,
        { text: "Utan JavaScript använder vi inga kakor för webbanalys" },
        "visible",
        true,
      );
      await expectNoAxeViolations(driver, "/kakor/ without JavaScript");
    },
  },
];

async function consentRecord(driver: EngineDriver): Promise<{ analytics?: boolean } | undefined> {
  const cookie = (await driver.cookies()).find((candidate) => candidate.name === "fk_consent");
  return cookie ? JSON.parse(decodeURIComponent(cookie.value)) : undefined;
}

function expectEqual(driver: EngineDriver, what: string, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `${driver.engine}: expected ${what} to be ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
}
