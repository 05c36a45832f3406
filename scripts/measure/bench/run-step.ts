// Starts scripts/measure/bench/step.ts in a fresh Node process, timed by ../timing.ts.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { freshCheckout } from "../fresh-checkout.ts";
import { timeCommand } from "../timing.ts";
import { resultPrefix, type StepName } from "./step.ts";

export interface MeasuredStep {
  /** Wall time of the step's own work, module loading included, in ms. */
  wallMs: number;
  /** Wall time from starting the process to its exit: Node and tsx start-up included. */
  processWallMs: number;
  userMs: number;
  sysMs: number;
  /** The peak resident memory of the largest single process of the tree (GNU time's %M). */
  peakRssMb: number;
}

const stepScript = path.join(import.meta.dirname, "step.ts");
/** What `npm run build` and `npm run check:content` run (package.json), without npm's start-up. */
const commands: Partial<Record<StepName, string[]>> = {
  build: ["scripts/run-cached.mjs", "scripts/build.ts"],
  "fresh-build": ["scripts/run-cached.mjs", "scripts/build.ts"],
  "check-content": ["scripts/run-cached.mjs", "scripts/check-content.ts"],
};

export async function runStep(
  step: StepName,
  contentDir: string,
  outputDir: string,
): Promise<MeasuredStep> {
  // The whole build is the command itself, as `npm run build` runs it (its cached bundle, built
  // by the first run, or in a fresh clone's view by this one), and so is the content check; the
  // other steps are parts of the build, started through step.ts.
  const whole = commands[step];
  const command = whole ?? ["--import", "tsx", stepScript, step, contentDir, outputDir];
  const fresh = step === "fresh-build" ? await freshCheckout() : null;
  const start = performance.now();
  const timing = timeCommand(
    [process.execPath, ...command],
    {
      ...process.env,
      CONTENT_DIR: path.resolve(contentDir),
      OUTPUT_DIR: path.resolve(outputDir),
    },
    fresh?.dir,
  );
  const { stdout, stderr, userMs, sysMs, peakRssMb } = await timing.catch(async (error) => {
    await fresh?.remove();
    throw error;
  });
  const processWallMs = performance.now() - start;
  await fresh?.remove();
  const wall = stdout.split("\n").find((l) => l.startsWith(resultPrefix));
  if (!wall && !whole) throw new Error(`step ${step} on ${contentDir}: no figures in\n${stderr}`);
  return {
    wallMs: wall ? Number(wall.slice(resultPrefix.length)) : processWallMs,
    processWallMs,
    userMs,
    sysMs,
    peakRssMb,
  };
}

/** The number of files under `dir` and their total size in bytes. */
export async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(
    files.map(async (f) => (await stat(path.join(f.parentPath, f.name))).size),
  );
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}
