// Swapping a fresh build in for dist/: all or nothing, and nothing left behind either way.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { swapInto } from "../../src/publishing/swap.ts";
import { hashTree } from "../support/run-script.ts";

describe("swapInto", () => {
  let work = "";
  const dist = () => path.join(work, "dist");

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-swap-"));
    await mkdir(path.join(work, "dist/sida"), { recursive: true });
    await writeFile(path.join(work, "dist/sida/index.html"), "gammal");
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it("replaces dist/ with the new build and removes the old one", async () => {
    await mkdir(path.join(work, "staging/sida"), { recursive: true });
    await writeFile(path.join(work, "staging/sida/index.html"), "ny");
    await swapInto(path.join(work, "staging"), dist());
    assert.deepEqual(Object.keys(await hashTree(dist())), ["sida/index.html"]);
    assert.deepEqual(await readdir(work), ["dist"]);
  });

  it("leaves dist/ exactly as it was when the new build cannot be moved in", async () => {
    const before = await hashTree(dist());
    await assert.rejects(swapInto(path.join(work, "saknas"), dist()));
    assert.deepEqual(await hashTree(dist()), before);
    assert.deepEqual(await readdir(work), ["dist"]);
  });
});
