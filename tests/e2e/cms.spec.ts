// The editors' CMS at /admin/ (issue 15), driven through its real UI in Chromium: Decap CMS on a
// site built from a copy of the fixture content, against a real local backend (decap-server in
// git mode, so every save is a branch, the local stand-in for a pull request). An editor adds a
// question and changes another, and the files written pass the content check and reach the page.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { fixtureContentDir, fixturePagePath } from "../../scripts/measure/fixture-site.ts";
import { siteConfigFrom, staticPages } from "../../src/config/config.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { headerRulesFor } from "../../src/publishing/headers.ts";
import { startStaticServer } from "../../src/publishing/static-server.ts";
import { runScript } from "../support/run-script.ts";

// Beside the ports playwright.config.ts uses (TEST_PORT and the next), so sessions do not meet.
const sitePort = Number(process.env.TEST_PORT ?? 8181) + 5;
const backendPort = sitePort + 1;
// Decap talks to a local backend only from localhost (its allowed_hosts), not 127.0.0.1.
const adminUrl = `http://localhost:${sitePort}/admin/`;
const env = {
  CMS_CONTENT_PATH: "content",
  CMS_GITHUB_REPO: "forsakringskassan/fk-faq-test",
  CMS_LOCAL_BACKEND: `http://localhost:${backendPort}/api/v1`,
};
const section = "support__inloggning";
const sectionDir = "content/support/inloggning";

// Every save and publish is a git commit or merge in decap-server: give them time on a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

/** Holds the repository and, beside it, the built sites: decap-server commits whatever is in the repo. */
let root: string;
let repo: string;
let server: Server;
let backend: ChildProcess;

function git(...args: string[]): string {
  return execFileSync("git", ["-C", repo, ...args], { encoding: "utf8" });
}

async function build(contentDir: string, outputDir: string): Promise<void> {
  const result = await runScript("scripts/build.ts", {
    ...env,
    CONTENT_DIR: contentDir,
    OUTPUT_DIR: outputDir,
  });
  expect(result.code, result.stderr).toBe(0);
}

/** The content check (npm run check:content) over a content folder, one line per problem. */
async function contentProblems(contentDir: string): Promise<string[]> {
  return (await loadContent(contentDir, staticPages)).problems.map(formatProblem);
}

test.beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "fk-cms-"));
  repo = path.join(root, "repo");
  await cp(fixtureContentDir, path.join(repo, "content"), { recursive: true });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.name=Test", "-c", "user.email=test@example.se", "commit", "-qm", "Fixture");
  await build(path.join(repo, "content"), path.join(root, "site"));
  server = await startStaticServer({
    root: path.join(root, "site"),
    port: sitePort,
    rules: headerRulesFor(siteConfigFrom(env)),
  });
  backend = spawn(process.execPath, ["node_modules/decap-server/dist/index.js"], {
    env: {
      ...process.env,
      MODE: "git",
      PORT: String(backendPort),
      BIND_HOST: "127.0.0.1",
      GIT_REPO_DIRECTORY: repo,
    },
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    backend.stdout?.on("data", (chunk) => {
      output += chunk;
      if (output.includes("listening")) resolve();
    });
    backend.on("exit", (code) => reject(new Error(`decap-server exited (${code}): ${output}`)));
  });
});

test.afterAll(async () => {
  backend?.kill();
  await new Promise((resolve) => server?.close(resolve));
  if (root) await rm(root, { recursive: true, force: true });
});

/** Signs in to the local backend and records every CSP violation the page reports. */
async function openCms(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // Decap asks "are you sure?" before publishing; the editor says yes.
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto(adminUrl);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByText("Samlingar")).toBeVisible();
  return violations;
}

/** Types the answer in the Markdown editor (the switch turns the rich text editor to Markdown). */
async function writeAnswer(page: Page, answer: string): Promise<void> {
  const field = page.getByLabel("markdown field");
  if ((await field.getByRole("switch").getAttribute("aria-checked")) !== "true") {
    await field.getByRole("switch").click();
  }
  const box = field.getByRole("textbox");
  await box.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(answer);
}

async function saveAndPublish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByText("Status: Utkast")).toBeVisible();
  await page.getByRole("button", { name: /^Status:/ }).click();
  await page.getByText("Redo", { exact: true }).click();
  await expect(page.getByText("Status: Redo")).toBeVisible();
  await page.getByRole("button", { name: "Publicera", exact: true }).click();
  await page.getByText("Publicera nu", { exact: true }).click();
  await expect(page.getByText("Publicerad", { exact: true })).toBeVisible();
}

