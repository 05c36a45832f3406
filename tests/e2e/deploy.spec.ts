// A deploy, lived through by citizens (issue 21): deploy A is served, pages are opened, then
// deploy B (an editor's content edit and a developer's code edit) replaces the whole site the way
// a static host does. What the open pages do next is what this file asserts.

import { mkdir, rename, rm } from "node:fs/promises";
import type { Server } from "node:http";
import path from "node:path";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { fixturePagePath } from "../../scripts/measure/fixture-site.ts";
import { siteConfigFrom } from "../../src/config/config.ts";
import { headerRulesFor } from "../../src/publishing/headers.ts";
import { startStaticServer } from "../../src/publishing/static-server.ts";
import { expectNoAxeViolations } from "../support/axe.ts";
import { buildDeploy, publish, replaceInFile } from "../support/deploys.ts";
import { addQuestion, editFrontMatter, questionPath } from "../support/edit-content.ts";

// Two builds from copies of the project, then browsers on two busy cores.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const workDir = path.resolve(".cache/deploy-test");
const fieldName = "Sök bland frågor och svar";
/** A word only deploy B's content has: found only through B's index. */
const newWord = "kronoliten";
/** A fixture question B renames, keeping its earlier anchor in `tidigare`. */
const renamed = { section: "ovrigt", from: "pdf-blank-sida", to: "pdf-visas-tom" };

let deployA = "";
let deployB = "";

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await mkdir(workDir, { recursive: true });
  deployA = await buildDeploy(workDir, "a");
  deployB = await buildDeploy(workDir, "b", {
    content: async (contentDir) => {
      await addQuestion(contentDir, "support", "ovrigt", {
        slug: "kronoliten",
        question: "Hur loggar jag in i Kronoliten?",
        order: 990,
        answer: "Kronoliten öppnar du från Mina sidor.",
      });
      const from = questionPath(contentDir, "support", renamed.section, renamed.from);
      await editFrontMatter(from, (front) => front.set("tidigare", [renamed.from]));
      await rename(from, questionPath(contentDir, "support", renamed.section, renamed.to));
    },
    // Any change to the search's code gives its script a new name: A's is gone from B.
    code: (project) =>
      replaceInFile(
        path.join(project, "src/components/search/pagefind-source.ts"),
        "excerptLength: 24",
        "excerptLength: 25",
      ),
  });
});

/** One host for one scenario: a served folder, A published into it, and a browser context. */
class Host {
  readonly servedDir: string;
  readonly notFound: string[] = [];
  #server: Server | undefined;

  constructor(readonly name: string) {
    this.servedDir = path.join(workDir, `served-${name}`);
  }

  /** Counts the 404s of `context`'s pages. */
  watch(context: BrowserContext): void {
    context.on("response", (response) => {
      if (response.status() === 404) this.notFound.push(new URL(response.url()).pathname);
    });
  }

  /** Serves deploy A, published with the carry-over (`keep`) or without it. */
  async start(context: BrowserContext, keep: boolean): Promise<string> {
    await rm(this.servedDir, { recursive: true, force: true });
    await publish(deployA, this.servedDir, keep ? { keepFrom: null } : {});
    const rules = headerRulesFor(siteConfigFrom({}));
    this.#server = await startStaticServer({ root: this.servedDir, port: 0, rules });
    const address = this.#server.address();
    if (!address || typeof address === "string") throw new Error("no port");
    this.watch(context);
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.#server?.close(resolve));
  }
}

/** Types `query` in the page's search field; resolves with the announced status. */
async function search(page: Page, query: string) {
  const $search = page.locator(".app-search");
  await $search.getByRole("searchbox", { name: fieldName }).fill(query);
  return $search;
}

async function expectResults(page: Page, query: string) {
  const $search = await search(page, query);
  await expect($search.getByRole("status")).toContainText(`”${query}”`, { timeout: 20_000 });
  await expect($search.getByRole("status")).not.toContainText("Inga träffar");
  await expect($search.locator(".app-search__link").first()).toBeVisible();
  return $search;
}

/** A link to the renamed question's earlier anchor (a bookmark, an e-mail) opens the question. */
async function expectOldLinkOpensRenamed(page: Page, origin: string) {
  await page.goto(`${origin}${fixturePagePath}#${renamed.from}`);
  await expect(page.locator(`#${renamed.to} button`)).toHaveAttribute("aria-expanded", "true");
  await expect(page).toHaveURL(new RegExp(`#${renamed.to}$`));
}

/**
 * The citizens' view of one deploy: the search page with a search done and the FAQ page of another
 * citizen (whose browser has none of the search's files yet) are open on A when B is published.
 */
async function liveThroughDeploy(browser: Browser, host: Host, keep: boolean) {
  const context = await browser.newContext();
  const otherContext = await browser.newContext();
  const origin = await host.start(context, keep);
  host.watch(otherContext);
  try {
    const searchPage = await context.newPage();
    await searchPage.goto(`${origin}/sok/`);
    await expectResults(searchPage, "bankid");
    const faqPage = await otherContext.newPage();
    await faqPage.goto(`${origin}${fixturePagePath}`);

    await publish(deployB, host.servedDir, keep ? { keepFrom: origin } : {});

    // The open search page finds what only B has; the FAQ page's first search lists results.
    const $found = await expectResults(searchPage, newWord);
    await expect($found.locator(".app-search__link").first()).toHaveAttribute(
      "href",
      new RegExp(`#${newWord}$`),
    );
    await expectResults(faqPage, "bankid");
    await expectNoAxeViolations(faqPage);
    await expectOldLinkOpensRenamed(searchPage, origin);
  } finally {
    await context.close();
    await otherContext.close();
    await host.stop();
  }
}

test("with the earlier deploys' files carried over, no request of an open page meets a 404", async ({
  browser,
}) => {
  const host = new Host("kept");
  await liveThroughDeploy(browser, host, true);
  expect(host.notFound).toEqual([]);
});

test("without them, open pages still search: they start again from the current deploy", async ({
  browser,
}) => {
  const host = new Host("replaced");
  await liveThroughDeploy(browser, host, false);
  // The citizen saw results although A's search script and index were gone.
  expect(host.notFound.some((url) => url.startsWith("/assets/search."))).toBe(true);
});

test("when even the current deploy's search cannot load, the citizen is told so and taken to the search page", async ({
  browser,
}) => {
  const host = new Host("broken");
  const context = await browser.newContext();
  const origin = await host.start(context, false);
  try {
    const faqPage = await context.newPage();
    await faqPage.goto(`${origin}${fixturePagePath}`);
    const searchPage = await context.newPage();
    await searchPage.goto(`${origin}/sok/`);
    await expectResults(searchPage, "bankid");

    // A deploy whose search files are all missing: nothing the pages could start again from.
    await publish(deployB, host.servedDir);
    await rm(path.join(host.servedDir, "pagefind"), { recursive: true });
    await rm(path.join(host.servedDir, "assets"), { recursive: true });

    const $status = (await search(searchPage, newWord)).getByRole("status");
    await expect($status).toHaveText(
      "Sökningen kunde inte göras just nu. Tryck på Sök för att försöka igen.",
    );
    await expectNoAxeViolations(searchPage);

    await search(faqPage, newWord);
    await faqPage.waitForURL(`${origin}/sok/?q=${newWord}`);
  } finally {
    await context.close();
    await host.stop();
  }
});
