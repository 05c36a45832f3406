// `npm run feedback`: starts the receiver from the environment (see README), and on SIGTERM or
// SIGINT stops taking requests, answers those in flight, then closes the database: every vote
// answered 2xx was committed before its answer, so a shutdown loses none.
import { buildApp } from "./app.ts";
import { feedbackConfigFrom } from "./config.ts";
import { keepRetention } from "./retention.ts";
import { readSiteAnchors, type SiteAnchors } from "./site-anchors.ts";
import { openStore } from "./store/open-store.ts";

const config = feedbackConfigFrom(process.env);
const store = await openStore(config);
let anchors: SiteAnchors | null = null;
const app = await buildApp({ config, store, anchors: () => anchors });

// A deploy adds and removes questions: the site folder is read again every five minutes and on SIGHUP.
async function readAnchors(): Promise<void> {
  if (!config.siteDir) return;
  try {
    anchors = await readSiteAnchors(config.siteDir);
    app.log.info({ pages: anchors.size }, "site read");
  } catch (error) {
    app.log.error({ error: (error as Error).message }, "site folder unreadable; keeping the last");
  }
}
await readAnchors();
if (!config.siteDir)
  app.log.warn("FEEDBACK_SITE_DIR is not set: any well-formed page and anchor is accepted");
setInterval(readAnchors, 5 * 60 * 1000).unref();
process.on("SIGHUP", () => void readAnchors());

const stopRetention = keepRetention(store, config.retentionMonths, app.log);
await app.listen({ port: config.port, host: config.host });
app.log.info(
  { database: config.databaseUrl ? "postgresql" : "sqlite", origins: config.origins },
  "feedback receiver ready",
);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, "shutting down");
  stopRetention();
  // Node's server.close waits for every kept-alive connection to time out (72 s in Fastify): a
  // connection is closed as soon as its request is answered, and none is kept beyond ten seconds.
  const idle = setInterval(() => app.server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => app.server.closeAllConnections(), 10_000);
  await app.close();
  clearInterval(idle);
  clearTimeout(deadline);
  app.log.info("requests answered; closing the database");
  await store.close();
  app.log.info("stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
