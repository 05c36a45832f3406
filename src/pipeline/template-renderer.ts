// Renders a template of the site's own (its layout from _includes/layouts, its components, its
// filters) in memory through Eleventy's render manager, for pages that are served but never
// published: the preview's error page and warning notice. Each template is compiled once, so a
// render takes a fraction of a millisecond, not an Eleventy run.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { RenderPlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteConfig } from "../config/config.ts";
import { parseFrontMatter } from "../content/front-matter.ts";
import { filtersPlugin } from "../eleventy/filters.ts";

/** The folder of the site's layouts and partials, as the build's Eleventy configuration has it. */
const includesDir = "_includes";

type Compiled = (data: Record<string, unknown>) => Promise<string>;

interface RenderManagerApi {
  config(callback: (eleventyConfig: UserConfig) => void): void;
  compile(source: string, language: string): Promise<unknown>;
  render(template: unknown, edgeData: object, data: Record<string, unknown>): Promise<string>;
}

const { RenderManager } = RenderPlugin as unknown as { RenderManager: new () => RenderManagerApi };

interface Template {
  render: Compiled;
  /** The front matter: the page's title, description, layout and address. */
  data: Record<string, unknown>;
}

export class TemplateRenderer {
  readonly #site: SiteConfig;
  #manager: RenderManagerApi;
  #templates = new Map<string, Promise<Template>>();

  constructor(site: SiteConfig) {
    this.#site = site;
    this.#manager = this.#createManager();
  }

  /** Forgets the compiled templates: after a change to templates or components. */
  reset(): void {
    this.#manager = this.#createManager();
    this.#templates.clear();
  }

  /**
   * The HTML of `file` (a Nunjucks file with optional front matter) with `data`, inside the layout
   * its front matter names; `page.url` is its permalink, as Eleventy would give it.
   */
  async render(file: string, data: Record<string, unknown>): Promise<string> {
    const template = await this.#template(file);
    const context = {
      site: this.#site,
      ...template.data,
      page: { url: template.data.permalink },
      ...data,
    };
    const content = await template.render(context);
    const layout = template.data.layout;
    if (typeof layout !== "string") return content;
    const outer = await this.#template(path.join(includesDir, layout));
    return outer.render({ ...context, content });
  }

  #template(file: string): Promise<Template> {
    let template = this.#templates.get(file);
    if (!template) {
      template = this.#compile(file);
      this.#templates.set(file, template);
    }
    return template;
  }

  async #compile(file: string): Promise<Template> {
    const source = await readFile(file, "utf8");
    const parsed = source.startsWith("---")
      ? parseFrontMatter(file, source)
      : { data: {}, body: source, problems: [] };
    if (parsed.problems.length > 0) {
      throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join(" ")}`);
    }
    const manager = this.#manager;
    const compiled = await manager.compile(parsed.body, "njk");
    return {
      data: (parsed.data ?? {}) as Record<string, unknown>,
      render: (data) => manager.render(compiled, {}, data),
    };
  }

  #createManager(): RenderManagerApi {
    const manager = new RenderManager();
    manager.config((eleventyConfig) => {
      eleventyConfig.setIncludesDirectory(includesDir);
      eleventyConfig.addPlugin(filtersPlugin, { site: this.#site });
    });
    return manager;
  }
}
