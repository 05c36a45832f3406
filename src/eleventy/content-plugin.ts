// Gives templates the site's configuration as `site`, the validated FAQ pages as `faqPages` and
// the contact data (content/kontakt.yml, or null) as `contact`, where earlier addresses lead, and
// from how many pages on the lists of pages are kept short.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteConfig } from "../config/config.ts";
import type { LoadedContent } from "../content/load-content.ts";
import { ContentError } from "../content/problems.ts";

export interface ContentPluginOptions {
  site: SiteConfig;
  /** The content, loaded once by the command that builds (scripts/build.ts or the preview). */
  content: () => Promise<LoadedContent>;
}

export function contentPlugin(eleventyConfig: UserConfig, { site, content }: ContentPluginOptions) {
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addGlobalData("faqPages", async () => {
    const { pages, problems } = await content();
    if (problems.length > 0) throw new ContentError(problems);
    return pages;
  });
  // Where earlier addresses lead (issue 21): per FAQ page, and the renamed pages' old folders.
  eleventyConfig.addGlobalData("faqEarlier", async () => (await content()).earlier.pages);
  eleventyConfig.addGlobalData("pageRedirects", async () => {
    const { earlier, problems } = await content();
    if (problems.length > 0) throw new ContentError(problems);
    return earlier.redirects;
  });
  // From this many FAQ pages on, page lists show titles only and the search page filters by page
  // alone: at 600 pages, descriptions and every page's sections took the start page and /sok/
  // past the 14 kB page budget, and a filter of thousands of sections helps no one (issue 26).
  eleventyConfig.addGlobalData("manyPagesFrom", 30);
  eleventyConfig.addGlobalData("contact", async () => (await content()).contact);
}
