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

/** Fails with the engine, the state and each violation when axe finds any. */
export async function expectNoAxeViolations(driver: EngineDriver, state: string): Promise<void> {
  // As a function body, not eval: the page's CSP forbids eval, and axe sets window.axe itself.
  if (!(await driver.run<boolean>("return Boolean(window.axe);"))) {
    await driver.run(`${axeSource}\n;return true;`);
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
