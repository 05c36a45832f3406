// `npm run build`: validate content, build the site into a fresh folder, index it, then swap it in
// for dist/ in one rename, so a failed build leaves the last good dist/ untouched.
import { rm } from "node:fs/promises";
import Eleventy from "@11ty/eleventy";
import { formatProblem } from "../src/content/problems.ts";
import { contentOfThisBuild, defaultContentDir } from "../src/eleventy/content-plugin.ts";
import { swapInto } from "../src/publishing/swap.ts";
import { indexForSearch } from "../src/search/search-index.ts";

const outputDir = process.env.OUTPUT_DIR ?? "dist";
const contentDir = defaultContentDir;

async function main(): Promise<number> {
  const { pages, problems } = await contentOfThisBuild(contentDir);
  if (problems.length > 0) {
    console.error(
      `Content has ${problems.length} problem(s); nothing was built and ${outputDir}/ is unchanged:`,
    );
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  const staging = `${outputDir}.staging-${process.pid}`;
  try {
    const eleventy = new Eleventy("src/pages", staging, {
      configPath: ".eleventy.ts",
      quietMode: true,
    });
    // The search records come from the content, not the HTML, so Pagefind (its own process) can
    // index while Eleventy renders. Both finish before anything is cleaned up or swapped in.
    const steps = await Promise.allSettled([eleventy.write(), indexForSearch(staging, pages)]);
    for (const step of steps) if (step.status === "rejected") throw step.reason;
    await swapInto(staging, outputDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    console.error(`Build failed; ${outputDir}/ is unchanged.`);
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
