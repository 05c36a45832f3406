// The CI workflow: valid YAML, tests every pull request, and publishes only what passed.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { linksIssueMarker, linksIssueTitle } from "../../src/editorial/external-links-report.ts";
import { type Job, readWorkflow, type Step, type Workflow } from "../support/workflow.ts";

const workflow = readWorkflow(".github/workflows/ci.yml");
const onMain = /github\.ref == 'refs\/heads\/main'/;
/** The artifact the test job hands the deploy job: the tested dist/ plus earlier deploys' files. */
const publishedArtifact = "site-published";

function stepIndex(job: Job, test: (step: Step) => boolean): number {
  return job.steps.findIndex(test);
}

describe(".github/workflows/ci.yml", () => {
  const test = workflow.jobs.test;
  const report = workflow.jobs.report;
  const deploy = workflow.jobs.deploy;

  it("runs on pull requests and on pushes to main", () => {
    assert.ok("pull_request" in workflow.on);
    assert.deepEqual(workflow.on.push?.branches, ["main"]);
  });

  it("has a test job that runs the README's test command, then attaches the report and dist/", () => {
    assert.ok(test, "a job named test");
    const testRun = stepIndex(test, (s) => /(^|\s)(\.ci\/run|npm test)(\s|$)/.test(s.run ?? ""));
    assert.ok(testRun >= 0, "a step runs .ci/run or npm test");
    const ciRun = readFileSync(".ci/run", "utf8");
    assert.match(ciRun, /^npm test$/m, ".ci/run ends by running npm test");
    // The Debian packages are listed once, in the script npm test runs first; .ci/run calls it too.
    assert.match(ciRun, /^scripts\/system-packages\.sh$/m, ".ci/run installs the Debian packages");
    assert.match(ciRun, /^npm ci /m, ".ci/run installs from the lock file");
    assert.match(
      ciRun,
      /^source \.ci\/postgres\.sh$/m,
      ".ci/run gives the receiver's tests PostgreSQL",
    );
    const packages = readFileSync("scripts/system-packages.sh", "utf8");
    for (const name of ["chromium", "nginx-light", "firefox-esr", "webkit2gtk-driver", "xvfb"]) {
      assert.match(
        packages,
        new RegExp(`need ${name} `),
        `scripts/system-packages.sh needs ${name}`,
      );
    }
    const npmTest = JSON.parse(readFileSync("package.json", "utf8")).scripts.test as string;
    assert.match(npmTest, /^bash scripts\/system-packages\.sh && /, "npm test checks them first");
    assert.match(
      npmTest,
      /npm run test:engines/,
      "npm test runs the journeys in Firefox and WebKit",
    );
    assert.ok(
      report?.steps.some((s) => /report:content/.test(s.run ?? "")),
      "the content report is made",
    );
    const preview = test.steps.find(
      (s) => s.uses?.startsWith("actions/upload-artifact@") && s.with?.path === "dist/",
    );
    assert.ok(preview, "dist/ is uploaded as a preview artifact");
  });

  it("writes the changed questions to the job summary of pull requests, and only there", () => {
    assert.ok(report, "a job named report, beside the tests");
    assert.equal(report.needs, undefined, "the reports wait for no test");
    const changes = stepIndex(report, (s) => /report:changes/.test(s.run ?? ""));
    assert.ok(changes >= 0, "report:changes runs");
    const step = report.steps[changes];
    // The base branch is named directly, or through the step's environment.
    const baseRef = /^\$\{\{\s*github\.base_ref\s*\}\}$/;
    const variable = Object.entries(step?.env ?? {}).find(([, value]) => baseRef.test(value))?.[0];
    const base = variable ? `\\$\\{?${variable}\\}?` : baseRef.source.slice(1, -1);
    assert.match(
      step?.run ?? "",
      new RegExp(`npm run --silent report:changes -- "origin/${base}" >> "\\$GITHUB_STEP_SUMMARY"`),
    );
    assert.match(step?.if ?? "", /github\.event_name == 'pull_request'/);
    // Also after a failed step: reviewers want to see the changes all the more.
    assert.match(step?.if ?? "", /!cancelled\(\)/);
    const checkout = report.steps.find((s) => s.uses?.startsWith("actions/checkout@"));
    assert.equal(checkout?.with?.["fetch-depth"], 0, "the checkout fetches the base branch");
  });

  it("uploads dist/ for Pages only on main and only after the tests passed", () => {
    assert.ok(test);
    const testRun = stepIndex(test, (s) => /\.ci\/run|npm test/.test(s.run ?? ""));
    const pages = stepIndex(test, (s) => s.with?.name === publishedArtifact);
    assert.ok(pages > testRun, "the Pages artifact is uploaded after the tests");
    const step = test.steps[pages];
    assert.equal(step?.with?.path, "dist/");
    assert.match(step?.if ?? "", onMain);
    // A step's `if` without a status function implies success(): it is skipped after a failure.
    assert.doesNotMatch(step?.if ?? "", /always\(\)|failure\(\)|cancelled\(\)/);
  });

  it("carries earlier deploys' files from the published site into the Pages upload, on main only", () => {
    assert.ok(test);
    const preview = stepIndex(test, (s) => s.with?.name === "site-preview");
    const carry = stepIndex(test, (s) => /npm run (--silent )?carry-over /.test(s.run ?? ""));
    const pages = stepIndex(test, (s) => s.with?.name === publishedArtifact);
    const find = stepIndex(test, (s) => Boolean(s.uses?.startsWith("actions/configure-pages@")));
    const step = test.steps[carry];
    assert.ok(
      carry > preview,
      "the preview artifact is the build as tested, without earlier files",
    );
    assert.ok(carry < pages, "the carry-over runs before the Pages upload");
    assert.ok(find >= 0 && find < carry, "the published site's address is found first");
    assert.match(step?.if ?? "", onMain);
    assert.match(step?.run ?? "", /--from "\$PAGES_URL"/);
    assert.match(step?.env?.PAGES_URL ?? "", /steps\.pages\.outputs\.base_url/);
    assert.equal(test.permissions?.pages, "read");
  });

  it("publishes the tested site to the gh-pages branch's root from a job that needs the test job, only on main, keeping the previews", () => {
    assert.ok(deploy, "a job named deploy");
    assert.deepEqual(
      [deploy.needs].flat(),
      ["test", "browser"],
      "the tested build, every browser test passed",
    );
    assert.match(deploy.if ?? "", onMain);
    assert.doesNotMatch(deploy.if ?? "", /always\(\)|failure\(\)|cancelled\(\)/);
    const download = deploy.steps.find((s) => s.uses?.startsWith("actions/download-artifact@"));
    assert.equal(download?.with?.name, publishedArtifact);
    const publish = deploy.steps.find((s) =>
      s.uses?.startsWith("JamesIves/github-pages-deploy-action@"),
    );
    assert.equal(publish?.with?.branch, "gh-pages");
    assert.equal(publish?.with?.folder, download?.with?.path);
    assert.equal(publish?.with?.["target-folder"], undefined, "the branch's root");
    assert.match(String(publish?.with?.["clean-exclude"]), /^pr-\*$/m, "previews stay");
    assert.ok(!deploy.steps.some((s) => s.run), "publishing builds nothing of its own");
    assert.equal(deploy.permissions?.contents, "write");
  });

  it("keeps one comment on a pull request: written by report:pull-request, found again by its marker", () => {
    assert.ok(report);
    const write = stepIndex(report, (s) =>
      /report:pull-request -- "origin\/\$BASE_REF"/.test(s.run ?? ""),
    );
    const post = stepIndex(report, (s) => Boolean(s.uses?.startsWith("actions/github-script@")));
    assert.ok(write >= 0 && post > write, "the comment is written, then posted");
    for (const step of [report.steps[write], report.steps[post]])
      assert.match(step?.if ?? "", /github\.event_name == 'pull_request'/);
    const script = String(report.steps[post]?.with?.script ?? "");
    // Updated when one exists, created only otherwise: one comment, not one per push.
    assert.match(script, /updateComment/);
    assert.match(script, /createComment/);
    assert.match(script, /startsWith\(marker\)/);
    assert.equal(report.permissions?.["pull-requests"], "write");
    const content = report.steps.find((s) => /report:content/.test(s.run ?? ""));
    assert.match(content?.run ?? "", /report:content -- --changed "origin\/\$BASE_REF"/);
  });
});

