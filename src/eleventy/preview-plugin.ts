// A pull request's preview (issue 22): gives templates `previewBanner` (the pull request and the
// banner's own stylesheet, compiled into the output folder) in preview builds, and null otherwise,
// when nothing of the banner is written.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { compileStyles, writeHashed } from "../assets/assets.ts";
import type { SiteConfig } from "../config/config.ts";

/** The banner's styles: only preview builds compile and link them. */
const bannerStylesheet = "src/components/preview-banner/_index.scss";

export interface PreviewBanner {
  pr: number;
  url: string | null;
  /** The site path of the banner's stylesheet. */
  css: string;
}

export function previewPlugin(eleventyConfig: UserConfig, { site }: { site: SiteConfig }): void {
  let banner: Promise<PreviewBanner> | undefined;
  eleventyConfig.addGlobalData("previewBanner", async () => {
    const { preview } = site;
    if (!preview) return null;
    const { output } = eleventyConfig.directories as { output: string };
    banner ??= compileStyles(bannerStylesheet).then(async (css) => ({
      ...preview,
      css: await writeHashed(output, "preview-banner", "css", css),
    }));
    return banner;
  });
}
