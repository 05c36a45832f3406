// Runs a step after Eleventy has written the site to disk (not for in-memory builds, such as the
// components' examples), with the output folder: the plugins that write files beside the pages.
import type UserConfig from "@11ty/eleventy/UserConfig";

export function afterWritingFiles(
  eleventyConfig: UserConfig,
  step: (outputDir: string) => Promise<void>,
): void {
  eleventyConfig.on(
    "eleventy.after",
    async ({
      directories,
      outputMode,
    }: {
      directories: { output: string };
      outputMode: string;
    }) => {
      if (outputMode === "fs") await step(directories.output);
    },
  );
}
