// The one small interface every browser engine is driven through, so a journey is written once
// and runs in Firefox (WebDriver BiDi) and WebKitGTK (WebKitWebDriver) alike (issue 28).
import { existsSync, readFileSync } from "node:fs";

/** What a journey looks for, the way a citizen would name it. */
export type Target =
  | { css: string }
  | { role: Role; name?: string | RegExp; within?: string }
  | { text: string | RegExp; within?: string };

export type Role =
  | "alert"
  | "button"
  | "group"
  | "heading"
  | "link"
  | "radio"
  | "region"
  | "searchbox"
  | "status"
  | "textbox";

export type Key = "Enter" | "Space" | "Tab" | "Escape" | "ArrowDown";

export interface Cookie {
  name: string;
  value: string;
}

export interface EngineDriver {
  /** Engine and version, e.g. "Firefox 153.8.0": every failure names it. */
  readonly engine: string;
  /**
   * Whether a key pressed through this driver reaches a button's default action (Enter and Space
   * click it). False for Firefox over BiDi here: see docs/engines.md.
   */
  readonly keysActivate: boolean;
  /** Whether the page's own scripts run (false for the no-JavaScript view). */
  readonly javaScript: boolean;
  /**
   * Whether a promise that `run` starts can settle. False in Firefox with scripts off: WebDriver's
   * sandbox there runs synchronous code only (no microtask, timer or frame ever runs), so axe,
   * built on promises, cannot run in that one state (docs/engines.md).
   */
  readonly promisesSettle: boolean;
  /** Opens a URL and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Runs a function body in the page (its arguments are `arguments[0]`…); awaits a promise. */
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  /** A native click, as the engine's input pipeline delivers it. */
  click(target: Target): Promise<void>;
  /** Native key presses into the element. */
  type(target: Target, text: string): Promise<void>;
  /** A native key press on whatever has focus. */
  press(key: Key): Promise<void>;
  cookies(): Promise<Cookie[]>;
  clearCookies(): Promise<void>;
  close(): Promise<void>;
  /** Ends the browser at once, for when it stopped answering (close() would wait on it). */
  kill(): void;
}

/** How an engine is started: with or without JavaScript for the page's own scripts. */
export interface Engine {
  /** The engine's name before it runs, and the Debian line that installs it. */
  readonly name: string;
  readonly install: string;
  open(options: { javaScript: boolean }): Promise<EngineDriver>;
}

/**
 * Fails, naming the missing program and the line that installs it, unless every one is there: a
 * missing browser fails each journey of its engine, never skips one (issue 28).
 */
export function requireInstalled(engine: Engine, programs: [path: string, name: string][]): void {
  for (const [path, name] of programs) {
    if (!existsSync(path)) throw new Error(`${name} is missing (${path}): run ${engine.install}`);
  }
}

/** Targets cross into the page as JSON: a RegExp travels as its source and flags. */
function serialise(target: Target): unknown {
  const name = "name" in target ? target.name : "text" in target ? target.text : undefined;
  if (name instanceof RegExp) {
    const key = "name" in target ? "name" : "text";
    return { ...target, [key]: { source: name.source, flags: name.flags } };
  }
  return target;
}

export function describeTarget(target: Target): string {
  return JSON.stringify(target, (_key, value) => (value instanceof RegExp ? String(value) : value));
}

const locateSource = readFileSync(new URL("./in-page.js", import.meta.url), "utf8");

/** The body of a page function that returns the target's element (or null): arguments[0]. */
export const locateBody = `return (${locateSource})(arguments[0]);`;
export const locateArgument = serialise;

export type Question =
  | "exists"
  | "visible"
  | "text"
  | "focused"
  | "focus"
  | "checked"
  | "inViewport"
  | { attribute: string }
  | "count";

/** Asks the page about a target; "count" counts every match, the rest use the first. */
export function ask<T = unknown>(
  driver: EngineDriver,
  target: Target,
  question: Question,
): Promise<T> {
  return driver.run<T>(
    `const locate = ${locateSource};
     const [target, question] = [arguments[0], arguments[1]];
     if (question === "count") return locate(target, true).length;
     const element = locate(target);
     if (question === "exists") return element !== null;
     if (!element) return null;
     if (question === "visible") return locate.visible(element);
     if (question === "text") return element.textContent.replace(/\\s+/g, " ").trim();
     if (question === "focused") return element === document.activeElement;
     if (question === "focus") {
       element.focus();
       return element === document.activeElement;
     }
     if (question === "checked") return element.checked;
     if (question === "inViewport") {
       const box = element.getBoundingClientRect();
       return box.bottom > 0 && box.top < innerHeight && box.width > 0;
     }
     return element.getAttribute(question.attribute);`,
    serialise(target),
    question,
  );
}

/** Polls until the check holds, then fails with the engine, the expectation and what was seen. */
export async function until<T>(
  driver: EngineDriver,
  what: string,
  read: () => Promise<T>,
  holds: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!holds(value)) {
    if (Date.now() > deadline) {
      throw new Error(`${driver.engine}: expected ${what}, but got ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Waits until the page answers the question about the target with the expected value. */
export function expectPage(
  driver: EngineDriver,
  target: Target,
  question: Question,
  expected: unknown,
  timeoutMs?: number,
): Promise<unknown> {
  const label = typeof question === "string" ? question : `attribute ${question.attribute}`;
  const matches =
    expected instanceof RegExp
      ? (value: unknown) => typeof value === "string" && expected.test(value)
      : (value: unknown) => value === expected;
  return until(
    driver,
    `${describeTarget(target)} ${label} = ${String(expected)}`,
    () => ask(driver, target, question),
    matches,
    timeoutMs,
  );
}
