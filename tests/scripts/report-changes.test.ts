// `npm run report:changes -- <ref>` in a git repository: the Markdown CI writes to the job summary.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { validTree } from "../../scripts/fuzz/content-tree.ts";
import { git } from "../support/git.ts";
import { runScript } from "../support/run-script.ts";

async function write(repo: string, files: Record<string, string | null>) {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(repo, name);
    if (text === null) {
      await rm(file);
      continue;
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/** The fixture tree under content/, as git paths. */
const content = (files: Record<string, string | null>) =>
  Object.fromEntries(Object.entries(files).map(([name, text]) => [`content/${name}`, text]));

describe("npm run report:changes", () => {
  let repo = "";
  let contentDir = "";

  before(async () => {
    repo = await mkdtemp(path.join(tmpdir(), "fk-report-changes-"));
    contentDir = path.join(repo, "content");
    git(repo, "init", "--quiet");
    await write(repo, { "README.md": "Ett förråd utan innehåll.\n" });
    git(repo, "add", ".");
    git(repo, "commit", "--quiet", "-m", "Start without content");
    git(repo, "tag", "without-content");
    await write(repo, content(validTree));
    git(repo, "add", ".");
    git(repo, "commit", "--quiet", "-m", "Add the content");
    // The working tree, as a pull request would change it.
    await write(
      repo,
      content({
        "p/a/one.md":
          "---\nquestion: Fråga ett, med nya ord?\norder: 10\n---\n\nSvar ett, se [två](#two).\n",
        "p/a/three.md": "---\nquestion: Fråga tre?\norder: 20\n---\n\nSvar tre.\n",
      }),
    );
  });

  after(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it("prints the questions changed since the ref, and leaves the repository as it was", async () => {
    const status = git(repo, "status", "--porcelain");
    const result = await runScript("scripts/report-changes.ts", { CONTENT_DIR: contentDir }, [
      "HEAD",
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      [
        "## Ändringar i innehållet",
        "",
        "Frågorna jämförda med `HEAD`.",
        "",
        "### Tillagda frågor (1)",
        "",
        "| Fråga | Sida › sektion | Ankare |",
        "|---|---|---|",
        "| Fråga tre? | Frågor om p › A | `/p/#three` |",
        "",
        "### Ändrade frågor (1)",
        "",
        "| Fråga | Ändrat | Sida › sektion | Ankare |",
        "|---|---|---|---|",
        "| Fråga ett, med nya ord? | frågan, förut ”Fråga ett?” | Frågor om p › A | `/p/#one` |",
        "",
      ].join("\n"),
    );
    assert.equal(git(repo, "status", "--porcelain"), status);
  });

  it("says that nothing changed when the working tree has the ref's content", async () => {
    const stash = git(repo, "stash", "--include-untracked", "--quiet");
    try {
      const result = await runScript("scripts/report-changes.ts", { CONTENT_DIR: contentDir }, [
        "HEAD",
      ]);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /^Inga frågor har ändrats\.$/m);
    } finally {
      assert.equal(stash, "");
      git(repo, "stash", "pop", "--quiet");
    }
  });

  it("counts every question as added when the ref has no content folder", async () => {
    const result = await runScript("scripts/report-changes.ts", { CONTENT_DIR: contentDir }, [
      "without-content",
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /^`without-content` har ingen mapp `content\/`, så alla frågor räknas som tillagda\.$/m,
    );
    assert.match(result.stdout, /^### Tillagda frågor \(3\)$/m);
  });

  it("exits 1 and says what to do when the ref is missing or unknown, or git cannot help", async () => {
    const missing = await runScript("scripts/report-changes.ts", { CONTENT_DIR: contentDir });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /npm run report:changes -- origin\/main/);
    assert.equal(missing.stdout, "");

    const unknown = await runScript("scripts/report-changes.ts", { CONTENT_DIR: contentDir }, [
      "origin/no-such-branch",
    ]);
    assert.equal(unknown.code, 1);
    assert.match(
      unknown.stderr,
      /"origin\/no-such-branch" is not a branch, tag or commit of this repository: .*git fetch/,
    );
    assert.equal(unknown.stdout, "");

    const elsewhere = await mkdtemp(path.join(tmpdir(), "fk-not-a-repository-"));
    try {
      const outside = await runScript("scripts/report-changes.ts", { CONTENT_DIR: elsewhere }, [
        "HEAD",
      ]);
      assert.equal(outside.code, 1);
      assert.match(outside.stderr, /git cannot read the repository of .*: run this in a clone/);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});
