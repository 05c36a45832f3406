// Browser bundles made with esbuild, minified, in memory: the site's scripts (assets.ts) and the
// CMS's at /admin/, which `cachedBundle` keeps between builds checked by the files they were made of.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { diskCacheModule, inputsKey, pruneEntries, writeAtomic } from "../cache/disk-cache.mjs";

/** One browser bundle, minified, in memory, with the files it was made from. */
async function bundleWithInputs(entryPoint: string, target: string, format: "esm" | "iife") {
  // Loaded only when something is compiled: a build that finds its assets cached never needs it.
  // require, not import(): a command run from its V8 code cache (run-cached.mjs) has no dynamic
  // import callback for code compiled from that cache.
  const { build } = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
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

/** How many bundles `cachedBundle` keeps: the CMS's two, of a few recent versions. */
const keptBundles = 8;

/**
 * A bundle as `bundle` makes it, kept in `cacheRoot` with the files esbuild read for it (and the
 * lock file, which pins esbuild) and their key: while none of them changed, it is read from there
 * instead of loading esbuild and compiling again (the CMS's scripts at /admin/).
 */
export async function cachedBundle(
  entryPoint: string,
  target: string,
  format: "esm" | "iife",
  cacheRoot = defaultBundleCache,
): Promise<Uint8Array> {
  const options = [entryPoint, target, format];
  const record = path.join(cacheRoot, `${await inputsKey({ strings: options })}.json`);
  const kept = await readFile(record, "utf8").then(
    (text) => JSON.parse(text) as { inputs: string[]; key: string; contents: string },
    () => null,
  );
  if (kept && Array.isArray(kept.inputs)) {
    if ((await inputsKey({ strings: options, files: kept.inputs })) === kept.key) {
      return Buffer.from(kept.contents, "base64");
    }
  }
  const bundled = await bundleWithInputs(entryPoint, target, format);
  // Which files a bundle is made of is known once esbuild has read them: they are its inputs.
  const inputs = [...bundled.inputs, "package-lock.json", "src/assets/bundle.ts", diskCacheModule];
  const key = await inputsKey({ strings: options, files: inputs });
  const contents = Buffer.from(bundled.contents).toString("base64");
  await writeAtomic(record, JSON.stringify({ inputs, key, contents }));
  await pruneEntries(cacheRoot, keptBundles);
  return bundled.contents;
}
