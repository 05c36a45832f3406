// Builds the site for a configuration: validate the content, render with Eleventy into a staging
// folder while Pagefind indexes, then swap it in for the output folder in one rename, so a failed
// build leaves the last good output untouched. The one place that runs Eleventy.
import { rm } from "node:fs/promises";
import Eleventy from "@11ty/eleventy";
import { eleventySetup, pagesDir } from "../../.eleventy.ts";
import type { BuildConfig } from "../config/config.ts";
import { type LoadedContent, loadContent } from "../content/load-content.ts";
import type { BuildOutcome } from "../publishing/build-outcome.ts";
import { precompressSite } from "../publishing/precompress.ts";
import { swapInto } from "../publishing/swap.ts";
import { indexForSearch } from "../search/search-index.ts";

/** Renders the pages of valid `content` into `outputDir` (Eleventy never empties it). */
export function renderSite(config: BuildConfig, content: LoadedContent, outputDir: string) {
  const eleventy = new Eleventy(pagesDir, outputDir, {
    // The configuration comes from eleventySetup, not from a file Eleventy would look for.
    configPath: false as unknown as string,
    config: eleventySetup(config, async () => content),
    quietMode: true,
  });
  return eleventy.write();
}

export async function buildSite(config: BuildConfig): Promise<BuildOutcome> {
  const content = await loadContent(config.contentDir, config.site.staticPages, {
    today: config.today,
  });
  if (content.problems.length > 0) return { ok: false, problems: content.problems };
  const staging = `${config.outputDir}.staging-${process.pid}`;
  try {
    // The search records come from the content, not the HTML, so Pagefind (its own process) can
    // index while Eleventy renders. Both finish before anything is cleaned up or swapped in.
    const steps = await Promise.allSettled([
      renderSite(config, content, staging),
      indexForSearch(staging, content.pages, content.synonyms),
    ]);
    for (const step of steps) if (step.status === "rejected") throw step.reason;
    await precompressSite(staging);
    await swapInto(staging, config.outputDir);
    return { ok: true };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
