// Writes dist/_headers, the response headers for Netlify and Cloudflare Pages, from headers.ts,
// and gives the templates the Content-Security-Policy for hosts that send no headers.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteConfig } from "../config/config.ts";
import { headerRulesFor, metaContentSecurityPolicyFor } from "../publishing/headers.ts";
import { renderHeadersFile } from "../publishing/headers-formats.ts";
import { afterWritingFiles } from "./after-writing-files.ts";

export interface HeadersPluginOptions {
  site: SiteConfig;
  /** False when only some pages are rendered into a site whose _headers is written already. */
  writeHeadersFile?: boolean;
}

export function headersPlugin(
  eleventyConfig: UserConfig,
  { site, writeHeadersFile = true }: HeadersPluginOptions,
): void {
  eleventyConfig.addGlobalData("metaContentSecurityPolicy", metaContentSecurityPolicyFor(site));
  if (!writeHeadersFile) return;
  afterWritingFiles(eleventyConfig, async (outputDir) => {
    await writeFile(path.join(outputDir, "_headers"), renderHeadersFile(headerRulesFor(site)));
  });
}
