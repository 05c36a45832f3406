// Writes the renamed pages' redirects (issue 21) beside the site: dist/_redirects for Netlify and
// Cloudflare Pages, and the nginx include deploy/nginx.conf reads. The redirect pages themselves,
// for hosts that read neither (GitHub Pages), are src/pages/redirect.njk.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { LoadedContent } from "../content/load-content.ts";
import {
  nginxRedirectsFile,
  renderNginxRedirects,
  renderRedirectsFile,
} from "../publishing/redirects.ts";
import { afterWritingFiles } from "./after-writing-files.ts";

export function redirectsPlugin(
  eleventyConfig: UserConfig,
  { content, pathPrefix = "/" }: { content: () => Promise<LoadedContent>; pathPrefix?: string },
): void {
  afterWritingFiles(eleventyConfig, async (outputDir) => {
    const { redirects } = (await content()).earlier;
    await writeFile(path.join(outputDir, "_redirects"), renderRedirectsFile(redirects, pathPrefix));
    const nginxFile = path.join(outputDir, nginxRedirectsFile);
    await mkdir(path.dirname(nginxFile), { recursive: true });
    await writeFile(nginxFile, renderNginxRedirects(redirects, pathPrefix));
  });
}
