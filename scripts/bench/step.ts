// Runs one build step in this fresh process and prints the wall time of its own work, for run-step.ts:
//   node --import tsx scripts/bench/step.ts <step> <content dir> <output dir>
// Each step imports its modules itself, so their loading is part of its cost, as in a cold build.
import { rm } from "node:fs/promises";

export const steps = ["content", "sass", "esbuild", "eleventy", "pagefind", "build"] as const;
export type StepName = (typeof steps)[number];

export const resultPrefix = "BENCH-WALL-MS ";

async function run(step: StepName, contentDir: string, outputDir: string): Promise<void> {
  // Read when the build's modules load (defaultContentDir), so set before any of them is imported.
  process.env.CONTENT_DIR = contentDir;
  process.env.OUTPUT_DIR = outputDir;
  switch (step) {
    case "content": {
      const { contentOfThisBuild } = await import("../../src/eleventy/content-plugin.ts");
      const { problems } = await contentOfThisBuild(contentDir);
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
      // As scripts/build.ts does: content first, then Eleventy, which also compiles the assets.
      const { contentOfThisBuild } = await import("../../src/eleventy/content-plugin.ts");
      await contentOfThisBuild(contentDir);
      const { default: Eleventy } = await import("@11ty/eleventy");
      const eleventy = new Eleventy("src/pages", outputDir, {
        configPath: ".eleventy.ts",
        quietMode: true,
      });
      await eleventy.write();
      return;
    }
    case "pagefind": {
      const { indexForSearch } = await import("../../src/search/search-index.ts");
      const { loadContent } = await import("../../src/content/load-content.ts");
      // The records come from the content (loaded untimed would be fairer; it is ~1 ms/question).
      const { pages } = await loadContent(contentDir);
      await rm(`${outputDir}/pagefind`, { recursive: true, force: true });
      await indexForSearch(outputDir, pages);
      return;
    }
    case "build": {
      await import("../build.ts");
      if (process.exitCode) throw new Error("scripts/build.ts failed");
      return;
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [step, contentDir, outputDir] = process.argv.slice(2);
  if (!steps.includes(step as StepName) || !contentDir || !outputDir) {
    throw new Error(`usage: step.ts <${steps.join("|")}> <content dir> <output dir>`);
  }
  const start = performance.now();
  await run(step as StepName, contentDir, outputDir);
  // esbuild keeps its service process running: stop it, so that it exits and its CPU is counted.
  if (["esbuild", "eleventy", "build"].includes(step as string))
    await (await import("esbuild")).stop();
  console.log(`${resultPrefix}${performance.now() - start}`);
}
