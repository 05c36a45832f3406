// Runs one build step in this fresh process and prints what it cost, for scripts/bench/index.ts:
//   node --import tsx scripts/bench/step.ts <step> <content dir> <output dir>
// Each step imports its modules itself, so their loading is part of its cost, as in a cold build.
import { rm } from "node:fs/promises";
import { watchChildren } from "./process-usage.ts";

export const steps = ["content", "sass", "esbuild", "eleventy", "pagefind", "build"] as const;
export type StepName = (typeof steps)[number];

export interface StepResult {
  step: StepName;
  /** Wall time of the step's own work, module loading included, in ms. */
  wallMs: number;
  userMs: number;
  sysMs: number;
  peakRssMb: number;
  nodeRssMb: number;
}

export const resultPrefix = "BENCH-RESULT ";

async function run(step: StepName, contentDir: string, outputDir: string): Promise<void> {
  const { buildConfigFrom } = await import("../../src/config/config.ts");
  const config = buildConfigFrom({
    ...process.env,
    CONTENT_DIR: contentDir,
    OUTPUT_DIR: outputDir,
  });
  switch (step) {
    case "content": {
      const { loadContent } = await import("../../src/content/load-content.ts");
      const { problems } = await loadContent(contentDir, config.site.staticPages);
      if (problems.length > 0) throw new Error(`${contentDir} has ${problems.length} problem(s)`);
      return;
    }
    case "sass": {
      const { compileStyles } = await import("../../src/eleventy/assets.ts");
      await compileStyles();
      return;
    }
    case "esbuild": {
      const { bundleScripts } = await import("../../src/eleventy/assets.ts");
      await bundleScripts();
      return;
    }
    case "eleventy": {
      // As the build does: content first, then Eleventy, which also compiles the assets.
      const { loadContent } = await import("../../src/content/load-content.ts");
      const content = await loadContent(contentDir, config.site.staticPages);
      const { default: Eleventy } = await import("@11ty/eleventy");
      const { eleventySetup, pagesDir } = await import("../../.eleventy.ts");
      const eleventy = new Eleventy(pagesDir, outputDir, {
        configPath: false as unknown as string,
        config: eleventySetup(config, async () => content),
        quietMode: true,
      });
      await eleventy.write();
      return;
    }
    case "pagefind": {
      const { indexForSearch } = await import("../../src/search/search-index.ts");
      const { loadContent } = await import("../../src/content/load-content.ts");
      // The records come from the content (loaded untimed would be fairer; it is ~1 ms/question).
      const { pages, synonyms } = await loadContent(contentDir);
      await rm(`${outputDir}/pagefind`, { recursive: true, force: true });
      await indexForSearch(outputDir, pages, synonyms);
      return;
    }
    case "build": {
      // What scripts/build.ts does, with this step's folders.
      const { buildSite } = await import("../../src/eleventy/build-site.ts");
      const outcome = await buildSite(config);
      if (!outcome.ok) throw new Error(`the build failed: ${JSON.stringify(outcome)}`);
      return;
    }
  }
}

async function main(): Promise<void> {
  const [step, contentDir, outputDir] = process.argv.slice(2);
  if (!steps.includes(step as StepName) || !contentDir || !outputDir) {
    throw new Error(`usage: step.ts <${steps.join("|")}> <content dir> <output dir>`);
  }
  const usage = watchChildren();
  const start = performance.now();
  await run(step as StepName, contentDir, outputDir);
  // esbuild keeps its service process running; stop it so that its CPU time is counted.
  if (["esbuild", "eleventy", "build"].includes(step as string))
    await (await import("esbuild")).stop();
  const wallMs = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const result: StepResult = { step: step as StepName, wallMs, ...usage.stop() };
  console.log(`${resultPrefix}${JSON.stringify(result)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
