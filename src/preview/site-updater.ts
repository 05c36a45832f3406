// Brings the preview's output up to date with changed files, one batch at a time (the change
// queue's handler): a saved question re-reads its page folder, warns on the saved files alone,
// re-renders that page and reloads the browser; templates and styles re-render every page; pages
// coming or going rebuild the site. Problems replace every page with the error page.
import { type AssetManifest, buildAssets } from "../assets/assets.ts";
import type { BuildConfig } from "../config/config.ts";
import { displayName } from "../content/content-files.ts";
import { formatProblem, type Problem } from "../content/problems.ts";
import { warningsOfSavedFiles } from "../editorial/content-warnings.ts";
import type { BuildOutcome } from "../pipeline/build-outcome.ts";
import { buildSite, renderPages } from "../pipeline/build-site.ts";
import { PageRenderer } from "../pipeline/page-renderer.ts";
import { type Change, changeKind } from "./change-kind.ts";
import type { ChangeHandler } from "./change-queue.ts";
import { elapsed } from "./elapsed.ts";
import { fileSignatures, filesSettled } from "./files-settled.ts";
import type { ContentUpdate, PreviewContent } from "./preview-content.ts";
import type { PreviewPages } from "./preview-pages.ts";
import type { PreviewServer } from "./preview-server.ts";
import type { SearchIndexer } from "./search-indexer.ts";

export interface SiteUpdaterParts {
  config: BuildConfig & { searchBundleId: string };
  content: PreviewContent;
  pages: PreviewPages;
  server: PreviewServer;
  indexer: SearchIndexer;
  log: (line: string) => void;
  /** Told of a change to the build's own code, which this process cannot load again. */
  onCodeChange?: (file: string) => void;
}

export class SiteUpdater implements ChangeHandler {
  readonly #parts: SiteUpdaterParts;
  /** Renders saved pages with one Eleventy instance kept between saves. */
  readonly #renderer: PageRenderer;
  #assets: AssetManifest | undefined;
  /** What the browser shows instead of the pages while the content or the build fails. */
  #problems: Array<Problem | string> = [];
  /** Other pages to render once no save waits, and whether the open page shows that change. */
  #renderAllLater = false;
  /** Pages saved while the content had problems, so not rendered: rendered once it has none. */
  #unrendered = new Set<string>();
  /** Whether pages came or went while the content had problems (then every page is rendered). */
  #allUnrendered = false;
  #reloadAfterAll = false;

  constructor(parts: SiteUpdaterParts) {
    this.#parts = parts;
    this.#renderer = new PageRenderer(parts.config);
  }

