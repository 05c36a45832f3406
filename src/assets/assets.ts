// Compiles Sass and the browser bundles into content-hashed files, for templates to link. The
// compiled files are kept in .cache/assets/ under a hash of their inputs, so a build whose styles
// and browser code did not change copies them instead of running Sass and esbuild again.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import {
  diskCacheModule,
  filesUnder,
  inputsKey,
  markUsed,
  pruneEntries,
  writeAtomic,
} from "../cache/disk-cache.mjs";
import { bundle } from "./bundle.ts";
import { pruneTokens } from "./prune-tokens.ts";

export interface AssetManifest {
  css: string;
  js: string;
  legacyJs: string;
  /** Loaded only when the citizen starts to search (issue 3). */
  searchJs: string;
  /** Loaded only on landing from a search result, to mark the matched words. */
  highlightJs: string;
  /** Loaded only when the citizen reaches a feedback form (issue 17). */
  feedbackJs: string;
}

function contentHash(contents: string | Uint8Array): string {
  return createHash("sha256").update(contents).digest("hex").slice(0, 10);
}

/** Writes `assets/<name>.<hash>.<ext>` under `outputDir` and returns its site path. */
export async function writeHashed(
  outputDir: string,
  name: string,
  ext: string,
  contents: string | Uint8Array,
) {
  const file = `assets/${name}.${contentHash(contents)}.${ext}`;
  await mkdir(path.join(outputDir, "assets"), { recursive: true });
  await writeFile(path.join(outputDir, file), contents);
  return `/${file}`;
}

const stylesheet = "src/styles/main.scss";

/** Dart Sass's native command, shipped in sass-embedded's package for this platform, if any. */
function nativeSass(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return require.resolve(`sass-embedded-${process.platform}-${process.arch}/dart-sass/sass`);
  } catch {
    return null;
  }
}

/**
 * The site's stylesheet, compiled and compressed. The native command runs beside the build in
 * 0.07 s; loading sass-embedded's JavaScript API alone takes 0.3 s, so it is only the fallback.
 */
export async function compileStyles(entry = stylesheet): Promise<string> {
  return pruneTokens(await compileSass(entry), entry);
}

/** node_modules is a load path for FKUI's Sass (`@use "@fkui/theme-default/..."`). */
export const sassLoadPaths = ["src", "node_modules"];

async function compileSass(entry: string): Promise<string> {
  const command = nativeSass();
  if (command) {
    const args = [
      "--style=compressed",
      "--no-source-map",
      ...sassLoadPaths.map((dir) => `--load-path=${dir}`),
      entry,
    ];
    const { stdout } = await promisify(execFile)(command, args);
    return stdout.trimEnd();
  }
  // require, not import(): see bundle.ts.
  const { compileAsync } = createRequire(import.meta.url)(
    "sass-embedded",
  ) as typeof import("sass-embedded");
  return (await compileAsync(entry, { style: "compressed", loadPaths: sassLoadPaths })).css;
}

/** Every browser bundle of the site: the main module, the legacy notice, and the lazy parts of search and feedback. */
export function bundleScripts() {
  return Promise.all([
    bundle("src/browser/main.ts", "es2020", "esm"),
    // es5 makes esbuild reject any newer syntax: the legacy notice must parse in old browsers.
    bundle("src/browser/legacy.ts", "es5", "iife"),
    bundle("src/components/search/search-ui.ts", "es2020", "esm"),
    bundle("src/components/search/highlight.ts", "es2020", "esm"),
    bundle("src/components/feedback/feedback-form.ts", "es2020", "esm"),
  ]);
}

async function compileAssets(outputDir: string): Promise<AssetManifest> {
  const [css, [js, legacyJs, searchJs, highlightJs, feedbackJs]] = await Promise.all([
    compileStyles(),
    bundleScripts(),
  ]);
  return {
    css: await writeHashed(outputDir, "site", "css", css),
    js: await writeHashed(outputDir, "site", "js", js),
    legacyJs: await writeHashed(outputDir, "legacy", "js", legacyJs),
    searchJs: await writeHashed(outputDir, "search", "js", searchJs),
    highlightJs: await writeHashed(outputDir, "highlight", "js", highlightJs),
    feedbackJs: await writeHashed(outputDir, "feedback", "js", feedbackJs),
  };
}

/**
 * What the assets are made from: styles and browser code (which imports nothing outside these
 * folders: browser code never imports build code); the tools' versions are in the lock file.
 */
// Every folder browser code imports from: a folder left out here lets a build reuse scripts
// compiled from its earlier files (issue 26: src/search/query/ and src/consent/ were).
const assetInputs = [
  "src/styles",
  "src/components",
  "src/browser",
  "src/consent",
  "src/search/query",
  "src/shared",
];
/** Where compiled assets are kept between builds (git-ignored). */
export const defaultAssetCache = ".cache/assets";

/** How many compiled asset sets are kept: the current one and a few earlier (another branch). */
const keptAssetSets = 4;

/** A key of every input file's path and bytes, and of this file's way of compiling them. */
function assetInputsKey(): Promise<string> {
  const files = [
    "package-lock.json",
    "src/assets/assets.ts",
    "src/assets/bundle.ts",
    "src/assets/prune-tokens.ts",
    diskCacheModule,
    ...filesUnder(assetInputs),
  ];
  return inputsKey({ files });
}

/** Assets compiled before from the same inputs, copied into `outputDir`, or null. */
async function cachedAssets(cacheDir: string, outputDir: string): Promise<AssetManifest | null> {
  const manifest = await readFile(path.join(cacheDir, "manifest.json"), "utf8").catch(() => null);
  if (manifest === null) return null;
  const assets = JSON.parse(manifest) as AssetManifest;
  await mkdir(path.join(outputDir, "assets"), { recursive: true });
  try {
    await Promise.all(
      Object.values(assets).map((file) =>
        copyFile(path.join(cacheDir, file), path.join(outputDir, file)),
      ),
    );
    await markUsed(cacheDir);
    return assets;
  } catch {
    // Incomplete (removed meanwhile by another build's pruning): compile, and cache anew.
    return null;
  }
}

/**
 * Keeps compiled assets for the next build. Each file is written atomically and the manifest
 * last, so a build reading at the same time finds every file the manifest names; two builds of
 * the same inputs write the same bytes.
 */
async function cacheAssets(cacheDir: string, outputDir: string, assets: AssetManifest) {
  for (const file of Object.values(assets)) {
    await writeAtomic(path.join(cacheDir, file), await readFile(path.join(outputDir, file)));
  }
  await writeAtomic(path.join(cacheDir, "manifest.json"), JSON.stringify(assets));
  await pruneEntries(path.dirname(cacheDir), keptAssetSets);
}

/** The site's assets in `outputDir/assets/`: from the cache when their inputs did not change. */
export async function buildAssets(
  outputDir: string,
  cacheRoot = defaultAssetCache,
): Promise<AssetManifest> {
  const cacheDir = path.join(cacheRoot, await assetInputsKey());
  const cached = await cachedAssets(cacheDir, outputDir);
  if (cached) return cached;
  const assets = await compileAssets(outputDir);
  await cacheAssets(cacheDir, outputDir, assets);
  return assets;
}
