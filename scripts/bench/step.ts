// Runs one build step in this fresh process and prints the wall time of its own work, for run-step.ts:
//   node --import tsx scripts/bench/step.ts <step> <content dir> <output dir>
// Each step imports its modules itself, so their loading is part of its cost, as in a cold build.
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { hugoInstalled, runHugoPeer } from "./hugo-peer/run.ts";

export const steps = [
  "content",
  "sass",
  "esbuild",
  "eleventy",
  "pagefind",
  "build",
  // The peer: Hugo + the Pagefind CLI on the same content (issue 13), where hugo is installed.
  "hugo-pagefind",
] as const;
export type StepName = (typeof steps)[number];

/** The steps this machine can run: the Hugo peer only where Debian's hugo is installed. */
export function stepsHere(): StepName[] {
  return steps.filter((step) => step !== "hugo-pagefind" || hugoInstalled());
}

export const resultPrefix = "BENCH-WALL-MS ";

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
      const { renderSite } = await import("../../src/eleventy/build-site.ts");
      await renderSite(config, content, outputDir);
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
    case "hugo-pagefind": {
      await runHugoPeer(contentDir, outputDir);
      return;
    }
  }
}

/** This process's children, reaped or not (Linux lists them in /proc/self/task/<tid>/children). */
const children = () =>
  readdirSync("/proc/self/task").flatMap((task) =>
    readFileSync(`/proc/self/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
  );

if (import.meta.url === `file://${process.argv[1]}`) {
  const [step, contentDir, outputDir] = process.argv.slice(2);
  if (!steps.includes(step as StepName) || !contentDir || !outputDir) {
    throw new Error(`usage: step.ts <${steps.join("|")}> <content dir> <output dir>`);
  }
  const start = performance.now();
  await run(step as StepName, contentDir, outputDir);
  console.log(`${resultPrefix}${performance.now() - start}`);
  // The step is done, but its helpers (the esbuild services of tsx and of the build, Pagefind's
  // binary) are unref'd by their packages: Node would exit first, and re-parented they would escape
  // GNU time's CPU and memory figures. Stop them and wait (up to 5 s) until Node has reaped them.
  for (const pid of children()) {
    try {
      process.kill(pid);
    } catch {
      // Reaped since it was listed.
    }
  }
  for (let ms = 0; children().length > 0 && ms < 5000; ms += 5) await sleep(5);
}
