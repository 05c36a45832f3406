// Gives templates the site's configuration as `site`, the validated FAQ pages as `faqPages` and
// the contact data (content/kontakt.yml, or null) as `contact`, and where earlier addresses lead.
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
  eleventyConfig.addGlobalData("contact", async () => (await content()).contact);
}
