// Eleventy's configuration as a table of contents: the folders, then each concern as a plugin
// from this folder. The build (src/pipeline/) calls `eleventySetup` with the configuration and
// content it made; .eleventy.ts, for running Eleventy directly, makes both from the environment.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildConfig } from "../config/config.ts";
import { pathPrefixOf } from "../config/site-path.ts";
import type { LoadedContent } from "../content/load-content.ts";
import { type AssetsPluginOptions, assetsPlugin } from "./assets-plugin.ts";
import { cmsPlugin } from "./cms-plugin.ts";
import { consentPlugin } from "./consent-plugin.ts";
import { contentPlugin } from "./content-plugin.ts";
import { filtersPlugin } from "./filters.ts";
import { headersPlugin } from "./headers-plugin.ts";
import { pathPrefixPlugin } from "./path-prefix-plugin.ts";
import { previewPlugin } from "./preview-plugin.ts";
import { redirectsPlugin } from "./redirects-plugin.ts";
import { type RenderedFileListener, renderedPagesPlugin } from "./rendered-pages-plugin.ts";
import { searchPlugin } from "./search-plugin.ts";
import { sitemapPlugin } from "./sitemap-plugin.ts";

/** The folder of the page templates, relative to the project. */
export const pagesDir = "src/pages";

export interface SetupOptions {
  /**
   * Render pages only, without the files written beside them (_headers, /admin/, static files):
   * the preview's re-render of saved pages into a site built before.
   */
  pagesOnly?: boolean;
  /** Told each file Eleventy writes, with its final content (the build compresses them). */
  onRendered?: RenderedFileListener;
}

/**
 * `assets` takes assets compiled before (the preview, which re-renders pages after a save);
 * `onAssets` hears of the assets the build compiled.
 */
export function eleventySetup(
  config: BuildConfig,
  content: () => Promise<LoadedContent>,
  assets: AssetsPluginOptions = {},
  { pagesOnly = false, onRendered }: SetupOptions = {},
) {
  const { site } = config;
  return (eleventyConfig: UserConfig) => {
    // Folders: includes are relative to the input folder. No output folder here: the build
    // writes into a staging folder and swaps it in.
    eleventyConfig.setIncludesDirectory("../../_includes");
    eleventyConfig.setTemplateFormats(["njk"]);
    // Content: validated FAQ pages from the content folder
    eleventyConfig.addPlugin(contentPlugin, { site, content });
    // Filters and shortcodes for the templates, the interface text's `t` among them
    eleventyConfig.addPlugin(filtersPlugin, { site });
    // The consent cookie's name and lifetime for the cookie page, from the code that writes it
    eleventyConfig.addPlugin(consentPlugin);
    // The search bundle the pages use: /pagefind/<id>/, one per build (issue 21)
    eleventyConfig.addPlugin(searchPlugin, { site, content, bundleId: config.searchBundleId });
    // Styles and browser bundles, content-hashed
    eleventyConfig.addPlugin(assetsPlugin, assets);
    // A pull request's preview: its banner (issue 22)
    eleventyConfig.addPlugin(previewPlugin, { site });
    // sitemap.xml entries
    eleventyConfig.addPlugin(sitemapPlugin, { site });
    // Response headers for static hosts (dist/_headers)
    eleventyConfig.addPlugin(headersPlugin, { site, writeHeadersFile: !pagesOnly });
    if (pagesOnly) return;
    // Renamed pages' redirects for Netlify, Cloudflare Pages and nginx (issue 21)
    eleventyConfig.addPlugin(redirectsPlugin, { content, pathPrefix: pathPrefixOf(site) });
    // The editors' CMS at /admin/: its page data, config.yml and scripts (issue 15)
    eleventyConfig.addPlugin(cmsPlugin, { site, content });
    // Static files
    eleventyConfig.addPassthroughCopy({ "src/static": "/" });
    // Every internal URL of the pages under the site's path prefix, when it has one (issue 22)
    eleventyConfig.addPlugin(pathPrefixPlugin, { site });
    // Last, so that it sees what the transforms above made of each file
    if (onRendered) eleventyConfig.addPlugin(renderedPagesPlugin, { onRendered });
  };
}
