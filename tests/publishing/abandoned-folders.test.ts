// The working folders a killed build or preview left beside the output folder are removed by the
// next build; those of a process still running, and unrelated folders, are kept.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { removeAbandonedFolders } from "../../src/publishing/abandoned-folders.ts";

describe("removeAbandonedFolders", () => {
  let work = "";
  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-abandoned-"));
  });
  after(() => rm(work, { recursive: true, force: true }));

  it("removes the staging, search and previous folders of a process that is gone", async () => {
    // A process that has ended: its pid is free (the system does not reuse it at once).
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid;
    const alive = process.ppid;
    const names = [
      "dist",
      `dist.staging-${gone}`,
      `dist.search-${gone}`,
      `dist.search-${gone}-records`,
      `dist.previous-${gone}`,
      `dist.staging-${alive}`,
      `dist.search-${alive}`,
      `dist-other.staging-${gone}`,
      "dist.backup",
    ];
    for (const name of names) await mkdir(path.join(work, name));
    const removed = await removeAbandonedFolders(path.join(work, "dist"));
    assert.deepEqual(removed.sort(), [
      `dist.previous-${gone}`,
      `dist.search-${gone}`,
      `dist.search-${gone}-records`,
      `dist.staging-${gone}`,
    ]);
    assert.deepEqual((await readdir(work)).sort(), [
      "dist",
      `dist-other.staging-${gone}`,
      "dist.backup",
      `dist.search-${alive}`,
      `dist.staging-${alive}`,
    ]);
  });

  it("does nothing when the output folder's parent does not exist yet", async () => {
    assert.deepEqual(await removeAbandonedFolders(path.join(work, "ny", "dist")), []);
  });
});
