// Runs every journey of journeys.ts in Firefox ESR and WebKitGTK from Debian (`npm run
// test:engines`, part of `npm test`): one fixture build for all, each browser started once per
// engine (and once more with scripts off for the no-JavaScript view). Chromium runs Playwright's specs.
import { after, before, describe, it } from "node:test";
import { type FeedbackSite, startFeedbackSite } from "../support/feedback-site.ts";
import {
  callLimitMs,
  journeyLimitMs,
  naming,
  Overrun,
  startLimitMs,
  withDeadlines,
  within,
} from "./deadline.ts";
import type { Engine, EngineDriver } from "./driver.ts";
import { firefox } from "./firefox.ts";
import { journeys } from "./journeys.ts";
import { stopWebKitService, webkit } from "./webkit.ts";

let site: FeedbackSite;

before(async () => {
  site = await startFeedbackSite();
});

after(async () => {
  stopWebKitService();
  await site?.close();
});

/**
 * A fresh visitor for each journey: no cookies, no storage (cleared where the last journey left
 * off, on the site), and a blank page, so that a journey's first address always loads anew (an
 * address differing only in its #anchor would otherwise just scroll the last journey's page).
 */
async function forget(driver: EngineDriver): Promise<void> {
  await driver.run(
    "if (location.origin === arguments[0]) { localStorage.clear(); sessionStorage.clear(); }",
    site.origin,
  );
  await driver.clearCookies();
  await driver.goto("about:blank");
}

/** Ends a browser: politely if it answers in time, otherwise at once. */
async function end(driver: EngineDriver | undefined): Promise<void> {
  if (!driver) return;
  await within(callLimitMs, `${driver.engine}: close`, driver.close()).catch(() => driver.kill());
}

function inEngine(engine: Engine, javaScript: boolean) {
  const label = `${engine.name}${javaScript ? "" : ", JavaScript off"}`;
  // One browser, one journey at a time (node:test hands a suite's concurrency down otherwise).
  describe(label, { concurrency: false }, () => {
    let driver: ReturnType<typeof withDeadlines> | undefined;
    /** The browser, started again after one stopped answering, so one hang fails one journey. */
    async function browser() {
      if (driver?.stuck) {
        await end(driver);
        driver = undefined;
      }
      if (driver) return driver;
      const opening = engine.open({ javaScript });
      driver = withDeadlines(
        await within(startLimitMs, `${label}: starting the browser`, opening).catch((error) => {
          // Should it start after all, it is ended: the next journey tries afresh.
          opening.then(
            (late) => late.kill(),
            () => {},
          );
          throw error;
        }),
      );
      return driver;
    }
    after(() => end(driver));
    for (const journey of journeys.filter((candidate) => candidate.javaScript === javaScript)) {
      // A backstop past the others (start, journey, closing a stuck browser): each driver call has
      // its own, shorter limit that names the call.
      it(journey.name, { timeout: startLimitMs + journeyLimitMs + callLimitMs * 2 }, async () => {
        // A browser that does not start fails every journey with its install line, never skips one.
        const current = await browser().catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          throw naming(
            label,
            message.includes(engine.install) ? error : `${message} (installed? ${engine.install})`,
          );
        });
        try {
          await within(
            journeyLimitMs,
            `${current.engine}: the journey`,
            (async () => {
              await forget(current);
              await journey.run(current, site);
            })(),
          );
        } catch (error) {
          // A journey that overran may still be talking to its browser: the next gets a new one.
          if (error instanceof Overrun) {
            await end(current);
            driver = undefined;
          }
          throw naming(current.engine, error);
        }
      });
    }
  });
}

// The two engines run side by side: most of a journey is waiting on a browser, not on Node. An
// engine's two sessions run one after the other: side by side as well, on this machine's two cores
// under load, WebKit's axe runs took over twice as long and passed the call limit.
describe("Firefox ESR and WebKitGTK", { concurrency: true }, () => {
  for (const engine of [firefox, webkit]) {
    describe(engine.name, { concurrency: false }, () => {
      inEngine(engine, true);
      inEngine(engine, false);
    });
  }
});
