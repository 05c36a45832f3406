// The preview workflow and the fast content path (issue 22): each same-repository pull request is
// built under its own path, published beside the main site, announced as a "deploy" status and
// removed on close; forks get none; a change only to content/ gets npm run test:content first.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { readWorkflow } from "../support/workflow.ts";

const read = readWorkflow;
const preview = read(".github/workflows/preview.yml");
const ci = read(".github/workflows/ci.yml");
const sameRepository = /github\.event\.pull_request\.head\.repo\.full_name == github\.repository/;
const prefix = /\/pr-\$\{\{ github\.event\.pull_request\.number \}\}\/$/;

describe(".github/workflows/preview.yml", () => {
  const { publish, remove } = preview.jobs;

  it("runs when a pull request opens, changes and closes", () => {
    assert.deepEqual(preview.on.pull_request?.types?.sort(), [
      "closed",
      "opened",
      "reopened",
      "synchronize",
    ]);
  });

  it("builds only a same-repository pull request, as a preview under /pr-<N>/", () => {
    assert.ok(publish, "a job named publish");
    assert.match(publish.if ?? "", sameRepository, "no preview for forks");
    assert.match(publish.if ?? "", /github\.event\.action != 'closed'/);
    const build = publish.steps.find((s) => /npm run build/.test(s.run ?? ""));
    assert.match(build?.env?.PATH_PREFIX ?? "", prefix);
    assert.match(build?.env?.PATH_PREFIX ?? "", /steps\.pages\.outputs\.base_path/);
    assert.match(build?.env?.PREVIEW_PR ?? "", /github\.event\.pull_request\.number/);
    assert.match(build?.env?.PREVIEW_PR_URL ?? "", /github\.event\.pull_request\.html_url/);
  });

  it("publishes the build into gh-pages/pr-<N>/ and only there", () => {
    assert.ok(publish);
    const deploy = publish.steps.find((s) =>
      s.uses?.startsWith("JamesIves/github-pages-deploy-action@"),
    );
    assert.equal(deploy?.with?.branch, "gh-pages");
    assert.equal(deploy?.with?.folder, "dist");
    // GitHub's expression syntax, not a template string.
    assert.match(
      String(deploy?.with?.["target-folder"]),
      /^pr-\$\{\{ github\.event\.pull_request\.number \}\}$/,
    );
    assert.equal(publish.permissions?.contents, "write");
  });

  it("announces the address as a commit status whose context contains deploy, after publishing", () => {
    assert.ok(publish);
    const deployAt = publish.steps.findIndex((s) =>
      s.uses?.startsWith("JamesIves/github-pages-deploy-action@"),
    );
    const statusAt = publish.steps.findIndex((s) =>
      /createCommitStatus/.test(String(s.with?.script ?? "")),
    );
    assert.ok(statusAt > deployAt && deployAt >= 0);
    const step = publish.steps[statusAt];
    const script = String(step?.with?.script);
    assert.match(script, /context: "[^"]*deploy[^"]*"/);
    assert.match(script, /target_url: process\.env\.PREVIEW_URL/);
    assert.match(script, /sha: context\.payload\.pull_request\.head\.sha/);
    assert.match(step?.env?.PREVIEW_URL ?? "", prefix);
    assert.equal(publish.permissions?.statuses, "write");
  });

  it("removes the preview's folder when the pull request closes", () => {
    assert.ok(remove, "a job named remove");
    assert.match(remove.if ?? "", /github\.event\.action == 'closed'/);
    const checkout = remove.steps.find((s) => s.uses?.startsWith("actions/checkout@"));
    assert.equal(checkout?.with?.ref, "gh-pages");
    assert.ok(remove.steps.some((s) => /git rm -rq "pr-\$PR"/.test(s.run ?? "")));
    assert.ok(remove.steps.some((s) => /git push origin HEAD:gh-pages/.test(s.run ?? "")));
  });
});

describe("ci.yml for previews and content changes", () => {
  it("gives the comment the preview's address, or says a fork gets none", () => {
    const write = ci.jobs.report?.steps.find((s) => /report:pull-request/.test(s.run ?? ""));
    assert.match(write?.env?.PREVIEW_URL ?? "", sameRepository);
    assert.match(write?.env?.PREVIEW_URL ?? "", /pr-\{1\}\//);
    assert.match(write?.env?.PREVIEW_FORK ?? "", /head\.repo\.full_name != github\.repository/);
  });

  it("runs npm run test:content when the path decision says a pull request changed only content", () => {
    const { changes, content } = ci.jobs;
    assert.ok(changes && content);
    assert.ok(changes.steps.some((s) => /node scripts\/ci\/change-scope\.mjs/.test(s.run ?? "")));
    assert.deepEqual([content.needs].flat(), ["changes"]);
    assert.match(content.if ?? "", /needs\.changes\.outputs\.scope == 'content'/);
    assert.ok(content.steps.some((s) => /npm run test:content/.test(s.run ?? "")));
    const project = JSON.parse(readFileSync("package.json", "utf8")) as {
      scripts: Record<string, string>;
    };
    const script = project.scripts["test:content"] ?? "";
    for (const part of ["check:content -- --spelling", "npm run build", "--project 'real content'"])
      assert.ok(script.includes(part), `test:content runs ${part}`);
    assert.doesNotMatch(script, /typecheck|lint|test:unit/);
  });
});
