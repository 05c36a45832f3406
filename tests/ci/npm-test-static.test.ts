// CI's test job runs npm test without the browser tests (which the browser job shards): every
// other command of package.json's test script, in order, and nothing when the script changes shape.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { browserCommand, staticCommands } from "../../scripts/ci/npm-test-static.mjs";

describe("staticCommands", () => {
  it("keeps every command of the real npm test but the browser tests, in order", () => {
    const test = JSON.parse(readFileSync("package.json", "utf8")).scripts.test as string;
    const all = test.split("&&").map((c) => c.trim());
    assert.ok(all.includes(browserCommand));
    assert.deepEqual(
      staticCommands(test),
      all.filter((c) => c !== browserCommand),
    );
    assert.ok(staticCommands(test).includes("npm run build"));
  });

  it("refuses a test script without the browser tests, or not joined by &&", () => {
    assert.throws(() => staticCommands("npm run lint && playwright test"), /test:e2e/);
    assert.throws(() => staticCommands("npm run lint; npm run test:e2e"), /joined by &&/);
  });
});
