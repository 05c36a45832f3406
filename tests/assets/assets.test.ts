// The assets are compiled once per set of inputs: a second build copies them from the cache,
// byte for byte, and a cache that lost its files is compiled again rather than trusted.
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { type AssetManifest, buildAssets } from "../../src/assets/assets.ts";

describe("buildAssets", () => {
  let work = "";
  let cacheRoot = "";
  let first: AssetManifest;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-assets-"));
    // Its own cache folder: builds running beside this test keep theirs.
    cacheRoot = path.join(work, "cache");
    first = await buildAssets(path.join(work, "first"), cacheRoot);
  });
  after(() => rm(work, { recursive: true, force: true }));

  it("writes content-hashed files and keeps one copy of them in the cache", async () => {
    assert.match(first.css, /^\/assets\/site\.[0-9a-f]{10}\.css$/);
    assert.match(first.legacyJs, /^\/assets\/legacy\.[0-9a-f]{10}\.js$/);
    const [key, ...others] = await readdir(cacheRoot);
    assert.equal(others.length, 0);
    assert.deepEqual(
      JSON.parse(await readFile(path.join(cacheRoot, key as string, "manifest.json"), "utf8")),
      first,
    );
  });

  it("copies the cached files when the inputs did not change", async () => {
    const [key] = await readdir(cacheRoot);
    // Marked, to see which copy arrives: Sass would write the real stylesheet.
    await writeFile(path.join(cacheRoot, key as string, first.css), "/* from the cache */");
    const second = await buildAssets(path.join(work, "second"), cacheRoot);
    assert.deepEqual(second, first);
    assert.equal(
      await readFile(path.join(work, "second", second.css), "utf8"),
      "/* from the cache */",
    );
  });

  it("compiles again, and caches anew, when a cached file is missing", async () => {
    const [key] = await readdir(cacheRoot);
    await rm(path.join(cacheRoot, key as string, first.js));
    const third = await buildAssets(path.join(work, "third"), cacheRoot);
    assert.deepEqual(third, first);
    const css = await readFile(path.join(work, "third", third.css), "utf8");
    assert.notEqual(css, "/* from the cache */");
    assert.match(css, /app-/);
    const [again] = await readdir(cacheRoot);
    assert.equal(await readFile(path.join(cacheRoot, again as string, first.css), "utf8"), css);
  });
});
