// The findability benchmarks' content and site (findability.ts in Chromium, findability-causes.ts in
// Node): the query set and content the command line asks for, and that content, grown by pages of
// random sentences when asked (random-pages.ts), built into a folder of its own.
import path from "node:path";
import { buildConfigFrom } from "../../src/config/config.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { option } from "./command-line.ts";
import { fixtureContentDir, manyPagesContentDir } from "./fixture-site.ts";
import { manyPagesQueries } from "./many-pages-queries.ts";
import { growContent } from "./random-pages.ts";
import { benchmarkQueries } from "./search-queries.ts";

/**
 * The content and queries the command line asks for: `--set=many-pages` is the seven-page fixture
 * and its queries (issue 26), else the one-page fixture's; `--content=<dir>` builds other content
 * for the same queries.
 */
export function benchmarkSet() {
  const manyPages = option("set") === "many-pages";
  return {
    contentDir: option("content") ?? (manyPages ? manyPagesContentDir : fixtureContentDir),
    queries: manyPages ? manyPagesQueries : benchmarkQueries,
  };
}

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
