// Runs one build step in this fresh process and prints the wall time of its own work (what it needs
// prepared, such as the content Pagefind indexes, is not timed), for run-step.ts:
//   node --import tsx scripts/measure/bench/step.ts <step> <content dir> <output dir>
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
  // The same command in a fresh clone's view of the project: no .cache/ (../fresh-checkout.ts).
  "fresh-build",
  // `npm run check:content`'s command: what an editor and the content job of CI wait for.
  "check-content",
  // The peer: Hugo + the Pagefind CLI on the same content (issue 13), where hugo is installed.
  "hugo-pagefind",
] as const;
export type StepName = (typeof steps)[number];

/** The steps this machine can run: the Hugo peer only where Debian's hugo is installed. */
export function stepsHere(): StepName[] {
  return steps.filter((step) => step !== "hugo-pagefind" || hugoInstalled());
}

export const resultPrefix = "BENCH-WALL-MS ";

/**
 * Prepares a step, untimed, and returns its timed work. Only the pagefind step prepares anything:
 * the content it indexes is loaded first, as the build has it loaded by then, so that its figure is
 * Pagefind's indexing (module loading included) and not mostly the reading of the content.
 */
async function prepare(
  step: StepName,
  contentDir: string,
  outputDir: string,
): Promise<() => Promise<void>> {
  const { buildConfigFrom } = await import("../../../src/config/config.ts");
  const config = buildConfigFrom({
    ...process.env,
    CONTENT_DIR: contentDir,
    OUTPUT_DIR: outputDir,
  });
  switch (step) {
    case "content":
      return async () => {
        const { loadContent } = await import("../../../src/content/load-content.ts");
        const { problems } = await loadContent(contentDir, config.site.staticPages);
        if (problems.length > 0) throw new Error(`${contentDir} has ${problems.length} problem(s)`);
      };
    case "sass":
      return async () => {
        const { compileStyles } = await import("../../../src/assets/assets.ts");
        await compileStyles();
      };
    case "esbuild":
      return async () => {
        const { bundleScripts } = await import("../../../src/assets/assets.ts");
        await bundleScripts();
      };
    case "eleventy":
      return async () => {
        // As the build does: content first, then Eleventy, which also compiles the assets.
        const { loadContent } = await import("../../../src/content/load-content.ts");
        const content = await loadContent(contentDir, config.site.staticPages);
        const { renderSite } = await import("../../../src/pipeline/build-site.ts");
        await renderSite(config, content, outputDir);
      };
    case "pagefind": {
      // Untimed: the content as buildSite loads it (src/pipeline/build-site.ts), parse cache included.
      const { loadContent } = await import("../../../src/content/load-content.ts");
      const { ParseCache } = await import("../../../src/content/parse-cache.ts");
      const parseCache = await ParseCache.open(contentDir);
      const { pages, synonyms, problems } = await loadContent(contentDir, config.site.staticPages, {
        today: config.today,
        parseCache,
      });
      if (problems.length > 0) throw new Error(`${contentDir} has ${problems.length} problem(s)`);
      await parseCache.save();
      await rm(`${outputDir}/pagefind`, { recursive: true, force: true });
      return async () => {
        const { indexForSearch } = await import("../../../src/search/index/search-index.ts");
        const { searchBundleFor, searchRecords } = await import(
          "../../../src/search/index/search-bundle.ts"
        );
        const content = { pages, synonyms };
        const { lang } = config.site;
        await indexForSearch(
          outputDir,
          searchRecords(content, lang),
          searchBundleFor(content, lang),
          lang,
        );
      };
    }
    case "build":
    case "fresh-build":
    case "check-content":
      // Timed as their commands (run-step.ts starts them without this file).
      throw new Error(
        `the ${step} step runs its command through scripts/run-cached.mjs, not step.ts`,
      );
    case "hugo-pagefind":
      return () => runHugoPeer(contentDir, outputDir);
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
  const work = await prepare(step as StepName, contentDir, outputDir);
  const start = performance.now();
  await work();
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
