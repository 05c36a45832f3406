// Removes the working folders a killed build or preview left beside the output folder: its
// staging (dist.staging-<pid>), search (dist.search-<pid>, …-records) and previous
// (dist.previous-<pid>) folders are named by the process that wrote them, and are abandoned once
// that process is gone (a second Ctrl+C ends the preview at once, before it cleans up).
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes `<outputDir>.<word>-<pid>[-records]` folders whose process is no longer running. */
export async function removeAbandonedFolders(outputDir: string): Promise<string[]> {
  const parent = path.dirname(path.resolve(outputDir));
  const base = path.basename(path.resolve(outputDir));
  const names = await readdir(parent).catch(() => [] as string[]);
  const pattern = new RegExp(
    `^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.[a-z]+-(\\d+)(-records)?$`,
  );
  const abandoned = names.filter((name) => {
    const pid = Number(pattern.exec(name)?.[1]);
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid);
  });
  await Promise.all(
    abandoned.map((name) => rm(path.join(parent, name), { recursive: true, force: true })),
  );
  return abandoned;
}
