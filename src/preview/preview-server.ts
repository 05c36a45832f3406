// The preview's server: Eleventy's dev server (live reload) over the output folder, with the
// production headers, the path guard of the site's static server, the error page in place of
// every page while the content has problems, and the warning notice on top of each page.
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import type { SiteConfig } from "../config/config.ts";
import { headerRulesFor, headersFor, securityHeadersFor } from "../publishing/headers.ts";
import { fileInside } from "../publishing/static-server.ts";
import { previewStylesheetPath, withNotice } from "./preview-pages.ts";

/** What the browser is shown besides the built pages. */
export interface Shown {
  /** The error page, in place of every page; null when the content is fine. */
  errorPage: string | null;
  /** The notice put at the top of every page; "" for none. */
  notice: string;
  /** The preview's own stylesheet. */
  stylesheet: string;
}

function isPage(urlPath: string): boolean {
  return urlPath.endsWith("/") || urlPath.endsWith(".html") || path.extname(urlPath) === "";
}

export class PreviewServer {
  readonly #root: string;
  readonly #server: ReturnType<typeof EleventyDevServer.getServer>;
  readonly #shown: Shown = { errorPage: null, notice: "", stylesheet: "" };
  #pageRequested = () => {};
  /** When the browser last asked for anything (a page, its styles, scripts, fonts). */
  #lastRequestAt = 0;

  constructor(outputDir: string, site: SiteConfig) {
    this.#root = path.resolve(outputDir);
    const rules = headerRulesFor(site);
    const html = (pathname: string) => ({
      ...headersFor(pathname, rules),
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
    });
    this.#server = EleventyDevServer.getServer("fk-preview", outputDir, {
      // Full reloads: the accordion's script sets up the page, which a DOM diff would bypass.
      domDiff: false,
      showVersion: false,
      messageOnStart: () => false,
      logger: {
        info: () => {},
        log: () => {},
        error: (...args: unknown[]) => console.error(...args),
      },
      // The production headers every response gets; Cache-Control differs by path (middleware).
      headers: securityHeadersFor(site),
      onRequest: {
        "/*": ({ url }: { url: URL }) => {
          this.#lastRequestAt = performance.now();
          const { errorPage, notice, stylesheet } = this.#shown;
          if (url.pathname === previewStylesheetPath) {
            const headers = {
              "Content-Type": "text/css; charset=utf-8",
              "Cache-Control": "no-store",
            };
            return { headers, body: stylesheet };
          }
          if (!isPage(url.pathname)) return undefined;
          this.#pageRequested();
          if (errorPage !== null)
            return { status: 500, headers: html(url.pathname), body: errorPage };
          const file = notice === "" ? null : fileInside(this.#root, url.pathname);
          if (!file || !existsSync(file)) return undefined;
          return {
            headers: html(url.pathname),
            body: withNotice(readFileSync(file, "utf8"), notice),
          };
        },
      },
      middleware: [
        (request: IncomingMessage, response: ServerResponse, next: () => void) => {
          this.#lastRequestAt = performance.now();
          const { pathname } = new URL(request.url ?? "/", "http://localhost");
          // The dev server checks `startsWith(root)`: a sibling like dist.previous-1 would pass.
          if (!fileInside(this.#root, pathname)) {
            response.statusCode = 404;
            response.end("Not found");
            return;
          }
          for (const [name, value] of Object.entries(headersFor(pathname, rules))) {
            response.setHeader(name, value);
          }
          next();
        },
      ],
    });
  }

  /** Starts serving; resolves with the address. */
  async listen(port: number): Promise<string> {
    this.#server.serve(port);
    await this.#server.ready();
    return this.#server.getServerUrl("localhost");
  }

  /** Changes what the browser is shown besides the built pages (the next reload shows it). */
  show(shown: Partial<Shown>): void {
    Object.assign(this.#shown, shown);
  }

  /** Tells the open pages to load again. */
  reload(): void {
    this.#server.reload({ files: [] });
  }

  /**
   * Resolves when the browser asks for a page (as it does after a reload), or after `ms`: the
   * search index waits for the reload, which would otherwise share the processor with it.
   */
  nextPageRequest(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.#pageRequested = () => {
        clearTimeout(timer);
        this.#pageRequested = () => {};
        resolve();
      };
    });
  }

  /**
   * Resolves once the browser has asked for a page (or after `ms`) and then for nothing more for
   * `quietMs` (at most `maxMs` after the page): the page's styles, scripts and fonts are read from
   * disk on the same threads the search index writes with, and would wait behind it.
   */
  async pageLoaded(ms: number, quietMs = 250, maxMs = 2000): Promise<void> {
    await this.nextPageRequest(ms);
    const deadline = performance.now() + maxMs;
    for (;;) {
      const quietFor = performance.now() - this.#lastRequestAt;
      const left = Math.min(quietMs - quietFor, deadline - performance.now());
      if (left <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, left));
    }
  }

  close(): Promise<void> {
    return this.#server.close();
  }
}
