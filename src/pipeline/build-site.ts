// Builds the site for a configuration: validate the content (Pagefind indexing each page's record
// from the moment the page is loaded), render with Eleventy into a staging folder while Pagefind
// finishes, then swap it in for the output folder in one rename, so a failed build leaves the last
// good output untouched. The preview re-renders all pages through
// `renderPages`, and saved pages through PageRenderer (page-renderer.ts).
import { rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { type AssetManifest, buildAssets } from "../assets/assets.ts";
import type { BuildConfig } from "../config/config.ts";
import { pathPrefixOf } from "../config/site-path.ts";
import {
  type ContentRoot,
  type LoadedContent,
  type LoadedPage,
  loadContent,
} from "../content/load-content.ts";
import { ParseCache } from "../content/parse-cache.ts";
import type { AssetsPluginOptions } from "../eleventy/assets-plugin.ts";
import { cmsFolder, decapDistDir, decapFiles } from "../eleventy/cms-plugin.ts";
import type { RenderedFileListener } from "../eleventy/rendered-pages-plugin.ts";
import { eleventySetup, pagesDir } from "../eleventy/setup.ts";
import { removeAbandonedFolders } from "../publishing/abandoned-folders.ts";
import { defaultCompressCache, precompressAhead } from "../publishing/precompress.ts";
import { precompressSite, SiteCompression } from "../publishing/site-compression.ts";
import { swapInto } from "../publishing/swap.ts";
import {
  pageSearchRecord,
  searchBundleNamed,
  searchBundlesFolder,
  searchRecords,
} from "../search/index/search-bundle.ts";
import { SearchIndexStream } from "../search/index/search-index.ts";
import type { BuildOutcome } from "./build-outcome.ts";

/**
 * Renders the pages of valid `content` into `outputDir` (Eleventy never empties it); the assets
 * are compiled (or taken from the cache) unless given.
 */
export function renderSite(
  config: BuildConfig,
  content: LoadedContent,
  outputDir: string,
  assets: AssetsPluginOptions = {},
  onRendered?: RenderedFileListener,
) {
  const eleventy = new Eleventy(pagesDir, outputDir, {
    // The configuration comes from eleventySetup, not from a file Eleventy would look for.
    configPath: false as unknown as string,
    config: eleventySetup(config, async () => content, assets, { onRendered }),
    quietMode: true,
  });
  return eleventy.write();
}

export interface BuildOptions {
  /** Content the caller has loaded and validated already (the preview keeps it in memory). */
  content?: LoadedContent;
  /** Told the manifest of the assets the build wrote (the preview renders later pages with it). */
  onAssets?: (assets: AssetManifest) => void;
}

export async function buildSite(
  config: BuildConfig,
  options: BuildOptions = {},
): Promise<BuildOutcome> {
  // Decap CMS's files are known before anything is read: compressing them (5.8 MB, most of a fresh
  // clone's first build) starts now, beside the loading of the content, not after it.
  const ahead = decapFiles().then((names) =>
    precompressAhead(names.map((name) => path.join(decapDistDir(), name))),
  );
  // Awaited below; a failure to load the content must not leave it an unhandled rejection.
  ahead.catch(() => {});
  const parseCache = options.content ? ParseCache.none() : await ParseCache.open(config.contentDir);
  const { lang } = config.site;
  const pathPrefix = pathPrefixOf(config.site);
  // Pagefind (its own process) indexes each page's record as soon as the page is loaded, on the
  // second core, while the rest of the content loads on this one.
  const search = new SearchIndexStream(lang);
  const toSearch = ({ page, problems }: LoadedPage, root: ContentRoot) => {
    // With problems the build stops after loading: nothing of that page needs indexing.
    const record =
      page && problems.length === 0 && pageSearchRecord(page, root.synonyms, lang, pathPrefix);
    if (record) search.add(record);
  };
  let content: LoadedContent;
  try {
    content =
      options.content ??
      (await loadContent(config.contentDir, config.site.staticPages, {
        today: config.today,
        parseCache,
        onPage: toSearch,
      }));
  } catch (error) {
    await search.abandon();
    throw error;
  }
  if (content.problems.length > 0) {
    // Only the cache is lost if this fails: the problems are what the editor needs to read.
    await Promise.all([parseCache.save(), ahead.catch(() => {}), search.abandon()]);
    return { ok: false, problems: content.problems };
  }
  // Given content was not loaded here: its records go to Pagefind now, in the same order.
  if (options.content)
    for (const record of searchRecords(content, lang, pathPrefix)) search.add(record);
  const staging = `${config.outputDir}.staging-${process.pid}`;
  // Pages are compressed as Eleventy renders them, the rest of the site once it is written.
  const compression = new SiteCompression(staging, defaultCompressCache);
  try {
    await removeAbandonedFolders(config.outputDir);
    // Sass and esbuild (or the asset cache) start now, beside Eleventy's own start-up.
    const assets = buildAssets(staging);
    const bundle = searchBundleNamed(config.searchBundleId ?? search.bundleId());
    // The search records come from the content, not the HTML, so Pagefind can index while Eleventy
    // renders; each part is compressed as soon as it is written. All finish before anything is
    // cleaned up or swapped in.
    const steps = await Promise.allSettled([
      // Kept for the next build even when this one fails later: the files parsed as they are.
      parseCache.save(),
      ahead,
      assets.then((built) => options.onAssets?.(built)),
      // The pages name the bundle made here, so Eleventy's search plugin does not make the
      // records again.
      renderSite(
        { ...config, searchBundleId: bundle.id },
        content,
        staging,
        { assets },
        (file, html) => compression.add(file, html),
      ).then(() =>
        Promise.all([
          // The rest of the site is compressed while Decap's copies are still being made (on a
          // fresh clone it was waiting for them); the CMS's folder links those when ready.
          compression.finish({ skip: [searchBundlesFolder, cmsFolder] }),
          ahead.then(() => compression.finish({ only: [cmsFolder] })),
        ]),
      ),
      search.write(staging, bundle).then((folder) => precompressSite(folder)),
    ]);
    for (const step of steps) if (step.status === "rejected") throw step.reason;
    await swapInto(staging, config.outputDir);
    return { ok: true };
  } catch (error) {
    // Pagefind's service must not outlive a failed build (`write` may not have been reached).
    await search.abandon().catch(() => {});
    // The build's own error is the one to report, not a failure to clean up after it.
    await compression.settled();
    await rm(staging, { recursive: true, force: true }).catch(() => {});
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Renders into `config.outputDir` in place, without search and without the swap: the preview's
 * step after a change to templates or assets. The assets are those already in the output folder.
 */
export async function renderPages(
  config: BuildConfig,
  content: LoadedContent,
  assets: AssetManifest,
): Promise<void> {
  await renderSite(config, content, config.outputDir, { assets });
}
