// The path decision: a pull request that changes only the content's own files gets the content
// checks; anything else, including code placed in content/, gets every test.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { codePaths, scopeOf } from "../../scripts/ci/change-scope.mjs";

describe("scopeOf", () => {
  it("is content for Markdown, YAML and the word list under content/, at any depth", () => {
    assert.equal(scopeOf(["content/sida/fraga.md"]), "content");
    assert.equal(
      scopeOf(["content/kontakt.yml", "content/a/b/c.yaml", "content/ordlista.txt"]),
      "content",
    );
  });

  for (const disguised of [
    "content/x.js",
    "content/sida/mall.njk",
    "content/stil.scss",
    "content/a.ts",
    "content/a.md.js",
    "content/.eleventy.js",
  ])
    it(`is full for code placed in content/: ${disguised}`, () => {
      assert.equal(scopeOf(["content/sida/fraga.md", disguised]), "full");
      assert.deepEqual(codePaths(["content/sida/fraga.md", disguised]), [disguised]);
    });

  it("is full for any file outside content/, even Markdown", () => {
    assert.equal(scopeOf(["README.md"]), "full");
    assert.equal(scopeOf(["tests/fixtures/content/sida/fraga.md"]), "full");
    assert.equal(scopeOf(["contentish/a.md"]), "full");
  });

  it("is full when nothing is known to have changed", () => {
    assert.equal(scopeOf([]), "full");
    assert.equal(scopeOf(["", "  "]), "full");
  });
});

describe("scripts/ci/change-scope.mjs in a repository", () => {
  const repo = mkdtempSync(path.join(tmpdir(), "change-scope-"));
  after(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], {
      cwd: repo,
      encoding: "utf8",
    });
  const script = path.resolve("scripts/ci/change-scope.mjs");
  const run = (env: Record<string, string>) => {
    const output = path.join(repo, "..", `${path.basename(repo)}-output`);
    writeFileSync(output, "");
    const stdout = execFileSync(process.execPath, [script], {
      cwd: repo,
      encoding: "utf8",
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, ...env },
    });
    const written = readFileSync(output, "utf8");
    rmSync(output);
    return { stdout, written };
  };

  git("init", "-q", "-b", "main");
  mkdirSync(path.join(repo, "content", "sida"), { recursive: true });
  mkdirSync(path.join(repo, "src"));
  writeFileSync(path.join(repo, "content", "sida", "fraga.md"), "# Fråga\n");
  writeFileSync(path.join(repo, "src", "helper.js"), "export {};\n");
  git("add", ".");
  git("commit", "-qm", "base");
  const base = git("rev-parse", "HEAD").trim();

  it("writes scope=content to GITHUB_OUTPUT for a one-line content change", () => {
    git("checkout", "-qb", "edit", base);
    writeFileSync(path.join(repo, "content", "sida", "fraga.md"), "# Fråga\nEn rad.\n");
    git("commit", "-qam", "edit");
    const { written } = run({ EVENT_NAME: "pull_request", BASE_SHA: base });
    assert.equal(written, "scope=content\n");
  });

  it("counts code moved into content/ under a content name as code (both names are listed)", () => {
    git("checkout", "-qb", "move", base);
    renameSync(path.join(repo, "src", "helper.js"), path.join(repo, "content", "helper.md"));
    git("add", "-A");
    git("commit", "-qm", "move");
    const { written, stdout } = run({ EVENT_NAME: "pull_request", BASE_SHA: base });
    assert.equal(written, "scope=full\n");
    assert.match(stdout, /src\/helper\.js/);
  });

  it("tests everything on a push to main", () => {
    assert.equal(run({ EVENT_NAME: "push" }).written, "scope=full\n");
  });
});
