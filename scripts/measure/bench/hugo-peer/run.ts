// The bench's peer, as a step: Hugo renders the content contract with this folder's minimal layout,
// then the Pagefind CLI indexes the pages, as a Hugo site would add search (issue 13). Debian's
// hugo (/usr/bin/hugo) when installed; the bench leaves the step out otherwise.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

export const hugo = "/usr/bin/hugo";

export function hugoInstalled(): boolean {
  return existsSync(hugo);
}

/** Builds `contentDir` into `outputDir` with Hugo, then indexes it with the Pagefind CLI. */
export async function runHugoPeer(contentDir: string, outputDir: string): Promise<void> {
  const run = promisify(execFile);
  await rm(outputDir, { recursive: true, force: true });
  await run(hugo, [
    "--source",
    path.resolve("scripts/measure/bench/hugo-peer"),
    "--contentDir",
    path.resolve(contentDir),
    "--destination",
    path.resolve(outputDir),
    "--quiet",
  ]);
  await run(path.resolve("node_modules/.bin/pagefind"), [
    "--site",
    path.resolve(outputDir),
    "--force-language",
    "sv",
    "--quiet",
  ]);
}
