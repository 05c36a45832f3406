// Eleventy's configuration: the folders, then each concern as a plugin from src/eleventy/.
// scripts/build.ts calls `eleventySetup` with the configuration and content it made; running
// Eleventy directly (`eleventy --config=.eleventy.ts`) uses the default export, which makes both
// from the environment when Eleventy calls it.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { type BuildConfig, buildConfigFrom } from "./src/config/config.ts";
import { type LoadedContent, loadContent } from "./src/content/load-content.ts";
import { type AssetsPluginOptions, assetsPlugin } from "./src/eleventy/assets.ts";
import { cmsPlugin } from "./src/eleventy/cms-plugin.ts";
import { contentPlugin } from "./src/eleventy/content-plugin.ts";
import { filtersPlugin } from "./src/eleventy/filters.ts";
import { headersPlugin } from "./src/eleventy/headers-plugin.ts";
import { searchPlugin } from "./src/eleventy/search-plugin.ts";
import { sitemapPlugin } from "./src/eleventy/sitemap-plugin.ts";

/** The folder of the page templates, relative to the project. */
export const pagesDir = "src/pages";

export interface SetupOptions {
  /**
   * Render pages only, without the files written beside them (_headers, /admin/, static files):
   * the preview's re-render of saved pages into a site built before.
   */
  pagesOnly?: boolean;
}

/**
 * `assets` takes assets compiled before (the preview, which re-renders pages after a save);
 * `onAssets` hears of the assets the build compiled.
 */
export function eleventySetup(
  config: BuildConfig,
  content: () => Promise<LoadedContent>,
  assets: AssetsPluginOptions = {},
  { pagesOnly = false }: SetupOptions = {},
) {
  const { site } = config;
  return (eleventyConfig: UserConfig) => {
    // Folders: includes are relative to the input folder. No output folder here: the build
    // writes into a staging folder and swaps it in.
    eleventyConfig.setIncludesDirectory("../../_includes");
    eleventyConfig.setTemplateFormats(["njk"]);
    // Content: validated FAQ pages from the content folder
    eleventyConfig.addPlugin(contentPlugin, { site, content });
    // Filters and shortcodes for the templates
    eleventyConfig.addPlugin(filtersPlugin, { site });
    // The search bundle the pages use: /pagefind/<id>/, one per build (issue 21)
    eleventyConfig.addPlugin(searchPlugin, { content, bundleId: config.searchBundleId });
    // Styles and browser bundles, content-hashed
    eleventyConfig.addPlugin(assetsPlugin, assets);
    // sitemap.xml entries
    eleventyConfig.addPlugin(sitemapPlugin, { site });
    // Response headers for static hosts (dist/_headers)
    eleventyConfig.addPlugin(headersPlugin, { site, writeHeadersFile: !pagesOnly });
    if (pagesOnly) return;
    // The editors' CMS at /admin/: its page data, config.yml and scripts (issue 15)
    eleventyConfig.addPlugin(cmsPlugin, { site, content });
    // Static files
    eleventyConfig.addPassthroughCopy({ "src/static": "/" });
  };
}

export default function (eleventyConfig: UserConfig) {
  const config = buildConfigFrom(process.env);
  let loaded: Promise<LoadedContent> | undefined;
  eleventySetup(config, () => {
    loaded ??= loadContent(config.contentDir, config.site.staticPages, { today: config.today });
    return loaded;
  })(eleventyConfig);
}
