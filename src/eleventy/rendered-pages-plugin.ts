// Tells the build each file Eleventy is about to write, with its final bytes: added after every
// other plugin, so its transform runs last and sees what is written (the build compresses pages
// meanwhile, src/publishing/site-compression.ts).
import type UserConfig from "@11ty/eleventy/UserConfig";

/** Told a file's path (as Eleventy writes it) and its content, before Eleventy writes it. */
export type RenderedFileListener = (outputPath: string, content: string) => void;

export function renderedPagesPlugin(
  eleventyConfig: UserConfig,
  { onRendered }: { onRendered: RenderedFileListener },
) {
  eleventyConfig.addTransform(
    "renderedPages",
    function (this: { page: { outputPath: unknown } }, content: string) {
      const output = this.page.outputPath;
      if (typeof output === "string" && typeof content === "string") onRendered(output, content);
      return content;
    },
  );
}