  /** A whole build, swapped in (at start, and when pages come or go); true when it succeeded. */
  async buildAll(): Promise<boolean> {
    const { config, content, indexer } = this.#parts;
    this.#renderer.reset();
    this.#unrendered.clear();
    this.#allUnrendered = false;
    // Pagefind's Node API is one service per process: no background index beside the build's.
    const outcome = await indexer.whileHeld(async () =>
      buildSite(config, {
        content: await content.loadAll(),
        onAssets: (built) => {
          this.#assets = built;
        },
      }),
    );
    await this.#show(outcome);
    if (!outcome.ok || !this.#assets) return false;
    // The first render of a single page compiles the templates: done now, not on the first save.
    const first = content.current().pages[0];
    if (first)
      await this.#renderer.render(content.current(), this.#assets, [first]).catch(() => {});
    return true;
  }

  async apply(files: string[]): Promise<void> {
    const { config, content, pages, server, log, onCodeChange } = this.#parts;
    const kinds = new Set<Change>(files.map((file) => changeKind(file, content)));
    const code = files.find((file) => changeKind(file, content) === "code");
    if (code && onCodeChange) return onCodeChange(code);
    if (code)
      log(
        "Byggkoden har ändrats: starta om förhandsvisningen (Ctrl+C, npm start) för att använda den.",
      );
    const startedAt = performance.now();
    const wasBroken = this.#problems.length > 0;
    const inContent = files.filter((file) => content.contains(file));
    // Question and page files only: an editor's temporary copy keeps the notice as it was.
    const saved = inContent.filter((file) => file.endsWith(".md"));
    const savedNames = new Set(saved.map(displayName));
    const before = fileSignatures(saved);
    let update = await content.update(inContent);
    // A save in two steps, read between them, looks broken: the saved files' problems are shown
    // only once those files have stood still, and read again if they changed meanwhile. A good
    // save is shown at once, without waiting.
    const savedBroken = update.content.problems.some((problem) => savedNames.has(problem.file));
    if (savedBroken && (await filesSettled(saved, before))) {
      const first = update;
      const again = await content.update(inContent);
      update = {
        ...again,
        changed: first.changed === "all" ? "all" : again.changed,
        sharedChanged: first.sharedChanged || again.sharedChanged,
      };
    }
    // Spelling is left out: loading the dictionary takes seconds (npm run report:content has it).
    if (saved.length > 0) {
      const warnings = warningsOfSavedFiles(update.content, savedNames, {
        today: config.today,
      });
      server.show({ notice: await pages.notice(warnings) });
    }
    if (kinds.has("template") || kinds.has("assets")) {
      await pages.prepare();
      server.show({ stylesheet: pages.stylesheet });
    }
    const { problems } = update.content;
    await this.#show(problems.length > 0 ? { ok: false, problems } : { ok: true });
    if (problems.length > 0) {
      this.#notRendered(update);
      return server.reload();
    }
    try {
      if (update.changed === "all" || !this.#assets) {
        const built = await this.buildAll();
        server.reload();
        if (built) log(`Webbplatsen är byggd om (${elapsed(startedAt)}).`);
        return;
      }
      if (kinds.has("assets")) this.#assets = await buildAssets(config.outputDir);
      if (kinds.has("assets") || kinds.has("template")) {
        this.#renderer.reset();
        await renderPages(config, update.content, this.#assets);
        this.#unrendered.clear();
        this.#allUnrendered = false;
        server.reload();
        log(`Alla sidor är uppdaterade (${elapsed(startedAt)}).`);
      } else {
        // With the pages saved while the content had problems.
        const slugs = new Set([...this.#unrendered, ...update.changed.map((page) => page.slug)]);
        const changed = update.content.pages.filter((page) => slugs.has(page.slug));
        this.#unrendered.clear();
        if (changed.length > 0) {
          await this.#renderer.render(update.content, this.#assets, changed);
          server.reload();
          const urls = changed.map((page) => page.url).join(", ");
          log(`${urls} är uppdaterad (${elapsed(startedAt)}).`);
        }
        // Other pages show the page's title, sections and date: render them after the saved page.
        if (update.sharedChanged || this.#allUnrendered) this.#renderAllLater = true;
        this.#allUnrendered = false;
        if (update.sharedChanged) this.#reloadAfterAll = true;
      }
      if (kinds.has("content") || wasBroken) {
        log(
          "Sökindexet uppdateras i bakgrunden; sökningen kan visa det förra innehållet en stund.",
        );
        const { indexer } = this.#parts;
        const current = () => (this.#problems.length > 0 ? null : content.current());
        void server.pageLoaded(1000).then(() => indexer.update(current));
      }
    } catch (error) {
      this.#notRendered(update);
      await this.#show({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
      server.reload();
    }
  }

  /** The other pages, after a save that changed what they show of it. */
  async afterwards(): Promise<boolean> {
    if (!this.#renderAllLater) return false;
    this.#renderAllLater = false;
    if (this.#problems.length > 0 || !this.#assets) return true;
    const startedAt = performance.now();
    const { config, content, server, log } = this.#parts;
    const failed = await renderPages(config, content.current(), this.#assets).then(
      () => log(`Övriga sidor är uppdaterade (${elapsed(startedAt)}).`),
      async (error: Error) => {
        await this.#show({ ok: false, error: error.message });
        return true;
      },
    );
    // A second reload only when the open page changed again (or shows the error).
    if (this.#reloadAfterAll || failed) server.reload();
    this.#reloadAfterAll = false;
    return true;
  }

  /** Remembers what a save changed that could not be rendered (the content had problems). */
  #notRendered(update: ContentUpdate): void {
    if (update.changed === "all" || update.sharedChanged) this.#allUnrendered = true;
    if (update.changed !== "all")
      for (const page of update.changed) this.#unrendered.add(page.slug);
  }

  /** Logs the problems, and shows them in the browser in place of the pages until fixed. */
  async #show(outcome: BuildOutcome): Promise<void> {
    const { config, content, pages, server, log } = this.#parts;
    this.#problems = outcome.ok ? [] : "problems" in outcome ? outcome.problems : [outcome.error];
    if (this.#problems.length === 0) return server.show({ errorPage: null });
    log(`Innehållet har ${this.#problems.length} fel; webbläsaren visar dem tills de är rättade:`);
    for (const problem of this.#problems) {
      log(`  ${typeof problem === "string" ? problem : formatProblem(problem)}`);
    }
    // The layout needs the site's assets, also when the first build already failed.
    this.#assets ??= await buildAssets(config.outputDir);
    const layout = {
      assets: this.#assets,
      contact: content.current().contact,
      searchBundleId: config.searchBundleId,
    };
    server.show({ errorPage: await pages.errorPage(this.#problems, layout) });
  }
}
