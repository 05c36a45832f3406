// The editor's usual accidents during `npm start` (issue 24): a question file renamed to a name
// with spaces, a 50 kB text pasted in, Windows line ends, a binary file dropped into content/. Each shows a Swedish message in the terminal and the browser
// (or just works), and the preview keeps running: the page comes back once the file is right.
import { cp, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { fixturePagePath } from "../../scripts/measure/fixture-site.ts";
import { type PreviewProcess, startPreviewProcess } from "../support/preview-process.ts";

let preview: PreviewProcess;
const questionName = "samordningsnummer";

// Each step waits for the preview to re-read and re-render, twice: slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  preview = await startPreviewProcess();
});

test.afterAll(() => preview.stop());

const question = () =>
  path.join(preview.contentDir, `${fixturePagePath}inloggning/${questionName}.md`);

/** Opens the question's page, and waits for the dev server's live reload to connect. */
async function openQuestion(page: Page) {
  await page.goto(new URL(`${fixturePagePath}#${questionName}`, preview.url).href);
  await expect(page.getByRole("button", { name: /samordningsnummer/ })).toBeVisible();
  await page.waitForTimeout(500);
}

/** Waits until the terminal says `text`, and the preview has not stopped. */
async function terminalSays(text: string) {
  await expect.poll(() => preview.output(), { timeout: 30_000 }).toContain(text);
}

/** The page is back: the question's button, and no error page. */
async function pageIsBack(page: Page) {
  await expect(page.getByRole("button", { name: /samordningsnummer/ })).toBeVisible({
    timeout: 30_000,
  });
}

test("a question file renamed to a name with spaces", async ({ page }) => {
  await openQuestion(page);
  const spaced = path.join(path.dirname(question()), "samordnings nummer.md");
  await rename(question(), spaced);
  const message = 'Filnamnet "samordnings nummer.md" kan inte bli frågans ankare';
  await expect(page.getByText(message)).toBeVisible({ timeout: 30_000 });
  await terminalSays(message);
  await rename(spaced, question());
  await pageIsBack(page);
});

test("a 50 kB text pasted into an answer", async ({ page }) => {
  await openQuestion(page);
  const original = await readFile(question(), "utf8");
  await writeFile(question(), `${original}\n${"Inklistrad text. ".repeat(4000)}\n`);
  const message = "mer än de 50 kB en innehållsfil får vara";
  await expect(page.getByText(message)).toBeVisible({ timeout: 30_000 });
  await terminalSays(message);
  await writeFile(question(), original);
  await pageIsBack(page);
});

test("a file saved with Windows line ends", async ({ page }) => {
  await openQuestion(page);
  const original = await readFile(question(), "utf8");
  const edited = `${original.trimEnd()}\n\nEtt stycke skrivet i Windows.\n`;
  await writeFile(question(), edited.replaceAll("\n", "\r\n"));
  await expect(page.getByText("Ett stycke skrivet i Windows.")).toBeVisible({ timeout: 30_000 });
  await writeFile(question(), original);
});

test("a binary file dropped into content/", async ({ page }) => {
  await openQuestion(page);
  const dropped = path.join(preview.contentDir, "bild.png");
  await writeFile(
    dropped,
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0xff]),
  );
  const message = "Filen ligger direkt i content/ och publiceras inte";
  await expect(page.getByText(message)).toBeVisible({ timeout: 30_000 });
  await terminalSays(message);
  await rm(dropped);
  await pageIsBack(page);
});

test("a file saved in two steps, emptied and then written, shows no error between them", async ({
  page,
}) => {
  await openQuestion(page);
  const original = await readFile(question(), "utf8");
  const errorPages: string[] = [];
  page.on("response", (response) => {
    if (response.request().isNavigationRequest() && response.status() === 500)
      errorPages.push(response.url());
  });
  const saidBefore = preview.output().length;
  // As some editors save: the file is emptied, and written a moment later (after the preview has
  // read it empty, and well before it has stood still for 250 ms).
  await writeFile(question(), "");
  await new Promise((resolve) => setTimeout(resolve, 80));
  await writeFile(question(), `${original.trimEnd()}\n\nSparat i två steg.\n`);
  await expect(page.getByText("Sparat i två steg.")).toBeVisible({ timeout: 30_000 });
  expect(errorPages, "the browser was never shown the error page").toEqual([]);
  expect(preview.output().slice(saidBefore)).not.toContain("Innehållet har");
  await writeFile(question(), original);
});

test("a page folder deleted and restored while the site is rebuilt", async ({ page }) => {
  await openQuestion(page);
  const folder = path.join(preview.contentDir, fixturePagePath);
  const copy = path.join(await mkdtemp(path.join(tmpdir(), "fk-restored-")), "page");
  await cp(folder, copy, { recursive: true });
  const saidBefore = preview.output().length;
  await rm(folder, { recursive: true });
  // Restored while the preview rebuilds the site without it.
  await expect
    .poll(() => preview.output().slice(saidBefore), { intervals: [10], timeout: 30_000 })
    .toContain("Ändrat:");
  await cp(copy, folder, { recursive: true });
  await pageIsBack(page);
  const response = await page.request.get(new URL(fixturePagePath, preview.url).href);
  expect(response.status()).toBe(200);
  await rm(path.dirname(copy), { recursive: true, force: true });
});
