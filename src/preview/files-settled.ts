// Waits for files an editor is saving to stop changing: an editor's editor may save in two steps
// (empty the file, then write it), and what is read between them is not what the editor wrote.
import { statSync } from "node:fs";

/**
 * What `files` look like now (size and modification time, or "gone"), to compare with later.
 * Synchronous: a stat takes microseconds, and taken at once it tells apart a write right after.
 */
export function fileSignatures(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const { size, mtimeMs } = statSync(file);
        return `${size}:${mtimeMs}`;
      } catch {
        return "gone";
      }
    })
    .join("\n");
}

/**
 * Resolves once none of `files` has changed for `quietMs` (or after `maxMs`, for a file that
 * never stops changing), with whether they differ from `before` (fileSignatures): then what was
 * read of them is out of date.
 */
export async function filesSettled(
  files: readonly string[],
  before: string,
  { quietMs = 250, pollMs = 15, maxMs = 1000 } = {},
): Promise<boolean> {
  const deadline = performance.now() + maxMs;
  let last = fileSignatures(files);
  let quietSince = performance.now();
  while (performance.now() - quietSince < quietMs && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const now = fileSignatures(files);
    if (now !== last) {
      last = now;
      quietSince = performance.now();
    }
  }
  return last !== before;
}

/**
 * Hands each file event on to `changed`, and once more if the file changes again within
 * `windowMs`: chokidar passes on one change of a file per 50 ms and drops the others, with no
 * event at the end, so the second step of a quick two-step save would never be seen.
 */
export function withSecondLook(
  changed: (file: string) => void,
  windowMs = 80,
): (file: string) => void {
  const look = (file: string) => {
    changed(file);
    const seen = fileSignatures([file]);
    setTimeout(() => {
      if (fileSignatures([file]) !== seen) look(file);
    }, windowMs);
  };
  return look;
}
