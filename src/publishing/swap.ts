// Replaces a folder with a freshly built one by renames, so readers never see a half-written site.
import { rename, rm, stat } from "node:fs/promises";

async function exists(folder: string): Promise<boolean> {
  return stat(folder).then(
    () => true,
    () => false,
  );
}

export async function swapInto(staging: string, target: string): Promise<void> {
  const previous = `${target}.previous-${process.pid}`;
  const hadTarget = await exists(target);
  if (hadTarget) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadTarget) await rename(previous, target);
    throw error;
  }
  if (hadTarget) await rm(previous, { recursive: true, force: true });
}
