// The one way the build's disk caches (.cache/: parsed content, assets, bundles, compressed copies,
// compiled commands) name, write and forget their entries. Plain JavaScript with its types in
// disk-cache.d.mts, because scripts/run-cached.mjs uses it before any TypeScript can be loaded.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";

/** This file: every cache is made with it, so it is one of every cache's inputs. */
export const diskCacheModule = "src/cache/disk-cache.mjs";

/**
 * A key naming what an entry was made from: the declared strings (versions, options, bytes) and
 * the path and bytes of each declared file, in the order given. A missing file counts as empty,
 * so deleting an input changes the key as editing it does.
 */
export async function inputsKey({ strings = [], files = [] }) {
  const contents = await Promise.all(files.map((file) => readFile(file).catch(() => "")));
  return keyOf(strings, files, contents);
}

/**
 * `inputsKey`, the same key, reading the files one after the other without leaving the thread:
 * for a process that has nothing else to do meanwhile (scripts/run-cached.mjs before it runs its
 * command), where the 140 files' trips through libuv's pool took twice as long (30 ms, not 15).
 */
export function inputsKeySync({ strings = [], files = [] }) {
  const contents = files.map((file) => {
    try {
      return readFileSync(file);
    } catch {
      return "";
    }
  });
  return keyOf(strings, files, contents);
}

/** The key of the declared strings and of each file's path and bytes (or "" when missing). */
function keyOf(strings, files, contents) {
  const hash = createHash("sha256");
  for (const part of strings) hash.update(part).update("\0");
  files.forEach((file, i) => {
    hash.update("\0file\0").update(file).update("\0").update(contents[i]);
  });
  return hash.digest("hex").slice(0, 16);
}

/** Every file under `folders` (recursively) whose name ends with one of `extensions`, sorted. */
export function filesUnder(folders, extensions = [""]) {
  const files = [];
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext))) {
        files.push(path.join(entry.parentPath, entry.name));
      }
    }
  }
  return files.sort();
}

/** Where `file` is written before it is renamed into place; the name ends with `.tmp`. */
function partialOf(file) {
  return `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
}

/**
 * Writes `file` beside and renames it into place, so that a build running at the same time reads
 * the whole entry or none.
 */
export async function writeAtomic(file, contents) {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = partialOf(file);
  try {
    await writeFile(partial, contents);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * `writeAtomic` for a process that is exiting, where nothing asynchronous runs any more, or for
 * bytes that should be garbage as soon as they are written.
 */
export function writeAtomicSync(file, contents) {
  const partial = partialOf(file);
  try {
    writeFileSync(partial, contents);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Keeps the `keep` entries (files or folders) of `dir` that `belongs` accepts and that were
 * written or marked used (`markUsed`) last, and removes the others: caches of earlier inputs are
 * not read again. Entries still being written (`.tmp`) are left alone.
 */
export async function pruneEntries(dir, keep, belongs = () => true) {
  const names = await readdir(dir).catch(() => []);
  const entries = await Promise.all(
    names
      .filter((name) => !name.endsWith(".tmp") && belongs(name))
      .map(async (name) => {
        const stats = await stat(path.join(dir, name)).catch(() => null);
        return { name, used: stats?.mtimeMs ?? 0 };
      }),
  );
  entries.sort((a, b) => b.used - a.used || a.name.localeCompare(b.name));
  await Promise.all(
    entries
      .slice(keep)
      .map(({ name }) => rm(path.join(dir, name), { recursive: true, force: true })),
  );
}

/** Marks an entry as used now, so that pruning keeps it although it was written long ago. */
export async function markUsed(entry) {
  const now = new Date();
  await utimes(entry, now, now).catch(() => {});
}
