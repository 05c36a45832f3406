// A receiver in memory for tests: its configuration, a built site's questions, and a fixed day.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp } from "../src/app.ts";
import { type FeedbackConfig, feedbackConfigFrom } from "../src/config.ts";
import { readSiteAnchors } from "../src/site-anchors.ts";
import type { Store } from "../src/store/store.ts";

export const siteOrigin = "https://faq.example.se";
export const token = "test-token";
export const today = "2026-03-02";
export const now = () => new Date(`${today}T10:00:00Z`);

/** A built site with one FAQ page and two questions, as the receiver reads dist/. */
export async function siteDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "fk-feedback-site-"));
  await mkdir(path.join(dir, "support"));
  await writeFile(
    path.join(dir, "support", "index.html"),
    '<h3 class="app-accordion__heading" id="samordningsnummer">…</h3><h3 class="app-accordion__heading" id="bankid">…</h3>',
  );
  await writeFile(path.join(dir, "index.html"), "<h1>Start</h1>");
  return dir;
}

export function testConfig(overrides: Partial<FeedbackConfig> = {}): FeedbackConfig {
  return {
    ...feedbackConfigFrom({ FEEDBACK_ORIGINS: siteOrigin, FEEDBACK_EXPORT_TOKEN: token }),
    logLevel: "silent",
    ...overrides,
  };
}

export async function testApp(store: Store, overrides: Partial<FeedbackConfig> = {}) {
  const anchors = await readSiteAnchors(await siteDir());
  return buildApp({ config: testConfig(overrides), store, anchors: () => anchors, now });
}

export const vote = {
  page: "/support/",
  anchor: "samordningsnummer",
  answer: "nej",
  text: "Jag har inget svenskt personnummer",
  date: today,
};
