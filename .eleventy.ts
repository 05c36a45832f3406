// Eleventy's configuration: the folders, then each concern as a plugin from src/eleventy/.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { assetsPlugin } from "./src/eleventy/assets.ts";
import { contentPlugin } from "./src/eleventy/content-plugin.ts";
import { filtersPlugin } from "./src/eleventy/filters.ts";
import { headersPlugin } from "./src/eleventy/headers-plugin.ts";
import { sitemapPlugin } from "./src/eleventy/sitemap.ts";

export default function (eleventyConfig: UserConfig) {
  // Content: validated FAQ pages from content/
  eleventyConfig.addPlugin(contentPlugin);
  // Filters and shortcodes for the templates
  eleventyConfig.addPlugin(filtersPlugin);
  // Styles and browser bundles, content-hashed
  eleventyConfig.addPlugin(assetsPlugin);
  // sitemap.xml entries
  eleventyConfig.addPlugin(sitemapPlugin);
  // Response headers for static hosts (dist/_headers)
  eleventyConfig.addPlugin(headersPlugin);
  // Static files
  eleventyConfig.addPassthroughCopy({ "src/static": "/" });

  // No output folder here: scripts/build.ts builds into a staging folder and swaps it in.
  return {
    dir: { input: "src/pages", includes: "../../_includes" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
