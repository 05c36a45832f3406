// Gives templates the validated FAQ pages as global data `faqPages`, loading content once per build.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { site } from "../config/site.ts";
import { type LoadedContent, loadContent } from "../content/load-content.ts";
import { ContentError } from "../content/problems.ts";

const loaded = new Map<string, Promise<LoadedContent>>();

/** The content folder the build reads: CONTENT_DIR, or content/. */
export const defaultContentDir = process.env.CONTENT_DIR ?? "content";

/** The content under `root` for this process's build: read from disk on first use only. */
export function contentOfThisBuild(root = defaultContentDir): Promise<LoadedContent> {
  let content = loaded.get(root);
  if (!content) {
    content = loadContent(root, site.staticPages);
    loaded.set(root, content);
  }
  return content;
}

export function contentPlugin(eleventyConfig: UserConfig, options: { root?: string } = {}): void {
  const root = options.root ?? defaultContentDir;
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addGlobalData("faqPages", async () => {
    const { pages, problems } = await contentOfThisBuild(root);
    if (problems.length > 0) throw new ContentError(problems);
    return pages;
  });
}
