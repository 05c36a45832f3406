// Measures the preview as an editor sees it: save a question file, time until the open page in
// Chromium shows the new words. Runs `npm start` (scripts/start.ts) on a copy of the content, so
// content/ is never written to. Used by save-to-visible.ts (the command) and by `npm run bench`.
import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../chromium-launch.ts";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The first FAQ page folder and the first question file of its first section folder, by name. */
async function firstQuestion(contentDir: string) {
  const folders = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  for (const page of await folders(contentDir)) {
    for (const section of await folders(path.join(contentDir, page))) {
      const files = (await readdir(path.join(contentDir, page, section)))
        .filter((name) => name.endsWith(".md"))
        .sort();
      if (files[0]) {
        return {
          file: path.join(contentDir, page, section, files[0]),
          url: `/${page}/#${path.basename(files[0], ".md")}`,
        };
      }
    }
  }
  throw new Error(`${contentDir} has no question file (<page>/<section>/<question>.md)`);
}

/** Starts the preview and resolves with its address once it has printed it. */
function startPreview(contentDir: string, outputDir: string, port: string, profileDir: string) {
  const profile = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUTPUT_DIR: outputDir, PORT: port },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  return new Promise<{ child: ChildProcess; url: string; output: () => string }>(
    (resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk;
        const url = /Förhandsvisning: (http:\/\/\S+\/)/.exec(output)?.[1];
        if (url) resolve({ child, url, output: () => output });
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.on("exit", (code) => reject(new Error(`The preview exited (${code}):\n${output}`)));
    },
  );
}

export interface SaveToVisibleOptions {
  /** The content folder, copied before the first save. */
  contentSource: string;
  runs: number;
  port: string;
  /** Writes the preview's CPU profile into this folder when it stops ("" for none). */
  profileDir?: string;
  log?: (line: string) => void;
}

export interface SaveToVisible {
  /** Each save's time until the page showed it, in ms. */
  times: number[];
  medianMs: number;
  /** The page and question saved. */
  url: string;
  /** The preview's own lines about each save. */
  previewLog: string[];
}

export async function measureSaveToVisible({
  contentSource,
  runs,
  port,
  profileDir = "",
  log = () => {},
}: SaveToVisibleOptions): Promise<SaveToVisible> {
  const work = await mkdtemp(path.join(tmpdir(), "fk-save-to-visible-"));
  const contentDir = path.join(work, "content");
  await cp(contentSource, contentDir, { recursive: true });
  const question = await firstQuestion(contentDir);
  const original = await readFile(question.file, "utf8");

  const started = Date.now();
  const preview = await startPreview(contentDir, path.join(work, "dist"), port, profileDir);
  log(`Preview ready after ${Date.now() - started} ms at ${preview.url}`);
  // The browser the tests use (Debian's Chromium, the same flags).
  const browser = await chromium.launch(chromiumLaunchOptions);
  const times: number[] = [];
  try {
    const page = await browser.newPage();
    // The page notes the frame in which a marker is first shown: Playwright's own wait polls with
    // growing pauses after a reload (up to 100 ms and more), which would count in the figure.
    await page.addInitScript(`(() => {
      const look = () => {
        const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const found = /Sparatord\\w+/.exec(node.data);
          if (found && node.parentElement && node.parentElement.checkVisibility()) {
            window.markerShown = { text: found[0], at: performance.timeOrigin + performance.now() };
            return;
          }
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    })()`);
    await page.goto(new URL(question.url, preview.url).href);
    // Let the first load settle (the search index may still be written after the page).
    await page.waitForTimeout(1500);
    for (let run = 1; run <= runs; run++) {
      const marker = `Sparatord${run}x${Date.now().toString(36)}`;
      // When the reload starts (the browser asks for the page again) splits the time in two.
      let reloadAt = 0;
      const onRequest = (request: { url: () => string; isNavigationRequest: () => boolean }) => {
        if (request.isNavigationRequest() && !reloadAt) reloadAt = performance.now();
      };
      page.on("request", onRequest);
      const saved = performance.now();
      await writeFile(question.file, `${original.trimEnd()}\n\n${marker}\n`);
      await page.getByText(marker).waitFor({ state: "visible", timeout: 120_000 });
      const shown = await page.evaluate<{ text: string; at: number } | undefined>(
        "window.markerShown",
      );
      if (shown?.text !== marker) throw new Error(`The page did not note when ${marker} was shown`);
      const elapsed = shown.at - performance.timeOrigin - saved;
      page.off("request", onRequest);
      times.push(elapsed);
      // Where the reload's part goes, by the reloaded page's own navigation timing.
      // (A string: tsx would name the functions of a callback, which the page cannot run.)
      const loading = await page.evaluate<string>(`(() => {
        const [navigation] = performance.getEntriesByType("navigation");
        if (!navigation) return "no navigation timing";
        const at = (value) => Math.round(value);
        return "first byte " + at(navigation.responseStart) + ", parsed " + at(navigation.domInteractive) +
          ", scripts run " + at(navigation.domContentLoadedEventEnd) + " ms";
      })()`);
      log(
        `run ${run}: ${Math.round(elapsed)} ms (save → reload asked ${Math.round(reloadAt - saved)} ms, ` +
          `reload → visible ${Math.round(saved + elapsed - reloadAt)} ms: ${loading})`,
      );
      // Let a background search index finish, as an editor reading the page would.
      await page.waitForTimeout(1500);
    }
    // The preview's own account of each save (re-read and render, before the browser reloads).
    const previewLog = preview
      .output()
      .split("\n")
      .filter((line) => /uppdaterad|Sökindexet är|Ändrat|fel|byggd/.test(line));
    return { times, medianMs: median(times), url: question.url, previewLog };
  } finally {
    await browser.close();
    // Stopped before its folders are removed (it may be writing a search index there).
    if (preview.child.pid && preview.child.exitCode === null) {
      const exited = new Promise((resolve) => preview.child.once("exit", resolve));
      process.kill(-preview.child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await rm(work, { recursive: true, force: true });
  }
}
