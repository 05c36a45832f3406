// The editors' preview behind `npm start`, one long-lived process: builds once, then on a save
// re-reads and re-renders only the page the file belongs to, reloads the browser, and brings the
// search index up to date in the background. Serving and live reload are Eleventy's dev server
// (with the production headers), watching is chokidar; while the content has problems, every page
// is the Swedish error page that lists them.
import { existsSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import chokidar from "chokidar";
import { type AssetManifest, buildAssets } from "../assets/assets.ts";
import type { BuildConfig } from "../config/config.ts";
import { displayName } from "../content/content-files.ts";
import { formatProblem, type Problem } from "../content/problems.ts";
import { contentWarnings, warningsOfFiles } from "../editorial/content-warnings.ts";
import type { BuildOutcome } from "../pipeline/build-outcome.ts";
import { buildSite, PageRenderer, renderPages } from "../pipeline/build-site.ts";
import { headerRulesFor, headersFor, securityHeadersFor } from "../publishing/headers.ts";
import { swapInto } from "../publishing/swap.ts";
import { searchBundleFolder, searchRecords } from "../search/index/search-bundle.ts";
import { indexForSearch } from "../search/index/search-index.ts";
import { PreviewContent } from "./preview-content.ts";
import {
  injectWarningNotice,
  previewErrorPage,
  previewStylesheet,
  previewStylesheetPath,
} from "./preview-page.ts";
import { lowerSearchPriority } from "./search-priority.ts";

export interface PreviewOptions {
  config: BuildConfig;
  port: number;
  /** Templates, styles and code to watch besides the content folder. */
  watch?: string[];
  log?: (line: string) => void;
  /**
   * Called when the build's own TypeScript changed, which this process cannot load again: `npm
   * start` restarts the preview. Without it, the terminal asks for a restart.
   */
  onCodeChange?: (file: string) => void;
}

export interface Preview {
  url: string;
  close: () => Promise<void>;
}

/** What a changed file asks for, from the least to the most work. */
export type Change = "content" | "template" | "assets" | "code";

/** What a change to `file` asks the preview to do (paths outside the content are project paths). */
export function changeKind(file: string, content: Pick<PreviewContent, "contains">): Change {
  if (content.contains(file)) return "content";
  if (file.endsWith(".njk")) return "template";
  const relative = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join("/");
  // Styles and browser code: src/browser/ and the components' scripts are bundled, never run here.
  if (file.endsWith(".scss") || /^src\/(browser|components)\//.test(relative)) return "assets";
  if (relative.startsWith("src/static/")) return "template";
  return "code";
}

function isPage(urlPath: string): boolean {
  return urlPath.endsWith("/") || urlPath.endsWith(".html") || path.extname(urlPath) === "";
}

/** The dev server checks `startsWith(root)`: a sibling like dist.previous-1 would pass it. */
function insideRoot(root: string, pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const target = path.join(root, decoded);
  return target === root || target.startsWith(`${root}${path.sep}`);
}

/** The preview's one search bundle: its pages keep pointing at it while it is rebuilt. */
const searchBundle = { id: "preview" };

export async function startPreview({
  config: givenConfig,
  port,
  watch = ["src", "_includes", ".eleventy.ts"],
  log = (line) => console.log(line),
  onCodeChange,
}: PreviewOptions): Promise<Preview> {
  const config = { ...givenConfig, searchBundleId: searchBundle.id };
  const { site, outputDir } = config;
  const root = path.resolve(outputDir);
  const rules = headerRulesFor(site);
  const content = new PreviewContent(config.contentDir, site.staticPages, { today: config.today });
  let assets: AssetManifest | undefined;
  /** What the browser shows instead of the pages while the content or the build fails. */
  let problems: Array<Problem | string> = [];
  /** The warnings of the content file saved last: a notice at the top of every page. */
  let notices: Problem[] = [];

  const showOutcome = (outcome: BuildOutcome) => {
    if (outcome.ok) problems = [];
    else problems = "problems" in outcome ? outcome.problems : [outcome.error];
    if (problems.length > 0) {
      log(`Innehållet har ${problems.length} fel; webbläsaren visar dem tills de är rättade:`);
      for (const problem of problems)
        log(`  ${typeof problem === "string" ? problem : formatProblem(problem)}`);
    }
  };

  /** Renders a saved page with one Eleventy instance kept between saves. */
  const pageRenderer = new PageRenderer(config);
  /** Where the background search index is written before it is swapped in. */
  const searchStaging = `${outputDir}.search-${process.pid}`;
  /** The background search index being written, if any. */
  let searchRunning: Promise<void> | null = null;
  /** Tells whoever waits that the browser asked for a page (as it does after a reload). */
  let pageRequested = () => {};
  /**
   * Resolves when the browser asks for a page, or after `ms`: the search index waits for the
   * reload, which would otherwise share the processor with it (2 cores: browser, preview, Pagefind).
   */
  const nextPageRequest = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      pageRequested = () => {
        clearTimeout(timer);
        pageRequested = () => {};
        resolve();
      };
    });

  /** A whole build, swapped in (at start, and when pages come or go). */
  const buildAll = async () => {
    // Pagefind's Node API is one service per process, closed after each index: one at a time.
    await searchRunning;
    pageRenderer.reset();
    const loaded = await content.loadAll();
    const outcome = await buildSite(config, {
      content: loaded,
      onAssets: (built) => {
        assets = built;
      },
    });
    showOutcome(outcome);
    return outcome.ok;
  };

  // The background index must not slow down the render of the next save.
  await lowerSearchPriority(".cache/preview");
  log("Bygger webbplatsen …");
  const started = performance.now();
  await buildAll();
  if (problems.length === 0) log(`Webbplatsen är byggd (${seconds(started)}).`);
  // The first render of a single page compiles the templates: done now, not on the first save.
  // It writes the first page again, byte for byte, before anything is served.
  const first = content.current().pages[0];
  if (problems.length === 0 && assets && first) {
    await pageRenderer.render(content.current(), assets, [first]).catch(() => {});
  }

  const server = EleventyDevServer.getServer("fk-preview", outputDir, {
    port,
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
        if (url.pathname === previewStylesheetPath) {
          return {
            headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "no-store" },
            body: previewStylesheet,
          };
        }
        if (!isPage(url.pathname)) return undefined;
        pageRequested();
        if (problems.length === 0) {
          if (notices.length === 0 || !insideRoot(root, url.pathname)) return undefined;
          const page = path.join(
            root,
            url.pathname.endsWith("/") ? `${url.pathname}index.html` : url.pathname,
          );
          if (!existsSync(page)) return undefined;
          return {
            headers: {
              ...headersFor(url.pathname, rules),
              "Content-Type": "text/html; charset=utf-8",
              "Cache-Control": "no-store",
            },
            body: injectWarningNotice(readFileSync(page, "utf8"), notices),
          };
        }
        return {
          status: 500,
          headers: {
            ...headersFor(url.pathname, rules),
            "Content-Type": "text/html; charset=utf-8",
            "Cache-Control": "no-store",
          },
          body: previewErrorPage(problems),
        };
      },
    },
    middleware: [
      (request: IncomingMessage, response: ServerResponse, next: () => void) => {
        const { pathname } = new URL(request.url ?? "/", "http://localhost");
        if (!insideRoot(root, pathname)) {
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
  server.serve(port);
  await server.ready();
  const url = server.getServerUrl("localhost");
  const reload = () => server.reload({ files: [] });

  // Searching runs beside the renders, into its own folder, and is swapped in when done; a save
  // meanwhile asks for one more run with the newest content.
  let searchWanted = false;
  let closed = false;
  const updateSearch = () => {
    if (closed) return;
    searchWanted = true;
    if (searchRunning) return;
    searchRunning = (async () => {
      while (searchWanted && problems.length === 0) {
        searchWanted = false;
        const startedAt = performance.now();
        const staging = searchStaging;
        try {
          const loaded = content.current();
          const folder = await indexForSearch(staging, searchRecords(loaded), searchBundle);
          await swapInto(folder, path.join(outputDir, searchBundleFolder(searchBundle)));
          log(`Sökindexet är uppdaterat (${seconds(startedAt)}).`);
        } catch (error) {
          log(
            `Sökindexet kunde inte uppdateras: ${error instanceof Error ? error.message : error}`,
          );
        } finally {
          await rm(staging, { recursive: true, force: true });
        }
      }
    })().finally(() => {
      searchRunning = null;
    });
  };

  /** Brings the output up to date with the changed files; one run at a time. */
  let pending = new Set<string>();
  let running: Promise<void> | null = null;
  let renderAllLater = false;
  /** Whether the open page shows what the later render changes (its header lists every page). */
  let reloadAfterAll = false;
  const apply = async (files: string[]) => {
    const kinds = new Set(files.map((file) => changeKind(file, content)));
    const code = files.find((file) => changeKind(file, content) === "code");
    if (code && onCodeChange) return onCodeChange(code);
    if (code) {
      log(
        "Byggkoden har ändrats: starta om förhandsvisningen (Ctrl+C, npm start) för att använda den.",
      );
    }
    const startedAt = performance.now();
    const wasBroken = problems.length > 0;
    const update = await content.update(files.filter((file) => content.contains(file)));
    // Spelling is left out: loading the dictionary takes seconds (npm run report:content has it).
    // Question and page files only: an editor's temporary copy keeps the notice as it was.
    const saved = files
      .filter((file) => content.contains(file) && file.endsWith(".md"))
      .map((file) => displayName(file));
    if (saved.length > 0) {
      notices = warningsOfFiles(contentWarnings(update.content, { today: config.today }), saved);
    }
    showOutcome(
      update.content.problems.length > 0
        ? { ok: false, problems: update.content.problems }
        : { ok: true },
    );
    if (problems.length > 0) return reload();
    try {
      if (update.changed === "all" || !assets) {
        await buildAll();
        reload();
        if (problems.length === 0) log(`Webbplatsen är byggd om (${seconds(startedAt)}).`);
        return;
      }
      if (kinds.has("assets")) assets = await buildAssets(outputDir);
      if (kinds.has("assets") || kinds.has("template")) {
        pageRenderer.reset();
        await renderPages(config, update.content, assets);
        reload();
        log(`Alla sidor är uppdaterade (${seconds(startedAt)}).`);
      } else {
        if (update.changed.length > 0) {
          await pageRenderer.render(update.content, assets, update.changed);
          reload();
          const urls = update.changed.map((page) => page.url).join(", ");
          log(`${urls} är uppdaterad (${seconds(startedAt)}).`);
        }
        // Other pages show the page's title, sections and date, and pages saved while the
        // content had problems were not rendered: render them after the saved page.
        if (update.sharedChanged || wasBroken) renderAllLater = true;
        if (update.sharedChanged) reloadAfterAll = true;
      }
      if (kinds.has("content") || wasBroken) {
        log(
          "Sökindexet uppdateras i bakgrunden; sökningen kan visa det förra innehållet en stund.",
        );
        nextPageRequest(1000).then(updateSearch);
      }
    } catch (error) {
      showOutcome({ ok: false, error: error instanceof Error ? error.message : String(error) });
      reload();
    }
  };
  const run = async () => {
    while (pending.size > 0 || renderAllLater) {
      if (pending.size > 0) {
        const files = [...pending];
        pending = new Set();
        await apply(files);
        continue;
      }
      renderAllLater = false;
      if (problems.length > 0 || !assets) continue;
      const startedAt = performance.now();
      const failed = await renderPages(config, content.current(), assets).then(
        () => log(`Övriga sidor är uppdaterade (${seconds(startedAt)}).`),
        (error: Error) => {
          showOutcome({ ok: false, error: error.message });
          return true;
        },
      );
      // A second reload only when the open page changed again (or shows the error).
      if (reloadAfterAll || failed) reload();
      reloadAfterAll = false;
    }
  };

  let timer: NodeJS.Timeout | undefined;
  const watcher = chokidar.watch([config.contentDir, ...watch], { ignoreInitial: true });
  watcher.on("all", (_event, file) => {
    pending.add(file);
    clearTimeout(timer);
    // Saves come as bursts of events (write, rename, several files): take them together.
    timer = setTimeout(() => {
      log(`Ändrat: ${[...pending].join(", ")}`);
      running ??= run().finally(() => {
        running = null;
      });
    }, 20);
  });
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));

  return {
    url,
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
      // A background index of 10,000 questions takes a while: it is not waited for. Pagefind's
      // service stops with this process; its half-written folder goes now.
      searchWanted = false;
      await Promise.race([searchRunning, new Promise((resolve) => setTimeout(resolve, 1000))]);
      await rm(searchStaging, { recursive: true, force: true });
      await server.close();
    },
  };
}

function seconds(since: number): string {
  const ms = performance.now() - since;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
