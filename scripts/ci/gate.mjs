// The CI verdict: one job that always runs and is the pull request's required check. It passes
// only when every job it needs succeeded, or was skipped because the path decision
// (change-scope.mjs) left it out. Plain JavaScript, so the gate needs no npm ci.
import { pathToFileURL } from "node:url";

/** The jobs of .github/workflows/ci.yml that each scope leaves out: they may be skipped. */
export const leftOut = {
  content: ["test", "browser", "browser-report"],
  full: ["content"],
};

/** The job whose output names the scope. */
export const scopeJob = "changes";

/**
 * @typedef {{ result: string, outputs?: Record<string, string> }} NeedResult
 * @param {Record<string, NeedResult>} needs the workflow's `needs` context, as toJSON(needs)
 * @returns {{ ok: boolean, lines: string[] }} the verdict, and one line per job that broke it
 */
export function verdict(needs) {
  const decided = needs[scopeJob];
  if (!decided) return { ok: false, lines: [`The gate does not need the "${scopeJob}" job.`] };
  const scope = decided.outputs?.scope;
  if (decided.result !== "success" || (scope !== "content" && scope !== "full"))
    return {
      ok: false,
      lines: [`"${scopeJob}" did not decide what to test (${decided.result}, scope "${scope}").`],
    };
  /** @type {readonly string[]} */
  const mayBeSkipped = leftOut[scope];
  const lines = [];
  for (const [job, { result }] of Object.entries(needs)) {
    if (result === "success") continue;
    if (result === "skipped" && mayBeSkipped.includes(job)) continue;
    lines.push(
      result === "skipped"
        ? `"${job}" was skipped, but a ${scope} change needs it.`
        : `"${job}" ended with ${result}.`,
    );
  }
  return { ok: lines.length === 0, lines };
}

function main() {
  const { ok, lines } = verdict(JSON.parse(process.env.NEEDS ?? "{}"));
  for (const line of lines) process.stdout.write(`::error::${line}\n`);
  if (ok) process.stdout.write("Every job the change needs passed.\n");
  process.exitCode = ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
