// `npm start`, the editors' preview: it serves with the production headers and live reload,
// breaking a file shows the problems in the browser instead of the stale page (the last good
// dist/ stays untouched), repairing it shows the new page, and nothing outside dist/ is served.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { get as httpGet } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fixtureContentDir, fixturePagePath } from "../../scripts/measure/fixture-site.ts";
import { escapeHtml } from "../../src/shared/escape-html.ts";
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
  // As a browser asks for a page it navigates to: the dev server adds its script only then (fetch
  // always says "cors").
  const get = (urlPath: string) =>
    new Promise<{ status: number; text: string; type: Headers }>((resolve, reject) => {
      const request = httpGet(
        new URL(urlPath, baseUrl),
        { headers: { "Sec-Fetch-Mode": "navigate" } },
        (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk) => {
            text += chunk;
          });
          response.on("end", () => {
            const type = new Headers();
            for (const [name, value] of Object.entries(response.headers)) {
              if (typeof value === "string") type.set(name, value);
            }
            resolve({ status: response.statusCode ?? 0, text, type });
          });
        },
      );
      request.on("error", reject);
    });

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
  });

  after(async () => {
    if (preview.pid && preview.exitCode === null) {
      const exited = new Promise((resolve) => preview.once("exit", resolve));
      process.kill(-preview.pid, "SIGTERM");
      await exited;
    }
    await rm(work, { recursive: true, force: true });
  });

  it("serves the built page with the production headers and the live-reload script", async () => {
    const page = await get(fixturePagePath);
    assert.equal(page.status, 200);
    assert.match(page.text, /Kan jag logga in på Mina sidor med ett samordningsnummer\?/);
    assert.match(page.type.get("content-security-policy") ?? "", /^default-src 'self';/);
    assert.equal(page.type.get("x-content-type-options"), "nosniff");
    assert.equal(page.type.get("cache-control"), "public, max-age=0, must-revalidate");
    const src =
      /<script type="module"[^>]* src="(\/\.11ty\/reload-client\.js)"><\/script><\/head>/.exec(
        page.text,
      )?.[1];
    assert.ok(src, "the dev server's reload script before </head>");
    const script = await get(src);
    assert.match(script.type.get("content-type") ?? "", /javascript/);
    assert.match(script.text, /WebSocket/);
    // Hashed assets keep their long cache, as in production.
    const css = /href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(page.text)?.[1] ?? "";
    assert.match((await get(css)).type.get("cache-control") ?? "", /immutable/);
  });

  it("serves nothing outside dist/, not even a sibling whose name starts with it", async () => {
    await mkdir(`${outputDir}.previous-1`, { recursive: true });
    await writeFile(`${outputDir}.previous-1/secret.txt`, "hemligt");
    const response = await get("/..%2Fdist.previous-1/secret.txt");
    assert.notEqual(response.text, "hemligt");
    assert.equal(response.status, 404);
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
    // The excerpt of the file, with the broken line marked, and the guide's section.
    assert.match(page.text, /<mark>\s*\d+ │ order: tio<\/mark>/);
    assert.match(page.text, /Så gör du rätt: (<\/?[^>]+>|se avsnittet ”)*En frågas fil/);
    assert.doesNotMatch(page.text, /app-accordion/);
    assert.ok(output.includes(message), output);
    assert.deepEqual(await hashTree(outputDir), before);
  });

  it("shows the repaired page again, with the change, after the file is fixed", async () => {
    const broken = await readFile(question, "utf8");
    // Repaired, and made very long: the notice shows the edited file's warning.
    const fixed = `${broken.replace("order: tio", "order: 30").replace("Nej, du", "Nej, du (ändrat)")}\n${"ord ".repeat(320)}\n`;
    // Saved the way many editors save: a new copy renamed over the old file.
    await writeFile(`${question}.tmp`, fixed);
    await rename(`${question}.tmp`, question);
    // The page may be rendered once from the temporary copy's event before the notice follows.
    const page = await waitFor("the repaired page with the notice", async () => {
      const response = await get(fixturePagePath);
      const repaired = response.text.includes("Nej, du (ändrat)");
      return repaired && response.text.includes("app-preview-notice") ? response : undefined;
    });
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.text, /Innehållet har fel/);
    assert.match(page.text, /<body[^>]*>\n<section class="app-preview-notice"/);
    assert.match(page.text, /Förhandsvisning: \d+ varning(ar)? för filen du ändrar/);
    assert.ok(
      page.text.includes(`<strong>${question}</strong>: Svaret är mycket långt`),
      page.text,
    );
  });

  it("shows every later save of a question, one after the other", async () => {
    const saved = await readFile(question, "utf8");
    for (const words of ["Första tillägget.", "Andra tillägget."]) {
      await writeFile(question, `${saved.trimEnd()}\n\n${words}\n`);
      const page = await waitFor(`the page with "${words}"`, async () => {
        const response = await get(fixturePagePath);
        return response.text.includes(words) ? response : undefined;
      });
      assert.equal(page.status, 200);
    }
    assert.match(output, /\/support\/ är uppdaterad/);
  });

  it("renders the other pages too when what they show of the page changes: its title", async () => {
    const index = path.join(work, `content${fixturePagePath}index.md`);
    const source = await readFile(index, "utf8");
    const title = /^title: (.*)$/m.exec(source)?.[1] ?? "";
    assert.ok(title, "the fixture page has a title");
    await writeFile(index, source.replace(`title: ${title}`, `title: ${title} (ny rubrik)`));
    // The start page lists the FAQ pages by title; it is rendered after the saved page.
    await waitFor("the start page with the new title", async () => {
      const response = await get("/");
      return response.text.includes(`${title} (ny rubrik)`) ? true : undefined;
    });
    assert.match((await get(fixturePagePath)).text, /\(ny rubrik\)/);
  });
});
