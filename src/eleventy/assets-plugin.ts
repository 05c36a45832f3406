// Gives templates the content-hashed styles and scripts as `assets`: compiled (or taken from the
// asset cache) into the output folder, unless the caller compiled them already.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { type AssetManifest, buildAssets } from "../assets/assets.ts";

export interface AssetsPluginOptions {
  /** Assets compiled before or being compiled into the output folder: used as they are. */
  assets?: AssetManifest | Promise<AssetManifest>;
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
