// The editors' CMS at /admin/: gives the admin page its data, and after the build writes
// /admin/config.yml (from the content contract), the setup scripts, and Decap CMS's own script
// copied from its npm package. Nothing of it is linked from any other page.
import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { cmsConfigFor, sectionCollectionName } from "../admin/cms-config.ts";
import { questionPlaceholders } from "../admin/question-preview.ts";
import { cachedBundle } from "../assets/bundle.ts";
import type { SiteConfig } from "../config/config.ts";
import { siteRootUrl } from "../config/site-path.ts";
import type { LoadedContent } from "../content/load-content.ts";
import { metaCmsContentSecurityPolicyFor } from "../publishing/headers.ts";
import { afterWritingFiles } from "./after-writing-files.ts";

export interface CmsPluginOptions {
  site: SiteConfig;
  content: () => Promise<LoadedContent>;
}

/** The CMS's folder in the built site (/admin/). */
export const cmsFolder = "admin";

let decapDist: string | undefined;

/** The folder of Decap CMS's prebuilt script and the chunks it loads from beside itself. */
export function decapDistDir(): string {
  const require = createRequire(import.meta.url);
  decapDist ??= path.join(path.dirname(require.resolve("decap-cms/package.json")), "dist");
  return decapDist;
}

/** decap-cms.js and its chunks (N.decap-cms.js), without source maps or the "cms.js" copies. */
export async function decapFiles(): Promise<string[]> {
  const names = await readdir(decapDistDir());
  return names.filter((name) => /^(\d+\.)?decap-cms\.js$/.test(name)).sort();
}

export function cmsPlugin(eleventyConfig: UserConfig, { site, content }: CmsPluginOptions): void {
  // What the admin page hands cms-setup.ts: which collections get which preview.
  eleventyConfig.addGlobalData("cmsAdmin", async () => {
    const { pages } = await content();
    return {
      metaContentSecurityPolicy: metaCmsContentSecurityPolicyFor(site),
      questionCollections: JSON.stringify(
        pages.flatMap((page) =>
          page.sections.map((section) => sectionCollectionName(page.slug, section.id)),
        ),
      ),
      pageFiles: JSON.stringify(pages.map((page) => page.slug)),
      // The question the admin page renders the accordion's question.njk with, for the preview.
      questionPlaceholders,
    };
  });
  afterWritingFiles(eleventyConfig, async (outputDir) => {
    const adminDir = path.join(outputDir, cmsFolder);
    await mkdir(adminDir, { recursive: true });
    const { pages } = await content();
    const config = cmsConfigFor(pages, site, siteRootUrl(site));
    const [manualInit, setup, decap] = await Promise.all([
      cachedBundle("src/admin/manual-init.ts", "es2020", "iife"),
      cachedBundle("src/admin/cms-setup.ts", "es2020", "iife"),
      decapFiles(),
    ]);
    await Promise.all([
      writeFile(
        path.join(adminDir, "config.yml"),
        // JSON is YAML: written as JSON because the yaml package took 2 s for the 1,800
        // collections of 10,200 questions, JSON.stringify milliseconds.
        `# Generated from the content contract by the build (npm run build): do not edit.\n${JSON.stringify(config, null, 2)}\n`,
      ),
      writeFile(path.join(adminDir, "manual-init.js"), manualInit),
      writeFile(path.join(adminDir, "cms-setup.js"), setup),
      ...decap.map((name) => copyFile(path.join(decapDistDir(), name), path.join(adminDir, name))),
    ]);
  });
}
