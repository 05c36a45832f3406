// Gives templates the build's search bundle as `searchBundle` (the Pagefind runtime its pages use,
// issue 21); the bundle's id comes from the content it indexes, or is the one the caller fixed.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteConfig } from "../config/config.ts";
import { pathPrefixOf } from "../config/site-path.ts";
import type { LoadedContent } from "../content/load-content.ts";
import { searchBundleFor } from "../search/index/search-bundle.ts";

export interface SearchPluginOptions {
  site: SiteConfig;
  content: () => Promise<LoadedContent>;
  /** A fixed bundle name (the preview's); by default a hash of what is indexed. */
  bundleId?: string;
  /** The site's path prefix, which the records' urls carry (issue 22). */
  pathPrefix?: string;
}

export function searchPlugin(
  eleventyConfig: UserConfig,
  { site, content, bundleId }: SearchPluginOptions,
) {
  eleventyConfig.addGlobalData("searchBundle", async () =>
    searchBundleFor(await content(), site.lang, bundleId, pathPrefixOf(site)),
  );
}
