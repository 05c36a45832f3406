// Writes dist/_headers, the response headers for Netlify and Cloudflare Pages, from headers.ts.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { renderHeadersFile } from "./headers-formats.ts";

export function headersPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on(
    "eleventy.after",
    async ({
      directories,
      outputMode,
    }: {
      directories: { output: string };
      outputMode: string;
    }) => {
      if (outputMode !== "fs") return;
      await writeFile(path.join(directories.output, "_headers"), renderHeadersFile());
    },
  );
}
