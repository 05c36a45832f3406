// The preview in a real browser: its error page is accessible, and the real `npm start` (Eleventy's
// dev server, on a copy of the fixture content) reloads the open page by itself after a save, with
// the production headers and no console error or CSP violation.
import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import {
  previewErrorPage,
  previewStylesheet,
  previewStylesheetPath,
} from "../../src/preview/preview-page.ts";
import { expectNoAxeViolations } from "../support/axe.ts";
import { fixtureContentDir, fixturePagePath } from "../support/fixture-site.ts";

test("lists each problem on an accessible Swedish page", async ({ page }) => {
  await page.route("**/__preview-test/", (route) =>
    route.fulfill({
      status: 500,
      contentType: "text/html; charset=utf-8",
      body: previewErrorPage([
        'content/sida/avsnitt/fragan.md: front matter "order" must be a whole number (found "tio")',
        'content/sida/index.md: line 27: has a "javascript:" link, which is not allowed',
      ]),
    }),
  );
  await page.route(`**${previewStylesheetPath}`, (route) =>
    route.fulfill({ contentType: "text/css", body: previewStylesheet }),
  );
  await page.goto("/__preview-test/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innehållet har fel");
  await expect(page.getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("listitem").first()).toContainText(
    'fragan.md: front matter "order" must be a whole number (found "tio")',
  );
  await expectNoAxeViolations(page);
});

test.describe("npm start in the browser", () => {
  let work = "";
  let preview: ChildProcess | undefined;
  let baseUrl = "";

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    work = await mkdtemp(path.join(tmpdir(), "fk-preview-e2e-"));
    await cp(fixtureContentDir, path.join(work, "content"), { recursive: true });
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: {
        ...process.env,
        PORT: "0",
        CONTENT_DIR: path.join(work, "content"),
        OUTPUT_DIR: path.join(work, "dist"),
      },
      detached: true,
    });
    preview = child;
    let output = "";
    baseUrl = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk;
        const url = /Förhandsvisning: (http:\/\/localhost:\d+\/)/.exec(output)?.[1];
        if (url) resolve(url);
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.on("exit", (code) => reject(new Error(`The preview exited (${code}):\n${output}`)));
    });
  });

  test.afterAll(async () => {
    if (preview?.pid && preview.exitCode === null) {
      const exited = new Promise((resolve) => preview?.once("exit", resolve));
      process.kill(-preview.pid, "SIGTERM");
      await exited;
    }
    await rm(work, { recursive: true, force: true });
  });

  test("shows a saved change without a manual reload", async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    const question = path.join(work, `content${fixturePagePath}inloggning/samordningsnummer.md`);
    const response = await page.goto(new URL(`${fixturePagePath}#samordningsnummer`, baseUrl).href);
    expect(response?.headers()["content-security-policy"]).toMatch(/^default-src 'self';/);
    await expect(page.getByRole("button", { name: /samordningsnummer/ })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    // The dev server's client says so in the console once its WebSocket is open.
    await page.waitForTimeout(500);
    const original = await readFile(question, "utf8");
    await writeFile(question, `${original.trimEnd()}\n\nEtt nytt stycke från redaktören.\n`);
    await expect(page.getByText("Ett nytt stycke från redaktören.")).toBeVisible({
      timeout: 30_000,
    });
    expect(problems).toEqual([]);
  });
});
