// Runs the preview's search indexing at a lower CPU priority, so the render of a save is not slowed
// by the index of the save before it (10,200 questions keep Pagefind busy on both cores for
// seconds). Pagefind's Node API starts its binary from PAGEFIND_EXTENDED_BINARY_PATH when that is
// set: the preview points it at a small script that starts the real binary under `nice`.
import { existsSync } from "node:fs";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const nice = "/usr/bin/nice";

/** Pagefind's binary for this platform, as its Node API would find it, or null. */
function pagefindBinary(): string | null {
  const require = createRequire(import.meta.url);
  for (const name of ["pagefind_extended", "pagefind"]) {
    try {
      return require.resolve(`@pagefind/${process.platform}-${process.arch}/bin/${name}`);
    } catch {
      // Not this one: try the next name.
    }
  }
  return null;
}

/**
 * Makes Pagefind, started from now on by this process, run under `nice -n 10`. Returns the
 * wrapper script, or null where there is no `nice` or no binary (then nothing changes).
 */
export async function lowerSearchPriority(folder: string): Promise<string | null> {
  const binary = pagefindBinary();
  if (!binary || !existsSync(nice)) return null;
  await mkdir(folder, { recursive: true });
  const wrapper = path.resolve(folder, "pagefind-nice");
  await writeFile(wrapper, `#!/bin/sh\nexec ${nice} -n 10 '${binary}' "$@"\n`);
  await chmod(wrapper, 0o755);
  // Read by Pagefind's Node API whenever it starts its service (this process is the preview).
  process.env.PAGEFIND_EXTENDED_BINARY_PATH = wrapper;
  return wrapper;
}
