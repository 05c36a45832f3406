// Two builds of the same commit must be byte-identical, so the CDN only receives what changed.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { promisify } from "node:util";
import { fixtureContentDir, fixturePagePath } from "../../scripts/measure/fixture-site.ts";

const run = promisify(execFile);

/** "path sha256" for every file under `root`, sorted by path. */
async function fingerprint(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const lines = await Promise.all(
    files.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const hash = createHash("sha256")
        .update(await readFile(file))
        .digest("hex");
      return `${path.relative(root, file).split(path.sep).join("/")} ${hash}`;
    }),
  );
  return lines.sort();
}

describe("the build", () => {
  const workDir = mkdtemp(path.join(tmpdir(), "fk-faq-determinism-"));
  after(async () => rm(await workDir, { recursive: true, force: true }));

  it("writes byte-identical output when run twice", { timeout: 120_000 }, async () => {
    const outputs = [path.join(await workDir, "first"), path.join(await workDir, "second")];
    // One after the other: the machine has two cores, and each build uses both.
    for (const output of outputs) {
      await run(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
        env: { ...process.env, CONTENT_DIR: fixtureContentDir, OUTPUT_DIR: output },
      });
    }
    const [first = [], second = []] = await Promise.all(outputs.map(fingerprint));
    assert.ok(first.some((line) => /^pagefind\/[0-9a-f]{12}\/pagefind-entry\.json /.test(line)));
    assert.ok(first.some((line) => line.startsWith(`${fixturePagePath.slice(1)}index.html `)));
    assert.deepEqual(second, first);
  });
});
