// What a folder holds, comparable between two builds: "path sha256" of every file under it.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** "path sha256" of every file under `root`, sorted by path. */
export async function fingerprint(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const lines = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const hash = createHash("sha256")
          .update(await readFile(file))
          .digest("hex");
        return `${path.relative(root, file)} ${hash}`;
      }),
  );
  return lines.sort();
}
