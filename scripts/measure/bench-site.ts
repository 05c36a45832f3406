// Builds the findability benchmarks' site (findability.ts in Chromium, findability-causes.ts in
// Node): a content tree, grown by pages of random sentences when asked (random-pages.ts), built
// into a folder of its own.
import path from "node:path";
import { buildConfigFrom } from "../../src/config/config.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { growContent } from "./random-pages.ts";

/** Builds `contentDir`, grown by `grow` pages, under `outputDir`; returns the site's folder. */
export async function buildBenchSite(
  contentDir: string,
  grow: number,
  outputDir: string,
): Promise<string> {
  const site = path.join(outputDir, "site");
  const content = grow > 0 ? path.join(outputDir, "content") : contentDir;
  if (grow > 0) await growContent(contentDir, content, grow);
  const outcome = await buildSite(
    buildConfigFrom({ ...process.env, CONTENT_DIR: content, OUTPUT_DIR: site }),
  );
  if (!outcome.ok) throw new Error(`the build of ${content} failed: ${JSON.stringify(outcome)}`);
  return site;
}
