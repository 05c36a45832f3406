// `npm start`, the editors' preview: breaking a file shows the problems in the browser instead of
// the stale page (the last good dist/ stays untouched), and repairing it shows the new page.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { escapeHtml } from "../../src/shared/escape-html.ts";
import { fixtureContentDir, fixturePagePath } from "../support/fixture-site.ts";
import { hashTree } from "../support/run-script.ts";

/** Polls `check` until it returns a value, failing after `seconds` (builds are slow on busy CI). */
async function waitFor<T>(what: string, check: () => Promise<T | undefined>, seconds = 90) {
  for (const end = Date.now() + seconds * 1000; Date.now() < end; ) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe("npm start (the preview)", () => {
  let work = "";
  let question = "";
  let outputDir = "";
  let preview: ChildProcess;
  let output = "";
  let baseUrl = "";
  const events: string[] = [];
  const get = async (urlPath: string) => {
    const response = await fetch(new URL(urlPath, baseUrl));
    return { status: response.status, text: await response.text(), type: response.headers };
  };

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-preview-"));
    outputDir = path.join(work, "dist");
    await cp(fixtureContentDir, path.join(work, "content"), { recursive: true });
    question = path.join(work, `content${fixturePagePath}inloggning/samordningsnummer.md`);
    preview = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], {
      env: {
        ...process.env,
        PORT: "0",
        CONTENT_DIR: path.join(work, "content"),
        OUTPUT_DIR: outputDir,
      },
      detached: true,
    });
    preview.stdout?.on("data", (chunk) => {
      output += chunk;
    });
    preview.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    baseUrl = await waitFor(
      "the preview's address",
      async () => /Förhandsvisning: (http:\/\/localhost:\d+\/)/.exec(output)?.[1],
    );
    const response = await fetch(new URL("/__preview/events", baseUrl));
    const reader = response.body?.getReader();
    void (async () => {
      for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
        events.push(new TextDecoder().decode(chunk.value));
      }
    })().catch(() => {});
  });

  after(async () => {
    if (preview.pid && preview.exitCode === null) {
      const exited = new Promise((resolve) => preview.once("exit", resolve));
      process.kill(-preview.pid, "SIGTERM");
      await exited;
    }
    await rm(work, { recursive: true, force: true });
  });

  it("serves the built page with the live-reload script", async () => {
    const page = await get(fixturePagePath);
    assert.equal(page.status, 200);
    assert.match(page.text, /Kan jag logga in på Mina sidor med ett samordningsnummer\?/);
    // No file edited yet: no notice of warnings, however many the site has.
    assert.doesNotMatch(page.text, /app-preview-notice/);
    assert.match(
      page.text,
      /<script type="module" src="\/__preview\/reload\.js"><\/script>\s*<\/head>/,
    );
    const script = await get("/__preview/reload.js");
    assert.match(script.type.get("content-type") ?? "", /^text\/javascript/);
    assert.match(script.text, /new EventSource\("\/__preview\/events"\)/);
  });

  it("shows the problems instead of the page while a file is broken, and leaves dist/ alone", async () => {
    const before = await hashTree(outputDir);
    const original = await readFile(question, "utf8");
    await writeFile(question, original.replace("order: 30", "order: tio"));

    const page = await waitFor("the error page", async () => {
      const response = await get(fixturePagePath);
      return response.text.includes("Innehållet har fel") ? response : undefined;
    });
    assert.equal(page.status, 500);
    assert.match(page.text, /<html lang="sv">/);
    const message = 'Fältet "order" ska vara ett heltal, men här står "tio". Skriv 10.';
    assert.ok(page.text.includes(`<strong>${question}</strong>, rad `), page.text);
    assert.ok(page.text.includes(escapeHtml(message)), page.text);
    // The excerpt of the file, with the broken line marked, and the link to the guide's section.
    assert.match(page.text, /<mark>\s*\d+ │ order: tio<\/mark>/);
    // The fixture content has no guide (README.md), so the section is named, not linked.
    assert.match(page.text, /Så gör du rätt: se avsnittet ”En frågas fil” i .*README\.md/);
    assert.doesNotMatch(page.text, /app-accordion/);
    assert.ok(output.includes(message), output);
    await waitFor("a reload event", async () =>
      events.join("").includes("event: reload") ? true : undefined,
    );
    assert.deepEqual(await hashTree(outputDir), before);
  });

  it("shows the repaired page again, with the change, after the file is fixed", async () => {
    const broken = await readFile(question, "utf8");
    // Repaired, and made very long: the notice shows the edited file's warning.
    const fixed = `${broken.replace("order: tio", "order: 30").replace("Nej, du", "Nej, du (ändrat)")}\n${"ord ".repeat(320)}\n`;
    // Saved the way many editors save: a new copy renamed over the old file.
    await writeFile(`${question}.tmp`, fixed);
    await rename(`${question}.tmp`, question);
    const page = await waitFor("the repaired page", async () => {
      const response = await get(fixturePagePath);
      return response.text.includes("Nej, du (ändrat)") ? response : undefined;
    });
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.text, /Innehållet har fel/);
    assert.match(page.text, /<aside class="app-preview-notice"/);
    assert.match(page.text, /Förhandsvisning: \d+ varning(ar)? för filen du ändrar/);
    assert.ok(
      page.text.includes(`<strong>${question}</strong>: Svaret är mycket långt`),
      page.text,
    );
  });
});
