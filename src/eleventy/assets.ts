// Compiles Sass and the browser bundles into content-hashed files, for templates to link.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { build } from "esbuild";

export interface AssetManifest {
  css: string;
  js: string;
  legacyJs: string;
  /** Loaded only when the citizen starts to search (issue 3). */
  searchJs: string;
  /** Loaded only on landing from a search result, to mark the matched words. */
  highlightJs: string;
}

function contentHash(contents: string | Uint8Array): string {
  return createHash("sha256").update(contents).digest("hex").slice(0, 10);
}

/** Writes `assets/<name>.<hash>.<ext>` under `outputDir` and returns its site path. */
async function writeHashed(
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

async function bundle(entryPoint: string, target: string, format: "esm" | "iife") {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    format,
    target,
    minify: true,
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${entryPoint}`);
  return output.contents;
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
export async function compileStyles(): Promise<string> {
  const command = nativeSass();
  if (command) {
    const args = ["--style=compressed", "--no-source-map", "--load-path=src", stylesheet];
    const { stdout } = await promisify(execFile)(command, args);
    return stdout.trimEnd();
  }
  const { compileAsync } = await import("sass-embedded");
  return (await compileAsync(stylesheet, { style: "compressed", loadPaths: ["src"] })).css;
}

/** Every browser bundle of the site: the main module, the legacy notice, and search's lazy parts. */
export function bundleScripts() {
  return Promise.all([
    bundle("src/browser/main.ts", "es2020", "esm"),
    // es5 makes esbuild reject any newer syntax: the legacy notice must parse in old browsers.
    bundle("src/browser/legacy.ts", "es5", "iife"),
    bundle("src/components/search/search-ui.ts", "es2020", "esm"),
    bundle("src/components/search/highlight.ts", "es2020", "esm"),
  ]);
}

export async function buildAssets(outputDir: string): Promise<AssetManifest> {
  const [css, [js, legacyJs, searchJs, highlightJs]] = await Promise.all([
    compileStyles(),
    bundleScripts(),
  ]);
  return {
    css: await writeHashed(outputDir, "site", "css", css),
    js: await writeHashed(outputDir, "site", "js", js),
    legacyJs: await writeHashed(outputDir, "legacy", "js", legacyJs),
    searchJs: await writeHashed(outputDir, "search", "js", searchJs),
    highlightJs: await writeHashed(outputDir, "highlight", "js", highlightJs),
  };
}

export interface AssetsPluginOptions {
  /** Assets compiled before, already in the output folder: used as they are. */
  assets?: AssetManifest;
  /** Hears of the assets compiled for this build. */
  onAssets?: (assets: AssetManifest) => void;
}

export function assetsPlugin(
  eleventyConfig: UserConfig,
  { assets, onAssets }: AssetsPluginOptions = {},
): void {
  eleventyConfig.addGlobalData("assets", async () => {
    if (assets) return assets;
    const { output } = eleventyConfig.directories as { output: string };
    const built = await buildAssets(output);
    onAssets?.(built);
    return built;
  });
}
