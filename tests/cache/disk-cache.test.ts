// The caches' helper: a key changes with any declared input and with nothing else, a write is
// whole or absent, and pruning keeps the entries written or used last.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import {
  filesUnder,
  inputsKey,
  inputsKeySync,
  markUsed,
  pruneEntries,
  writeAtomic,
  writeAtomicSync,
} from "../../src/cache/disk-cache.mjs";

describe("disk-cache", () => {
  let dir = "";
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "fk-disk-cache-"));
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  it("keys on the declared strings and files, and on nothing else", async () => {
    const a = path.join(dir, "a.txt");
    const b = path.join(dir, "b.txt");
    await writeFile(a, "ett");
    await writeFile(b, "två");
    const key = () => inputsKey({ strings: ["v1"], files: [a] });
    const first = await key();
    assert.match(first, /^[0-9a-f]{16}$/);
    await writeFile(b, "tre");
    assert.equal(await key(), first, "an undeclared file changed");
    await writeFile(a, "fyra");
    const edited = await key();
    assert.notEqual(edited, first, "a declared file changed");
    assert.notEqual(await inputsKey({ strings: ["v2"], files: [a] }), edited, "a string changed");
    await rm(a);
    assert.notEqual(await key(), edited, "a declared file was removed");
    // Bytes and strings are not run together: ["ab", "c"] is not ["a", "bc"].
    assert.notEqual(
      await inputsKey({ strings: ["ab", "c"] }),
      await inputsKey({ strings: ["a", "bc"] }),
    );
  });

  it("gives the same key read synchronously, a missing file counting as empty", async () => {
    const a = path.join(dir, "sync-a.txt");
    await writeFile(a, "fem");
    const inputs = {
      strings: ["v1", Buffer.from("sex")],
      files: [a, path.join(dir, "saknas.txt")],
    };
    assert.equal(inputsKeySync(inputs), await inputsKey(inputs));
    await writeFile(a, "sju");
    assert.equal(inputsKeySync(inputs), await inputsKey(inputs));
    assert.notEqual(inputsKeySync(inputs), inputsKeySync({ ...inputs, files: [a] }));
  });

  it("lists the files under folders by ending, sorted", async () => {
    const tree = path.join(dir, "tree");
    await mkdir(path.join(tree, "b"), { recursive: true });
    await writeFile(path.join(tree, "b", "y.ts"), "");
    await writeFile(path.join(tree, "x.ts"), "");
    await writeFile(path.join(tree, "z.md"), "");
    assert.deepEqual(filesUnder([tree], [".ts"]), [
      path.join(tree, "b", "y.ts"),
      path.join(tree, "x.ts"),
    ]);
  });

  it("writes an entry whole, leaving nothing beside it", async () => {
    const file = path.join(dir, "entries", "deep", "entry.bin");
    await writeAtomic(file, "innehåll");
    writeAtomicSync(`${file}.2`, Buffer.from("mer"));
    assert.equal(await readFile(file, "utf8"), "innehåll");
    assert.equal(await readFile(`${file}.2`, "utf8"), "mer");
    assert.deepEqual((await readdir(path.dirname(file))).sort(), ["entry.bin", "entry.bin.2"]);
  });

  it("keeps the entries written or used last, and those still being written", async () => {
    const cache = path.join(dir, "pruned");
    await mkdir(path.join(cache, "folder-entry"), { recursive: true });
    for (const name of ["old", "older", "new", "other", "busy.123.tmp"]) {
      await writeFile(path.join(cache, name), name);
    }
    const at = (seconds: number) => new Date(1_700_000_000_000 + seconds * 1000);
    await utimes(path.join(cache, "older"), at(1), at(1));
    await utimes(path.join(cache, "old"), at(2), at(2));
    await utimes(path.join(cache, "folder-entry"), at(3), at(3));
    // Written long ago, marked used now.
    await markUsed(path.join(cache, "older"));
    await pruneEntries(cache, 2, (name) => name !== "other");
    assert.deepEqual((await readdir(cache)).sort(), ["busy.123.tmp", "new", "older", "other"]);
    await pruneEntries(path.join(dir, "missing"), 1);
  });
});
