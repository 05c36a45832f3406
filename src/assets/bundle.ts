// Browser bundles made with esbuild, minified, in memory: the site's scripts (assets.ts) and the
// CMS's at /admin/, which `cachedBundle` keeps between builds checked by the files they were made of.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

function sha256Hex(contents: string | Uint8Array): string {
  return createHash("sha256").update(contents).digest("hex");
}

/** One browser bundle, minified, in memory, with the files it was made from. */
async function bundleWithInputs(entryPoint: string, target: string, format: "esm" | "iife") {
  // Loaded only when something is compiled: a build that finds its assets cached never needs it.
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    format,
    target,
    minify: true,
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${entryPoint}`);
  return { contents: output.contents, inputs: Object.keys(result.metafile.inputs) };
}

/** One browser bundle, minified, in memory (the site's scripts). */
export async function bundle(entryPoint: string, target: string, format: "esm" | "iife") {
  return (await bundleWithInputs(entryPoint, target, format)).contents;
}

/** Where `cachedBundle` keeps bundles between builds (git-ignored). */
export const defaultBundleCache = ".cache/bundles";

/**
 * A bundle as `bundle` makes it, kept in `cacheRoot` with the hash of every file esbuild read for
 * it (and of the lock file, which pins esbuild): while none of them changed, it is read from there
 * instead of loading esbuild and compiling again (the CMS's scripts at /admin/).
 */
export async function cachedBundle(
  entryPoint: string,
  target: string,
  format: "esm" | "iife",
  cacheRoot = defaultBundleCache,
): Promise<Uint8Array> {
  const name = sha256Hex(`${entryPoint}\0${target}\0${format}`).slice(0, 16);
  const record = path.join(cacheRoot, `${name}.json`);
  const hashOf = async (file: string) => sha256Hex(await readFile(file).catch(() => ""));
  const kept = await readFile(record, "utf8").then(
    (text) => JSON.parse(text) as { inputs: Record<string, string>; contents: string },
    () => null,
  );
  if (kept) {
    const same = await Promise.all(
      Object.entries(kept.inputs).map(async ([file, hash]) => (await hashOf(file)) === hash),
    );
    if (same.every(Boolean)) return Buffer.from(kept.contents, "base64");
  }
  const { contents, inputs } = await bundleWithInputs(entryPoint, target, format);
  const hashes = Object.fromEntries(
    await Promise.all(
      [...inputs, "package-lock.json"].map(async (file) => [file, await hashOf(file)] as const),
    ),
  );
  await mkdir(cacheRoot, { recursive: true });
  // Written beside and renamed: a build running at the same time never reads half a record.
  const partial = `${record}.${process.pid}.tmp`;
  await writeFile(
    partial,
    JSON.stringify({ inputs: hashes, contents: Buffer.from(contents).toString("base64") }),
  );
  await rename(partial, record);
  return contents;
}
