// Writes dist/_headers, the response headers for Netlify and Cloudflare Pages, from headers.ts,
// and gives the templates the Content-Security-Policy for hosts that send no headers.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteConfig } from "../config/config.ts";
import { headerRulesFor, metaContentSecurityPolicyFor } from "../publishing/headers.ts";
import { renderHeadersFile } from "../publishing/headers-formats.ts";
import { afterWritingFiles } from "./after-writing-files.ts";

export function headersPlugin(eleventyConfig: UserConfig, { site }: { site: SiteConfig }): void {
  eleventyConfig.addGlobalData("metaContentSecurityPolicy", metaContentSecurityPolicyFor(site));
  afterWritingFiles(eleventyConfig, async (outputDir) => {
    await writeFile(path.join(outputDir, "_headers"), renderHeadersFile(headerRulesFor(site)));
  });
}
