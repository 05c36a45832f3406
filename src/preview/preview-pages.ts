// What the preview serves besides the built pages: the error page in place of every page while
// the content has problems, and the notice of the saved file's warnings at the top of each page.
// Both are the site's own templates (src/preview/*.njk with the site's layout and the
// preview-error and preview-notice components), styled by src/styles/preview.scss.
import { createRequire } from "node:module";
import { type AssetManifest, sassLoadPaths } from "../assets/assets.ts";
import { pruneTokens } from "../assets/prune-tokens.ts";
import type { SiteConfig } from "../config/config.ts";
import type { LoadedContent } from "../content/load-content.ts";
import type { Problem } from "../content/problems.ts";
import { TemplateRenderer } from "../pipeline/template-renderer.ts";
import { searchBundleFor } from "../search/index/search-bundle.ts";
import { type ErrorPageOptions, errorPageView, warningView } from "./error-page.ts";

/** Where the preview serves its own stylesheet; never part of the published site. */
export const previewStylesheetPath = "/__preview/preview.css";
const stylesheetSource = "src/styles/preview.scss";
const errorPageTemplate = "src/preview/error-page.njk";
const noticeTemplate = "src/preview/warning-notice.njk";

/** What the site's layout shows around the error page. */
export interface LayoutData {
  assets: AssetManifest;
  contact: LoadedContent["contact"];
  searchBundleId: string;
}

export class PreviewPages {
  readonly #templates: TemplateRenderer;
  #stylesheet = "";

  constructor(site: SiteConfig) {
    this.#templates = new TemplateRenderer(site);
  }

  /** The preview's stylesheet, as compiled last. */
  get stylesheet(): string {
    return this.#stylesheet;
  }

  /** Compiles the templates and the stylesheet (at start, and after they changed). */
  async prepare(): Promise<void> {
    this.#templates.reset();
    // require, not import(): npm start runs from a V8 code cache, which has no dynamic import
    // callback (see src/assets/bundle.ts).
    const { compileAsync } = createRequire(import.meta.url)(
      "sass-embedded",
    ) as typeof import("sass-embedded");
    const [styles] = await Promise.all([
      compileAsync(stylesheetSource, { style: "compressed", loadPaths: sassLoadPaths }),
      this.#templates.render(noticeTemplate, { data: { warnings: [] } }),
    ]);
    this.#stylesheet = pruneTokens(styles.css, stylesheetSource);
  }

  /** The page listing `problems`, inside the site's layout, with the preview's stylesheet. */
  async errorPage(
    problems: Array<Problem | string>,
    { assets, contact, searchBundleId }: LayoutData,
    options: ErrorPageOptions = {},
  ): Promise<string> {
    const searchBundle = searchBundleFor({ pages: [], synonyms: new Map() }, searchBundleId);
    const html = await this.#templates.render(errorPageTemplate, {
      data: errorPageView(problems, options),
      assets,
      contact,
      searchBundle,
    });
    return withPreviewStylesheet(html);
  }

  /** The notice of `warnings`, or "" when there are none. */
  async notice(warnings: Problem[]): Promise<string> {
    if (warnings.length === 0) return "";
    return this.#templates.render(noticeTemplate, {
      data: { warnings: warnings.map(warningView) },
    });
  }
}

function withPreviewStylesheet(html: string): string {
  return html.replace(
    "</head>",
    `  <link rel="stylesheet" href="${previewStylesheetPath}">\n</head>`,
  );
}

/** A built page with `notice` as the first thing in its body, and the preview's stylesheet. */
export function withNotice(html: string, notice: string): string {
  if (notice === "") return html;
  return withPreviewStylesheet(html).replace(/<body([^>]*)>/, `<body$1>\n${notice.trim()}`);
}
