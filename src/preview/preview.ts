// The editors' preview behind `npm start`, one long-lived process put together from its parts:
// the server (preview-server.ts), the change queue fed by chokidar (change-queue.ts), the site
// updater that re-renders what a save touched (site-updater.ts), and the background search
// indexer (search-indexer.ts). A save flows one way: watcher → queue → updater → server's reload.
import chokidar from "chokidar";
import type { BuildConfig } from "../config/config.ts";
import { ChangeQueue } from "./change-queue.ts";
import { elapsed } from "./elapsed.ts";
import { withSecondLook } from "./files-settled.ts";
import { PreviewContent } from "./preview-content.ts";
import { PreviewPages } from "./preview-pages.ts";
import { PreviewServer } from "./preview-server.ts";
import { SearchIndexer } from "./search-indexer.ts";
import { lowerSearchPriority } from "./search-priority.ts";
import { SiteUpdater } from "./site-updater.ts";

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
  /** Stops watching, waits for the save being handled, stops the search index, stops serving. */
  close: () => Promise<void>;
}

/** The preview's one search bundle, /pagefind/preview/: its pages keep pointing at it. */
const searchBundleId = "preview";

export async function startPreview({
  config: givenConfig,
  port,
  watch = ["src", "_includes", ".eleventy.ts"],
  log = (line) => console.log(line),
  onCodeChange,
}: PreviewOptions): Promise<Preview> {
  const config = { ...givenConfig, searchBundleId };
  const { site, outputDir } = config;
  const content = new PreviewContent(config.contentDir, site.staticPages, { today: config.today });
  const pages = new PreviewPages(site);
  const server = new PreviewServer(outputDir, site);
  const indexer = new SearchIndexer({
    outputDir,
    bundleId: searchBundleId,
    lang: config.site.lang,
    log,
  });
  const updater = new SiteUpdater({ config, content, pages, server, indexer, log, onCodeChange });

  // The background index must not slow down the render of the next save.
  await lowerSearchPriority(".cache/preview");
  await pages.prepare();
  server.show({ stylesheet: pages.stylesheet });
  log("Bygger webbplatsen …");
  const started = performance.now();
  if (await updater.buildAll()) log(`Webbplatsen är byggd (${elapsed(started)}).`);
  const url = await server.listen(port);

  const queue = new ChangeQueue(updater, log);
  const watcher = chokidar.watch([config.contentDir, ...watch], {
    ignoreInitial: true,
    // No waiting for a file to stand still (chokidar's awaitWriteFinish): that would delay every
    // save. A save in two steps is caught where it would show, as a problem (site-updater.ts),
    // and its second step is looked for even when chokidar drops it (withSecondLook).
  });
  const changed = withSecondLook((file) => queue.add(file));
  watcher.on("all", (_event, file) => changed(file));
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));

  return {
    url,
    close: async () => {
      await watcher.close();
      await queue.close();
      await indexer.close();
      await server.close();
    },
  };
}