describe(".github/workflows/external-links.yml", () => {
  const links = parse(readFileSync(".github/workflows/external-links.yml", "utf8")) as Workflow & {
    on: { schedule?: Array<{ cron: string }> };
  };
  const job = links.jobs.links;

  it("runs weekly with linkinator over the content's external links, never npm test", () => {
    assert.equal(links.on.schedule?.length, 1);
    assert.match(links.on.schedule?.[0]?.cron ?? "", /^\S+ \S+ \* \* \d$/);
    assert.ok(job);
    const runs = job.steps.map((s) => s.run ?? "").join("\n");
    assert.match(runs, /scripts\/external-links\.ts --list/);
    assert.match(runs, /linkinator@8\.1\.0 --format json/);
    assert.match(runs, /scripts\/external-links\.ts --issue reports\/links\.json/);
    assert.doesNotMatch(runs, /npm test|\.ci\/run/);
  });

  it("opens, updates or closes one issue, found by the marker the report writes", () => {
    assert.ok(job);
    const script = String(
      job.steps.find((s) => s.uses?.startsWith("actions/github-script@"))?.with?.script ?? "",
    );
    assert.ok(script.includes(`const marker = "${linksIssueMarker}";`), script);
    assert.ok(script.includes(`const title = "${linksIssueTitle}";`), script);
    assert.match(script, /issues\.update\(/);
    assert.match(script, /issues\.create\(/);
    assert.match(script, /state: "closed"/);
  });
});
