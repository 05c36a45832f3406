// ci.yml's two paths (issue 22): the path decision's jobs run where it says, the browser tests run
// in shards with one merged report, the CI verdict always runs over every job, and the Debian, npm
// and build caches are restored by every job that installs.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { leftOut, scopeJob } from "../../scripts/ci/gate.mjs";
import { defaultAssetCache } from "../../src/assets/assets.ts";
import { defaultBundleCache } from "../../src/assets/bundle.ts";
import { defaultParseCache } from "../../src/content/parse-cache.ts";
import { defaultCompressCache } from "../../src/publishing/precompress.ts";
import { type Job, readWorkflow, type Step } from "../support/workflow.ts";

type MatrixJob = Job & {
  strategy?: { "fail-fast"?: boolean; matrix?: Record<string, unknown[]> };
  outputs?: Record<string, string>;
};
const ci = readWorkflow(".github/workflows/ci.yml");
const jobs = ci.jobs as Record<string, MatrixJob>;
const runs = (job: Job | undefined) => (job?.steps ?? []).map((s) => s.run ?? "").join("\n");
const caches = parse(readFileSync(".github/actions/caches/action.yml", "utf8")) as {
  runs: { using: string; steps: Step[] };
};

describe("ci.yml: the path decision", () => {
  it("decides on every event with scripts/ci/change-scope.mjs and hands the scope on", () => {
    const changes = jobs[scopeJob];
    assert.ok(changes);
    assert.equal(changes.if, undefined, "runs on pushes and manual runs too");
    assert.match(runs(changes), /^node scripts\/ci\/change-scope\.mjs$/m);
    assert.match(changes.outputs?.scope ?? "", /steps\.paths\.outputs\.scope/);
  });

  for (const [scope, skipped] of Object.entries(leftOut))
    for (const name of skipped)
      it(`runs ${name} only when the other path is chosen, never on a ${scope} change`, () => {
        const other = scope === "content" ? "full" : "content";
        assert.match(
          jobs[name]?.if ?? "",
          new RegExp(`needs\\.changes\\.outputs\\.scope == '${other}'`),
        );
        assert.ok([jobs[name]?.needs].flat().includes(scopeJob));
      });

  it("runs npm test without its browser tests in the test job, through .ci/run", () => {
    assert.match(runs(jobs.test), /^\.ci\/run node scripts\/ci\/npm-test-static\.mjs$/m);
    // .ci/run runs the command it is given (after installing) in place of npm test.
    assert.match(
      readFileSync(".ci/run", "utf8"),
      /if \[ \$# -gt 0 \]; then\n\s+"\$@"\n\s+exit\nfi\nnpm test\n/,
    );
  });
});

describe("ci.yml: the browser tests in shards", () => {
  const browser = jobs.browser;
  const merge = jobs["browser-report"];

  it("splits them across parallel jobs, each writing a blob report", () => {
    assert.ok(browser);
    const shards = browser.strategy?.matrix?.shard ?? [];
    assert.ok(shards.length >= 2, "at least two shards");
    assert.deepEqual(
      shards,
      shards.map((_, i) => i + 1),
      "numbered 1..n",
    );
    assert.equal(browser.strategy?.["fail-fast"], false);
    const step = browser.steps.find((s) => /playwright test/.test(s.run ?? ""));
    assert.match(
      step?.run ?? "",
      /npm run build && npx playwright test --shard "\$SHARD" --reporter=blob/,
    );
    assert.match(
      step?.env?.SHARD ?? "",
      /^\$\{\{ matrix\.shard \}\}\/\$\{\{ strategy\.job-total \}\}$/,
    );
    const upload = browser.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    assert.equal(upload?.with?.path, "blob-report");
    assert.match(upload?.if ?? "", /!cancelled\(\)/, "a failed shard's report is kept too");
  });

  it("merges every shard's report into one, also when a shard failed", () => {
    assert.ok(merge);
    assert.ok([merge.needs].flat().includes("browser"));
    assert.match(merge.if ?? "", /!cancelled\(\)/);
    const download = merge.steps.find((s) => s.uses?.startsWith("actions/download-artifact@"));
    assert.equal(download?.with?.pattern, "blob-report-*");
    assert.equal(download?.with?.["merge-multiple"], true);
    assert.match(
      runs(merge),
      /playwright@\$version" merge-reports --reporter html \.\/all-blob-reports/,
    );
  });
});

describe("ci.yml: the CI verdict", () => {
  const gate = jobs.gate;

  it("always runs, needs every job but publishing, and judges them with scripts/ci/gate.mjs", () => {
    assert.ok(gate);
    assert.match(gate.if ?? "", /always\(\)/);
    const others = Object.keys(jobs).filter((name) => name !== "gate" && name !== "deploy");
    assert.deepEqual([gate.needs].flat().sort(), others.sort());
    const step = gate.steps.find((s) => /node scripts\/ci\/gate\.mjs/.test(s.run ?? ""));
    assert.match(step?.env?.NEEDS ?? "", /^\$\{\{ toJSON\(needs\) \}\}$/);
  });

  it("lets only the path decision's jobs be skipped", () => {
    for (const name of Object.values(leftOut).flat()) assert.ok(jobs[name], `ci.yml has ${name}`);
  });
});

describe("the caches", () => {
  const cacheSteps = caches.runs.steps.filter((s) => s.uses?.startsWith("actions/cache@"));

  it("are restored by every job that installs the project", () => {
    for (const [name, job] of Object.entries(jobs)) {
      const installs = /npm ci|\.ci\/run/.test(runs(job));
      if (!installs) continue;
      const restores = job.steps.some(
        (s) =>
          s.uses === "./.github/actions/caches" ||
          (s.uses?.startsWith("actions/setup-node@") && s.with?.cache === "npm"),
      );
      assert.ok(restores, `${name} restores the caches`);
    }
  });

  it("key Debian's packages by the list the job installs from", () => {
    const debian = cacheSteps.find((s) => /apt\/archives/.test(String(s.with?.path)));
    assert.match(String(debian?.with?.key), /inputs\.debian-list.*inputs\.debian-hash/);
    for (const job of [jobs.test, jobs.browser, jobs.content]) {
      const use = job?.steps.find((s) => s.uses === "./.github/actions/caches");
      assert.match(String(use?.with?.["debian-hash"]), /^\$\{\{ hashFiles\('/);
    }
    const full = jobs.test?.steps.find((s) => s.uses === "./.github/actions/caches");
    assert.match(String(full?.with?.["debian-hash"]), /'\.ci\/run'/);
  });

  it("keep each of the build's .cache/ folders, keyed by a hash of its inputs", () => {
    const commands = ".cache/commands"; // scripts/run-cached.mjs
    for (const folder of [
      defaultParseCache,
      defaultAssetCache,
      defaultBundleCache,
      defaultCompressCache,
      commands,
    ]) {
      const step = cacheSteps.find((s) => String(s.with?.path).split("\n").includes(folder));
      assert.ok(step, `${folder} is cached`);
      assert.match(String(step?.with?.key), /\$\{\{ hashFiles\('/);
    }
    assert.ok(
      caches.runs.steps.some(
        (s) => s.uses?.startsWith("actions/setup-node@") && s.with?.cache === "npm",
      ),
      "npm's downloads",
    );
  });

  it("key what only one Node version can use by that version", () => {
    const version = caches.runs.steps.find((s) => /node --version/.test(s.run ?? ""));
    assert.ok(version?.id, "a step with an id gives Node's version");
    for (const folder of [".cache/commands", defaultCompressCache]) {
      const step = cacheSteps.find((s) => String(s.with?.path).split("\n").includes(folder));
      assert.ok(
        String(step?.with?.key).includes(`\${{ steps.${version?.id}.outputs.version }}`),
        `${folder}'s key names Node's version`,
      );
    }
  });
});

describe("ci.yml: the workflows themselves", () => {
  it("are checked by action-validator, every workflow and action", () => {
    const step = jobs.report?.steps.find((s) => /action-validator/.test(s.run ?? ""));
    assert.match(
      step?.run ?? "",
      /\.github\/workflows\/\*\.yml \.github\/actions\/\*\/action\.yml/,
    );
    assert.match(step?.run ?? "", /npx --yes @action-validator\/cli@0\.6\.0 "\$file"/);
  });
});
