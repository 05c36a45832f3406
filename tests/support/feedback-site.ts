// A build of the fixture site with FEEDBACK_URL set, and a stub feedback endpoint on another
// origin (a real HTTP server, as the agency's form service would be) that records every request,
// so browser tests can see exactly what a vote sends, and when (issue 17). Matomo is configured
// too, with analytics-site.ts's stub tracker, for the vote as a Matomo event after consent.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { stubPath, stubTracker } from "../../scripts/measure/analytics-site.ts";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import { siteConfigFrom } from "../../src/config/config.ts";
import { headerRulesFor } from "../../src/publishing/headers.ts";
import { startStaticServer } from "../../src/publishing/static-server.ts";

const run = promisify(execFile);
export const feedbackPath = "/tyck-till/faq";

export interface ReceivedRequest {
  method: string;
  path: string;
  contentType: string;
  /** The Cookie header, if the browser sent one. */
  cookie: string | undefined;
  /** Which browser sent it: tests running several browsers at once tell their requests apart. */
  userAgent: string;
  body: string;
}

export interface FeedbackSite {
  /** The site's origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** The endpoint's origin: another port, so another origin, as in production. */
  endpointOrigin: string;
  /** Every request the endpoint received, in order. */
  received: ReceivedRequest[];
  /** The status the endpoint answers a JSON vote with (a test may make it fail). */
  status: number;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

export async function startFeedbackSite(): Promise<FeedbackSite> {
  const outputDir = path.join(await mkdtemp(path.join(tmpdir(), "fk-feedback-")), "dist");
  const received: ReceivedRequest[] = [];
  let siteOrigin = "";
  const endpoint = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://stub");
    const body = await readBody(request);
    const contentType = request.headers["content-type"] ?? "";
    received.push({
      method: request.method ?? "",
      path: url.pathname,
      contentType,
      cookie: request.headers.cookie,
      userAgent: request.headers["user-agent"] ?? "",
      body,
    });
    // What the agency's receiver must do too: allow the site's origin to post JSON.
    const cors = {
      "Access-Control-Allow-Origin": siteOrigin,
      "Access-Control-Allow-Methods": "POST",
      "Access-Control-Allow-Headers": "Content-Type",
    };
    if (request.method === "OPTIONS") {
      response.writeHead(204, cors).end();
    } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
      // A post without JavaScript: back to the question, as a receiver should answer.
      const form = new URLSearchParams(body);
      const back = `${siteOrigin}${form.get("page") ?? "/"}#${form.get("anchor") ?? ""}`;
      response.writeHead(303, { Location: back }).end();
    } else {
      response.writeHead(site.status, cors).end();
    }
  });
  const endpointOrigin = await listen(endpoint);
  const feedbackEnv = { FEEDBACK_URL: `${endpointOrigin}${feedbackPath}` };
  const server = await startStaticServer({
    root: outputDir,
    port: 0,
    // The production headers of this configuration: the CSP admits the endpoint's origin (the
    // stub tracker is on the site's own origin, which the policy admits anyway).
    rules: headerRulesFor(siteConfigFrom(feedbackEnv)),
    before: (url, response) => {
      if (!url.pathname.startsWith(stubPath)) return false;
      response.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" });
      response.end(url.pathname.endsWith(".js") ? stubTracker : "");
      return true;
    },
  });
  siteOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await run(path.resolve("node_modules/.bin/tsx"), ["scripts/build.ts"], {
    env: {
      ...process.env,
      ...feedbackEnv,
      MATOMO_URL: `${siteOrigin}${stubPath}`,
      MATOMO_SITE_ID: "7",
      CONTENT_DIR: fixtureContentDir,
      OUTPUT_DIR: outputDir,
    },
  });
  const site: FeedbackSite = {
    origin: siteOrigin,
    endpointOrigin,
    received,
    status: 204,
    close: async () => {
      await Promise.all([closeServer(server), closeServer(endpoint)]);
      await rm(path.dirname(outputDir), { recursive: true, force: true });
    },
  };
  return site;
}
