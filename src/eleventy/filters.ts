// Nunjucks filters and shortcodes the templates use, each a few lines.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteConfig } from "../config/config.ts";
import { pathPrefixOf, siteRootUrl, withPathPrefix } from "../config/site-path.ts";
import { linkHtml } from "../content/links.ts";
import { blockMarker } from "../content/markdown.ts";
import { interfaceTextPlugin } from "./interface-text-plugin.ts";

export function filtersPlugin(
  eleventyConfig: UserConfig,
  { site, textDir }: { site: SiteConfig; textDir?: string },
): void {
  // The interface text (src/interface-text/, or a test's own folder) in the page's language, and
  // dates in words in it.
  eleventyConfig.addPlugin(interfaceTextPlugin, { site, ...(textDir ? { dir: textDir } : {}) });
  // A site path → the absolute URL at the configured base URL and path prefix, for canonical links.
  eleventyConfig.addFilter("absoluteUrl", (path: string) => `${siteRootUrl(site)}${path}`);
  // A site path under the path prefix, for files that are not HTML (search-entry.json, issue 22).
  eleventyConfig.addFilter("prefixed", (path: string) => withPathPrefix(pathPrefixOf(site), path));
  // A link with the external-link marking when it leaves the agency's sites.
  eleventyConfig.addShortcode("link", linkHtml);
  // Rendered Markdown with each [[kontakt]] replaced by the contact block the template rendered.
  eleventyConfig.addFilter("placeBlocks", (html: string, contactHtml: string | undefined) =>
    html.replaceAll(blockMarker("kontakt"), contactHtml ?? ""),
  );
}
