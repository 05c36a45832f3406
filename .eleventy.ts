// Eleventy's configuration file, for running Eleventy directly (`eleventy --config=.eleventy.ts`):
// the configuration and the content are made from the environment when Eleventy calls it. The
// plugins, in order, are in src/eleventy/setup.ts, which the build uses too.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildConfigFrom } from "./src/config/config.ts";
import { withPlacement } from "./src/config/site-path.ts";
import { type LoadedContent, loadContent } from "./src/content/load-content.ts";
import { eleventySetup } from "./src/eleventy/setup.ts";

export default function (eleventyConfig: UserConfig) {
  const config = withPlacement(buildConfigFrom(process.env), process.env);
  let loaded: Promise<LoadedContent> | undefined;
  eleventySetup(config, () => {
    loaded ??= loadContent(config.contentDir, config.site.staticPages, { today: config.today });
    return loaded;
  })(eleventyConfig);
}
