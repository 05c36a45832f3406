// A deploy, lived through by citizens (issue 21): deploy A is served, pages are opened, then
// deploy B (an editor's content edit and a developer's code edit) replaces the whole site the way
// a static host does. What the open pages do next is what this file asserts.

import { mkdir, rm } from "node:fs/promises";
import type { Server } from "node:http";
import path from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { siteConfigFrom } from "../../src/config/config.ts";
import { headerRulesFor } from "../../src/publishing/headers.ts";
import { startStaticServer } from "../../src/publishing/static-server.ts";
import { expectNoAxeViolations } from "../support/axe.ts";
import { buildDeploy, publish, replaceInFile } from "../support/deploys.ts";
import { addQuestion } from "../support/edit-content.ts";
import { fixturePagePath } from "../support/fixture-site.ts";

// Two builds from copies of the project, then browsers on two busy cores.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const workDir = path.resolve(".cache/deploy-test");
const fieldName = "Sök bland frågor och svar";
/** A word only deploy B's content has: found only through B's index. */
const newWord = "kronoliten";

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

  async start(context: BrowserContext): Promise<string> {
    await rm(this.servedDir, { recursive: true, force: true });
    await publish(deployA, this.servedDir);
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

test("pages open before a deploy without the earlier files still search: they start again from the current deploy", async ({
  browser,
}) => {
  const host = new Host("recovery");
  const context = await browser.newContext();
  const origin = await host.start(context);
  try {
    // The search page, one search done; the FAQ page, its search not yet used.
    const searchPage = await context.newPage();
    await searchPage.goto(`${origin}/sok/`);
    await expectResults(searchPage, "bankid");
    // Another citizen, whose browser has none of the search's files yet.
    const otherContext = await browser.newContext();
    host.watch(otherContext);
    const faqPage = await otherContext.newPage();
    await faqPage.goto(`${origin}${fixturePagePath}`);

    await publish(deployB, host.servedDir);

    // A's index and A's search script are gone; the citizen still gets answers, B's among them.
    const $found = await expectResults(searchPage, newWord);
    await expect($found.locator(".app-search__link").first()).toHaveAttribute(
      "href",
      new RegExp(`#${newWord}$`),
    );
    await expectResults(faqPage, newWord);
    expect(host.notFound.some((url) => url.startsWith("/assets/search."))).toBe(true);
    await expectNoAxeViolations(faqPage);
    await otherContext.close();
  } finally {
    await context.close();
    await host.stop();
  }
});

test("when even the current deploy's search cannot load, the citizen is told so and taken to the search page", async ({
  browser,
}) => {
  const host = new Host("broken");
  const context = await browser.newContext();
  const origin = await host.start(context);
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
