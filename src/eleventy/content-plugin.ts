// Gives templates the validated FAQ pages as global data `faqPages`, loading content once per build.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { type LoadedContent, loadContent } from "./content.ts";
import { ContentError } from "./problems.ts";
import { site } from "./site.ts";

let loaded: Promise<LoadedContent> | undefined;

/** The content of this process's build: read from disk on first use only. */
export function contentOfThisBuild(root = "content"): Promise<LoadedContent> {
  loaded ??= loadContent(root, site.staticPages);
  return loaded;
}

export function contentPlugin(eleventyConfig: UserConfig, options: { root?: string } = {}): void {
  const root = options.root ?? "content";
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addGlobalData("faqPages", async () => {
    const { pages, problems } = await contentOfThisBuild(root);
    if (problems.length > 0) throw new ContentError(problems);
    return pages;
  });
}
