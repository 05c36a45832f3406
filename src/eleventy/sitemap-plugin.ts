// Gives the sitemap.xml template its entries, at the configured base URL: none in a pull
// request's preview, which no search engine may list (issue 22).
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteConfig } from "../config/config.ts";
import { siteRootUrl } from "../config/site-path.ts";
import { type SitemapItem, sitemapEntries } from "../publishing/sitemap.ts";

export function sitemapPlugin(eleventyConfig: UserConfig, { site }: { site: SiteConfig }): void {
  eleventyConfig.addFilter("sitemapEntries", (items: SitemapItem[]) =>
    site.preview ? [] : sitemapEntries(items, siteRootUrl(site)),
  );
}