test("an editor adds a question and changes another in Swedish; the files pass the content check and reach the page", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const violations = await openCms(page);
  const newSlug = "kan-jag-byta-telefon-for-mobilt-bankid";
  const newFile = `${sectionDir}/${newSlug}.md`;

  await test.step("the section is a collection, its questions in order", async () => {
    await page.getByRole("link", { name: /Inloggning/ }).click();
    await expect(page.getByText("Frågorna i sektionen ”Inloggning” på /support/.")).toBeVisible();
    // Each entry reads "<order>. <question>", listed by order as on the page.
    const entries = page.getByRole("link", { name: /^\d+\. / });
    await expect(entries.first()).toBeVisible();
    const orders = (await entries.allInnerTexts()).map((entry) => Number.parseInt(entry, 10));
    expect(orders.length).toBeGreaterThan(1);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  await test.step("Ny fråga: the form, in Swedish, with the preview as on the site", async () => {
    await page.goto(`${adminUrl}#/collections/${section}/new`);
    await page.getByLabel("Fråga").fill("Kan jag byta telefon för Mobilt BankID?");
    await page.getByLabel("Ordning").fill("70");
    await page.getByLabel("Uppdaterad").fill("2024-12-05");
    // Decap's Swedish locale, completed by cms-setup.ts where it is still English.
    await expect(page.getByText("Formaterad text", { exact: true })).toBeVisible();
    await expect(page.getByText("Rich Text")).toHaveCount(0);
    await writeAnswer(page, "Ja. Läs mer på [BankID:s webbplats](https://www.bankid.com/).");
    const preview = page.frameLocator("iframe").first();
    await expect(preview.locator("h3.app-accordion__heading")).toHaveText(
      "Kan jag byta telefon för Mobilt BankID?",
    );
    const link = preview.locator(".app-accordion__answer a");
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toContainText("Länk till annan webbplats");
    // The site's stylesheet is what styles it.
    await expect(preview.locator("link[rel=stylesheet][href^='/assets/site.']")).toHaveCount(1);
  });

  await test.step("saving makes a branch, the pull request of the local backend", async () => {
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await expect(page.getByText("Status: Utkast")).toBeVisible();
    expect(git("branch", "--list", "cms/*")).toContain(`cms/${section}/${newSlug}`);
    expect(git("show", `cms/${section}/${newSlug}:${newFile}`)).toBe(
      "---\nquestion: Kan jag byta telefon för Mobilt BankID?\norder: 70\nupdated: 2024-12-05\n---\nJa. Läs mer på [BankID:s webbplats](https://www.bankid.com/).\n",
    );
  });

  await test.step("publishing merges it", async () => {
    await page.getByRole("button", { name: /^Status:/ }).click();
    await page.getByText("Redo", { exact: true }).click();
    await expect(page.getByText("Status: Redo")).toBeVisible();
    await page.getByRole("button", { name: "Publicera", exact: true }).click();
    await page.getByText("Publicera nu", { exact: true }).click();
    await expect(page.getByText("Publicerad", { exact: true })).toBeVisible();
    await expect.poll(() => readFile(path.join(repo, newFile), "utf8")).toContain("order: 70");
  });

  await test.step("an existing question is changed and published", async () => {
    await page.goto(`${adminUrl}#/collections/${section}`);
    await page.getByText("Kan jag logga in på Mina sidor med ett samordningsnummer?").click();
    await expect(page.getByLabel("Fråga")).toHaveValue(/samordningsnummer/);
    await page.getByLabel("Uppdaterad").fill("2024-12-06");
    await writeAnswer(page, "Nej, du behöver ett svenskt personnummer. Ändrat i redigeraren.");
    await saveAndPublish(page);
    await expect
      .poll(() => readFile(path.join(repo, sectionDir, "samordningsnummer.md"), "utf8"))
      .toContain("Ändrat i redigeraren.");
  });

  await test.step("the files pass the content check and appear on the built page", async () => {
    expect(await contentProblems(path.join(repo, "content"))).toEqual([]);
    await build(path.join(repo, "content"), path.join(root, "site-after"));
    const html = await readFile(
      path.join(root, "site-after", fixturePagePath, "index.html"),
      "utf8",
    );
    expect(html).toContain(`id="${newSlug}"`);
    expect(html).toContain("Kan jag byta telefon för Mobilt BankID?");
    expect(html).toContain("Ändrat i redigeraren.");
    expect(html).toContain('<time datetime="2024-12-06"');
  });

  await test.step("what the form cannot prevent, the content check catches in the pull request", async () => {
    // order must be unique within the section; the form cannot know the other files.
    await page.goto(`${adminUrl}#/collections/${section}`);
    await page.getByRole("link", { name: /fråga/ }).first().click();
    await expect(page.getByLabel("Fråga")).toHaveValue("");
    // What the form can prevent, it does: the required fields stop a save without them.
    await writeAnswer(page, "Nej.");
    const branches = git("branch", "--list", "cms/*");
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await expect(page.getByText("Fråga är obligatoriskt.")).toBeVisible();
    await expect(page.getByText("Ordning är obligatoriskt.")).toBeVisible();
    expect(git("branch", "--list", "cms/*")).toBe(branches);
    await page.getByLabel("Fråga").fill("Kan jag logga in med ett utländskt pass?");
    await page.getByLabel("Ordning").fill("30");
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await expect(page.getByText("Status: Utkast")).toBeVisible();
    const branch = `cms/${section}/kan-jag-logga-in-med-ett-utlandskt-pass`;
    const checkout = path.join(root, "pull-request");
    git("worktree", "add", "-q", checkout, branch);
    const problems = await contentProblems(path.join(checkout, "content"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /samordningsnummer\.md:\d+: Fältet "order" är 30, samma som i \S*kan-jag-logga-in-med-ett-utlandskt-pass\.md/,
    );
  });

  expect(violations).toEqual([]);
});
