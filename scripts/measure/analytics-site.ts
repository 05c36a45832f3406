// A second build of the site with Matomo configured, served with a stub tracker that records every
// request for it, so browser tests can see exactly when analytics would load (issue 4).
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { siteConfigFrom } from "../../src/config/config.ts";
import { headerRulesFor } from "../../src/publishing/headers.ts";
import { startStaticServer } from "../../src/publishing/static-server.ts";
import { fixtureContentDir } from "./fixture-site.ts";

const run = promisify(execFile);
export const stubPath = "/stub-matomo/";

// Behaves like Matomo where the tests look: sets _pk_* cookies and keeps the queued commands.
export const stubTracker = `
document.cookie = "_pk_id.1.7f3a=stub.1700000000; Path=/; Max-Age=34128000; SameSite=Lax";
document.cookie = "_pk_ses.1.7f3a=1; Path=/; Max-Age=1800; SameSite=Lax";
window.stubTrackerQueue = (window._paq || []).slice();
`;

export interface AnalyticsSite {
  /** The site's origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Paths of every request for the stub tracker, in order. */
  trackerRequests: string[];
  close(): Promise<void>;
}

export async function startAnalyticsSite(): Promise<AnalyticsSite> {
  const outputDir = path.join(await mkdtemp(path.join(tmpdir(), "fk-analytics-")), "dist");
  const trackerRequests: string[] = [];
  const server = await startStaticServer({
    root: outputDir,
    port: 0,
    // The stub tracker is served from this origin, which the default policy already admits.
    rules: headerRulesFor(siteConfigFrom({})),
    before: (url, response) => {
      if (!url.pathname.startsWith(stubPath)) return false;
      trackerRequests.push(url.pathname);
      response.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" });
      response.end(url.pathname.endsWith(".js") ? stubTracker : "");
      return true;
    },
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await run(path.resolve("node_modules/.bin/tsx"), ["scripts/build.ts"], {
    env: {
      ...process.env,
      CONTENT_DIR: fixtureContentDir,
      OUTPUT_DIR: outputDir,
      MATOMO_URL: `${origin}${stubPath}`,
      MATOMO_SITE_ID: "7",
    },
  });
  return {
    origin,
    trackerRequests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(path.dirname(outputDir), { recursive: true, force: true });
    },
  };
}
