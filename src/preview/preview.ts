// The editors' preview behind `npm start`: serves the built site, rebuilds when content, templates
// or code change, reloads the browser, and shows the problems instead of a stale page.
import { spawn } from "node:child_process";
import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { build } from "esbuild";
import type { SiteConfig } from "../config/config.ts";
import { warningsOfFile } from "../content/content-check.ts";
import { displayName } from "../content/content-files.ts";
import { todayInSweden } from "../content/content-warnings.ts";
import type { Problem } from "../content/problems.ts";
import type { BuildOutcome } from "../publishing/build-outcome.ts";
import { headerRulesFor, headersFor } from "../publishing/headers.ts";
import { startStaticServer } from "../publishing/static-server.ts";
import {
  eventsPath,
  injectReloadScript,
  injectWarningNotice,
  previewErrorPage,
  previewStylesheet,
  previewStylesheetPath,
  reloadScriptPath,
} from "./preview-page.ts";
import { watchTree } from "./watch-tree.ts";

export interface PreviewOptions {
  site: SiteConfig;
  contentDir: string;
  outputDir: string;
  port: number;
  /** Folders and files whose changes trigger a rebuild, besides the content folder. */
  watch?: string[];
  log?: (line: string) => void;
}

export interface Preview {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

interface BuildResult {
  ok: boolean;
  /** What to show the editor when the build failed: each problem (as data), or the error. */
  problems: Array<Problem | string>;
}

function resultOf(outcome: BuildOutcome | undefined, code: number | null): BuildResult {
  if (outcome?.ok && code === 0) return { ok: true, problems: [] };
  if (outcome && !outcome.ok) {
    return {
      ok: false,
      problems: "problems" in outcome ? outcome.problems : [outcome.error],
    };
  }
  return { ok: false, problems: [`Bygget avslutades utan resultat (kod ${code}); se terminalen.`] };
}

/**
 * Runs scripts/build.ts in a child process, so every rebuild uses the code as it is on disk; the
 * child sends its outcome over IPC as data. Its output goes to this terminal.
 */
function runBuild(contentDir: string, outputDir: string): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      env: { ...process.env, CONTENT_DIR: contentDir, OUTPUT_DIR: outputDir },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let outcome: BuildOutcome | undefined;
    child.on("message", (message) => {
      outcome = message as BuildOutcome;
    });
    child.on("close", (code) => resolve(resultOf(outcome, code)));
  });
}

async function bundleReloadScript(): Promise<string> {
  const result = await build({
    entryPoints: ["src/browser/preview-reload.ts"],
    bundle: true,
    format: "esm",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

function isPage(urlPath: string): boolean {
  return urlPath.endsWith("/") || urlPath.endsWith(".html") || path.extname(urlPath) === "";
}

export async function startPreview({
  site,
  contentDir,
  outputDir,
  port,
  watch: watched = ["src", "_includes", ".eleventy.ts"],
  log = (line) => console.log(line),
}: PreviewOptions): Promise<Preview> {
  const clients = new Set<ServerResponse>();
  const reloadScript = await bundleReloadScript();
  let last: BuildResult = { ok: true, problems: [] };
  let running: Promise<void> | null = null;
  let again = false;

  const report = (result: BuildResult) => {
    if (result.ok) log("Förhandsvisningen är uppdaterad.");
    else
      log(
        `Innehållet har ${result.problems.length} fel (se ovan); webbläsaren visar dem tills de är rättade.`,
      );
  };
  // The warnings of the content file the editor saved last, shown as a notice on every page.
  let edited: string | null = null;
  let notices: Problem[] = [];
  const editedWarnings = () =>
    edited
      ? warningsOfFile(contentDir, edited, {
          staticPages: site.staticPages,
          today: todayInSweden(),
        }).catch(() => [])
      : Promise.resolve([]);
  const rebuild = async () => {
    do {
      again = false;
      [last, notices] = await Promise.all([runBuild(contentDir, outputDir), editedWarnings()]);
    } while (again);
    report(last);
    for (const client of clients) client.write("event: reload\ndata: {}\n\n");
  };
  const scheduleRebuild = () => {
    if (running) {
      again = true;
      return;
    }
    running = rebuild().finally(() => {
      running = null;
    });
  };

  let timer: NodeJS.Timeout | undefined;
  const onChange = (changed: string) => {
    const inContent = path.relative(contentDir, changed);
    if (!inContent.startsWith("..") && changed.endsWith(".md")) edited = displayName(changed);
    clearTimeout(timer);
    timer = setTimeout(() => {
      log(`Ändrat: ${changed}. Bygger om …`);
      scheduleRebuild();
    }, 150);
  };
  const watcher = watchTree([contentDir, ...watched], onChange);

  log("Bygger webbplatsen …");
  last = await runBuild(contentDir, outputDir);
  report(last);

  const rules = headerRulesFor(site);
  const server = await startStaticServer({
    root: outputDir,
    port,
    rules,
    transformHtml: (html) => injectWarningNotice(injectReloadScript(html), notices),
    before: (url, response) => {
      if (url.pathname === eventsPath) {
        response.writeHead(200, {
          "Content-Type": "text/event-stream",
          "Cache-Control": "no-store",
          Connection: "keep-alive",
        });
        response.write("retry: 1000\n\n");
        clients.add(response);
        response.on("close", () => clients.delete(response));
        return true;
      }
      const asset =
        url.pathname === reloadScriptPath
          ? { type: "text/javascript; charset=utf-8", body: reloadScript }
          : url.pathname === previewStylesheetPath
            ? { type: "text/css; charset=utf-8", body: previewStylesheet }
            : !last.ok && isPage(url.pathname)
              ? {
                  type: "text/html; charset=utf-8",
                  body: previewErrorPage(last.problems, {
                    guideFile: path.join(contentDir, "README.md"),
                  }),
                }
              : null;
      if (!asset) return false;
      const status = asset.type.startsWith("text/html") ? 500 : 200;
      response.writeHead(status, {
        ...headersFor(url.pathname, rules),
        "Content-Type": asset.type,
        "Cache-Control": "no-store",
      });
      response.end(asset.body);
      return true;
    },
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    server,
    url: `http://localhost:${actualPort}/`,
    close: async () => {
      clearTimeout(timer);
      watcher.close();
      for (const client of clients) client.end();
      await running;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
