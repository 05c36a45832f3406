// The CI verdict: passes only when every needed job passed, or was skipped because the path
// decision left it out; the required check must never pass on a failure, nor wait on a skip.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verdict } from "../../scripts/ci/gate.mjs";

type Result = "success" | "failure" | "cancelled" | "skipped";

function needs(
  scope: string | undefined,
  results: Record<string, Result>,
): Record<string, { result: string; outputs?: Record<string, string> }> {
  const outputs: Record<string, string> = scope ? { scope } : {};
  return {
    changes: { result: "success", outputs },
    ...Object.fromEntries(Object.entries(results).map(([job, result]) => [job, { result }])),
  };
}

describe("verdict", () => {
  it("passes a content change whose content and report jobs passed and full jobs were skipped", () => {
    const run = needs("content", {
      report: "success",
      content: "success",
      test: "skipped",
      browser: "skipped",
      "browser-report": "skipped",
    });
    assert.deepEqual(verdict(run), { ok: true, lines: [] });
  });

  it("passes a code change whose every job passed and the content job was skipped", () => {
    const run = needs("full", {
      report: "success",
      content: "skipped",
      test: "success",
      browser: "success",
      "browser-report": "success",
    });
    assert.equal(verdict(run).ok, true);
  });

  it("fails when a job the scope needs was skipped, naming it", () => {
    const run = needs("full", { content: "skipped", test: "success", browser: "skipped" });
    assert.deepEqual(verdict(run), {
      ok: false,
      lines: ['"browser" was skipped, but a full change needs it.'],
    });
    assert.equal(verdict(needs("content", { content: "skipped" })).ok, false);
  });

  for (const result of ["failure", "cancelled"] as const)
    it(`fails when a needed job ended with ${result}`, () => {
      const run = needs("content", { content: result, test: "skipped" });
      assert.deepEqual(verdict(run).lines, [`"content" ended with ${result}.`]);
    });

  it("fails when the path decision failed or decided nothing", () => {
    assert.equal(verdict({ changes: { result: "failure" } }).ok, false);
    assert.equal(verdict(needs(undefined, {})).ok, false);
    assert.equal(verdict(needs("everything", {})).ok, false);
    assert.equal(verdict({}).ok, false);
  });
});
