// axe-core in any engine: its source injected into the page, run with DESIGN.md's rules (the same
// tags as tests/support/axe.ts for Playwright), violations returned as readable lines.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { EngineDriver } from "./driver.ts";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

/**
 * With the page's scripts off, WebKit never fires a timer, not even one WebDriver's script sets,
 * while promises and animation frames still run; axe waits on timers (its queue, its time limits),
 * so without this its run never settled and the driver waited forever (issue 28). Installed before
 * axe so that it takes these: a short delay (axe's queue yielding) becomes a promise job, a longer
 * one (a time limit) is counted on animation frames.
 */
const timersWithoutScripts = `
  const pending = new Set();
  let next = 1;
  window.setTimeout = (callback, ms = 0, ...args) => {
    const id = next++;
    const due = performance.now() + Number(ms || 0);
    pending.add(id);
    const fire = () => {
      if (!pending.has(id)) return;
      if (performance.now() < due) return requestAnimationFrame(fire);
      pending.delete(id);
      if (typeof callback === "function") callback(...args);
    };
    if (Number(ms || 0) < 50) Promise.resolve().then(fire);
    else requestAnimationFrame(fire);
    return id;
  };
  window.clearTimeout = (id) => pending.delete(id);`;

/** Fails with the engine, the state and each violation when axe finds any. */
export async function expectNoAxeViolations(driver: EngineDriver, state: string): Promise<void> {
  // Firefox without scripts: the same markup and styles are checked with axe in WebKit and Chromium.
  if (!driver.promisesSettle) return;
  // As a function body, not eval: the page's CSP forbids eval, and axe sets window.axe itself.
  if (!(await driver.run<boolean>("return Boolean(window.axe);"))) {
    await driver.run(
      `${driver.javaScript ? "" : timersWithoutScripts}\n${axeSource}\n;return true;`,
    );
  }
  const violations = await driver.run<string[]>(
    `return window.axe
       .run(document, { runOnly: { type: "tag", values: arguments[0] } })
       .then((results) => results.violations.map((violation) =>
         violation.id + ": " + violation.help + " (" +
         violation.nodes.map((node) => node.target.join(" ")).join(", ") + ")"));`,
    tags,
  );
  if (violations.length > 0) {
    throw new Error(`${driver.engine}, ${state}: axe found\n  ${violations.join("\n  ")}`);
  }
}
