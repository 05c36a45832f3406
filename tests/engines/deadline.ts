// Hard time limits for the engine journeys: a browser or WebDriver that stops answering becomes a
// failure naming the engine, its version and the call within a minute, never a stuck CI (issue 28).
import type { EngineDriver } from "./driver.ts";

/**
 * One driver call: a page load or a script (axe's run is the longest: 22 s in WebKit at a load
 * average of 30 on two cores). Generous, for a machine shared with other work.
 */
export const callLimitMs = 60_000;
/** Starting a browser (WebKit's MiniBrowser under Xvfb takes 10 s on a busy machine). */
export const startLimitMs = 60_000;
/** One journey, every call in it: a little more than its slowest wait (search's first query). */
export const journeyLimitMs = 180_000;

/** A call that did not answer in time: the browser behind it is taken for stuck. */
export class Overrun extends Error {}

/**
 * Settles as the promise does, or rejects with `what` after `ms`. The timer holds Node up while it
 * runs (it is cleared as soon as the promise settles): a call whose promise holds nothing up itself
 * must still fail at its limit, not end the process with the call unanswered.
 */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Overrun(`${what} did not answer within ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The message's first line names the engine and version, whatever part of a journey threw. */
export function naming(engine: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith(engine)) return error instanceof Error ? error : new Error(message);
  return new Error(`${engine}: ${message}`, { cause: error });
}

type Call = "goto" | "run" | "click" | "type" | "press" | "cookies" | "clearCookies" | "close";
const calls: Call[] = ["goto", "run", "click", "type", "press", "cookies", "clearCookies", "close"];

/**
 * The driver with every call limited to `ms`; after one call overruns, the browser is taken for
 * stuck (WebDriver answers one command at a time), so `stuck` turns true and every later call fails
 * at once, until the browser is started afresh.
 */
export function withDeadlines(
  driver: EngineDriver,
  ms = callLimitMs,
): EngineDriver & { readonly stuck: boolean } {
  let stuck = false;
  const limited = Object.create(driver) as EngineDriver & { stuck: boolean };
  for (const call of calls) {
    const original = driver[call] as (...args: unknown[]) => Promise<unknown>;
    Object.defineProperty(limited, call, {
      value: (...args: unknown[]) => {
        const what = `${driver.engine}: ${call}(${JSON.stringify(args).slice(1, 81)})`;
        if (stuck) return Promise.reject(new Error(`${what} not tried: an earlier call hung`));
        return within(ms, what, original.apply(driver, args)).catch((error: unknown) => {
          if (error instanceof Overrun) stuck = true;
          throw error;
        });
      },
    });
  }
  Object.defineProperty(limited, "stuck", { get: () => stuck });
  return limited;
}
