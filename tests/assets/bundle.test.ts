// The CMS's scripts are bundled once per set of inputs: the same bytes as a fresh bundle, read from
// the cache while no file the bundle was made from changed, and bundled again when one did.
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { bundle, cachedBundle } from "../../src/assets/bundle.ts";

describe("cachedBundle", () => {
  let work = "";
  let cacheRoot = "";
  let entry = "";

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-bundle-"));
    cacheRoot = path.join(work, "cache");
    entry = path.join(work, "entry.ts");
    await writeFile(entry, 'import { word } from "./word.ts";\nconsole.log(word);\n');
    await writeFile(path.join(work, "word.ts"), 'export const word = "forsta";\n');
  });
  after(() => rm(work, { recursive: true, force: true }));

  const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

  it("bundles as bundle does, then reads the bundle from the cache while no input changed", async () => {
    const first = await cachedBundle(entry, "es2020", "iife", cacheRoot);
    assert.equal(text(first), text(await bundle(entry, "es2020", "iife")));
    assert.match(text(first), /forsta/);
    // Marked, to see which copy arrives: esbuild would write the real bundle.
    const [record] = await readdir(cacheRoot);
    const file = path.join(cacheRoot, record as string);
    const kept = JSON.parse(await readFile(file, "utf8"));
    kept.contents = Buffer.from("/* from the cache */").toString("base64");
    await writeFile(file, JSON.stringify(kept));
    assert.equal(
      text(await cachedBundle(entry, "es2020", "iife", cacheRoot)),
      "/* from the cache */",
    );
  });

  it("bundles again when a file the bundle imports changed", async () => {
    await writeFile(path.join(work, "word.ts"), 'export const word = "andra";\n');
    const again = text(await cachedBundle(entry, "es2020", "iife", cacheRoot));
    assert.match(again, /andra/);
    assert.doesNotMatch(again, /from the cache/);
  });
});
