// `npm run fuzz`: the content fuzzer's long run, with a random seed (or --seed=N) and --runs=N
// cases (default 2,000). Prints cases per second and the longest case; on a failure, the seed and
// the shrunk tree, so `npm run fuzz -- --seed=N` repeats it.
import fc from "fast-check";
import { type CaseResult, checkTree } from "./content-fuzz.ts";
import { mutatedTree } from "./content-mutations.ts";

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
}

const seed = Number(option("seed") ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(option("runs") ?? 2000);
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) {
  console.error("Usage: npm run fuzz -- [--seed=<integer>] [--runs=<cases>]");
  process.exit(2);
}

const results: CaseResult[] = [];
const started = performance.now();
const outcome = await fc.check(
  fc.asyncProperty(mutatedTree, async (tree) => {
    results.push(await checkTree(tree));
  }),
  { seed, numRuns: runs, endOnFailure: true },
);
const seconds = (performance.now() - started) / 1000;
const longest = Math.max(...results.map((r) => r.milliseconds));
const accepted = results.filter((r) => r.accepted).length;
console.log(
  `${results.length} cases in ${seconds.toFixed(1)} s (${(results.length / seconds).toFixed(1)} cases/s), ` +
    `longest ${longest.toFixed(0)} ms, ${accepted} accepted, ${results.length - accepted} with problems; seed ${seed}`,
);
if (outcome.failed) {
  const tree = JSON.stringify(outcome.counterexample?.[0] ?? null, (_, value) =>
    typeof value === "string" && value.length > 400
      ? `${value.slice(0, 200)}…(${value.length} characters)…${value.slice(-100)}`
      : value,
  );
  console.error(`FAILED with seed ${seed} (path ${outcome.counterexamplePath}):`);
  console.error(String(outcome.errorInstance).slice(0, 2000));
  console.error(`Shrunk tree: ${tree.slice(0, 4000)}`);
  console.error(`Repeat with: npm run fuzz -- --seed=${seed} --runs=${runs}`);
  process.exitCode = 1;
}
