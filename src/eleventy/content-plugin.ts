// Gives templates the site's configuration as `site`, the validated FAQ pages as `faqPages` and
// the contact data (content/kontakt.yml, or null) as `contact`.
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
  eleventyConfig.addGlobalData("contact", async () => (await content()).contact);
}
