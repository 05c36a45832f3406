// The preview's watcher reports every save, also after an editor has saved by renaming a new copy.
import assert from "node:assert/strict";
import { appendFile, mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { type TreeWatcher, watchTree } from "../../src/preview/watch-tree.ts";

describe("watchTree", () => {
  let root = "";
  let watcher: TreeWatcher;
  const seen: string[] = [];

  /** Resolves once `file` has been reported since the call (or fails after 10 s). */
  async function reported(file: string, change: () => Promise<void>) {
    seen.length = 0;
    await change();
    for (let waited = 0; !seen.includes(file); waited += 20) {
      assert.ok(waited < 10_000, `${file} was not reported; saw ${seen.join(", ")}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), "fk-watch-"));
    await mkdir(path.join(root, "p/a"), { recursive: true });
    await writeFile(path.join(root, "p/a/one.md"), "ett");
    await writeFile(path.join(root, "config.ts"), "x");
    watcher = watchTree([path.join(root, "p"), path.join(root, "config.ts")], (changed) =>
      seen.push(changed),
    );
  });
  after(async () => {
    watcher.close();
    await rm(root, { recursive: true, force: true });
  });

  it("reports a file saved in place, saved by rename, and saved in place again", async () => {
    const file = path.join(root, "p/a/one.md");
    await reported(file, () => appendFile(file, " två"));
    await reported(file, async () => {
      await writeFile(`${file}.tmp`, "tre");
      await rename(`${file}.tmp`, file);
    });
    await reported(file, () => appendFile(file, " fyra"));
  });

  it("reports files in a folder created after the watch started", async () => {
    const folder = path.join(root, "p/b");
    await reported(folder, () => mkdir(folder));
    await reported(path.join(folder, "two.md"), () => writeFile(path.join(folder, "two.md"), "x"));
  });

  it("reports a watched single file, however it is saved", async () => {
    const file = path.join(root, "config.ts");
    await reported(file, async () => {
      await writeFile(`${file}.tmp`, "y");
      await rename(`${file}.tmp`, file);
    });
    await reported(file, () => appendFile(file, "z"));
  });
});
