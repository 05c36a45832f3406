// Writes every HTML page with its internal URLs under the site's path prefix (issue 22), so the
// templates keep writing site paths ("/kakor/"); with the default prefix "/" nothing is added and
// the pages stay byte for byte as they were.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteConfig } from "../config/config.ts";
import { pathPrefixOf } from "../config/site-path.ts";
import { prefixSitePaths } from "../publishing/path-prefix.ts";

export function pathPrefixPlugin(eleventyConfig: UserConfig, { site }: { site: SiteConfig }) {
  const pathPrefix = pathPrefixOf(site);
  if (pathPrefix === "/") return;
  eleventyConfig.addTransform(
    "pathPrefix",
    function (this: { page: { outputPath: unknown } }, content: string) {
      const output = this.page.outputPath;
      return typeof output === "string" && output.endsWith(".html")
        ? prefixSitePaths(content, pathPrefix)
        : content;
    },
  );
}
