// Runs one part of `npm test` for CI's parallel jobs: "static" is every command of package.json's
// test script except the browser tests, which CI runs in shards instead (ci.yml's browser job).
// Read from package.json, so a command added to npm test runs in CI without editing the workflow.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The browser tests' command in npm test: the one CI shards. */
export const browserCommand = "npm run test:e2e";

/**
 * The commands of npm test other than the browser tests, in order.
 * @param {string} testScript package.json's scripts.test
 * @returns {string[]}
 */
export function staticCommands(testScript) {
  const commands = testScript.split("&&").map((c) => c.trim());
  if (commands.some((c) => /[|;]/.test(c)))
    throw new Error(
      "package.json: scripts.test must be commands joined by && for CI to split it; write a script for anything else.",
    );
  if (!commands.includes(browserCommand))
    throw new Error(
      `package.json: scripts.test no longer runs "${browserCommand}"; update scripts/ci/npm-test-static.mjs and ci.yml's browser job to the new command.`,
    );
  return commands.filter((c) => c !== browserCommand);
}

function main() {
  const { scripts } = JSON.parse(readFileSync("package.json", "utf8"));
  for (const command of staticCommands(scripts.test)) {
    process.stdout.write(`> ${command}\n`);
    const { status } = spawnSync(command, { shell: true, stdio: "inherit" });
    if (status !== 0) {
      process.exitCode = status ?? 1;
      return;
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
