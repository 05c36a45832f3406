// Starts scripts/bench/step.ts in a fresh Node process and reads back what the step cost.
import { spawn } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { resultPrefix, type StepName, type StepResult } from "./step.ts";

export interface MeasuredStep extends StepResult {
  /** Wall time from starting the process to its exit: Node and tsx start-up included. */
  processWallMs: number;
}

const stepScript = path.join(import.meta.dirname, "step.ts");

export function runStep(
  step: StepName,
  contentDir: string,
  outputDir: string,
): Promise<MeasuredStep> {
  const start = performance.now();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", stepScript, step, contentDir, outputDir],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const processWallMs = performance.now() - start;
      const line = stdout.split("\n").find((l) => l.startsWith(resultPrefix));
      if (code !== 0 || !line) {
        reject(
          new Error(`step ${step} on ${contentDir} failed (exit ${code}):\n${stderr}${stdout}`),
        );
        return;
      }
      resolve({ ...(JSON.parse(line.slice(resultPrefix.length)) as StepResult), processWallMs });
    });
  });
}

/** The number of files under `dir` and their total size in bytes. */
export async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let files = 0;
  let bytes = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
