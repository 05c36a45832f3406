// Renders single FAQ pages into the output folder in place, again and again with one Eleventy
// instance: the preview's step after a save.
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { AssetManifest } from "../assets/assets.ts";
import type { BuildConfig } from "../config/config.ts";
import type { LoadedContent } from "../content/load-content.ts";
import type { FaqPage } from "../content/schema.ts";
import { eleventySetup, pagesDir } from "../eleventy/setup.ts";

/** The template that renders one HTML page per FAQ page (paginated over `faqPages`). */
const faqTemplate = path.join(pagesDir, "faq.njk");

/**
 * Only faq.njk is read, and its pagination is narrowed to the saved pages (through `faqPages`, which stays whole for the pages that list them all).
 * Restarting the instance, as Eleventy's own watch mode does, reads the data anew and keeps the
 * compiled templates: about a third faster than a new instance. After a change to templates or
 * assets, `reset` starts over.
 */
export class PageRenderer {
  readonly #config: BuildConfig;
  #eleventy: Eleventy | null = null;
  #content: LoadedContent | null = null;
  #slugs = new Set<string>();

  constructor(config: BuildConfig) {
    this.#config = config;
  }

  /** Forgets the compiled templates and the assets. */
  reset(): void {
    this.#eleventy = null;
  }

  async render(content: LoadedContent, assets: AssetManifest, pages: FaqPage[]): Promise<void> {
    this.#content = content;
    this.#slugs = new Set(pages.map((page) => page.slug));
    if (this.#eleventy) {
      await this.#eleventy.restart();
      await this.#eleventy.init();
    } else {
      const setup = eleventySetup(
        this.#config,
        async () => this.#content as LoadedContent,
        { assets },
        { pagesOnly: true },
      );
      this.#eleventy = new Eleventy(faqTemplate, this.#config.outputDir, {
        configPath: false as unknown as string,
        config: (eleventyConfig: UserConfig) => {
          setup(eleventyConfig);
          eleventyConfig.setQuietMode(true);
          // Deep-merged into faq.njk's pagination: paginate over the saved pages only.
          eleventyConfig.addGlobalData("pagination", {
            before: (all: FaqPage[]) => all.filter((page) => this.#slugs.has(page.slug)),
          });
        },
        quietMode: true,
      });
    }
    await this.#eleventy.write();
  }
}
