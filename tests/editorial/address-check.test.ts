// Addresses against a base version (issue 21): a page or question anchor of the base that leads
// nowhere now is a Swedish problem naming the file and the exact line to add; declared, it is not.
import assert from "node:assert/strict";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { treeWith, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { addressesAgainstRef } from "../../src/editorial/address-check.ts";
import { git } from "../support/git.ts";

const question = (front: string) => `---\n${front}\n---\n\nEtt svar.\n`;
const pageQ = {
  "content/q/index.md":
    "---\ntitle: Frågor om q\ndescription: Svar.\nupdated: 2024-12-04\nsections:\n  - id: a\n    title: A\n---\n\nInledning.\n",
  "content/q/a/three.md": question("question: Fråga tre?\norder: 10"),
};

/** A repository whose first commit is the valid tree (page p) and page q, under content/. */
async function repoWithBase(): Promise<string> {
  const tree = Object.fromEntries(
    Object.entries(treeWith({})).map(([name, text]) => [`content/${name}`, text]),
  );
  const repo = await writeTree({ ...tree, ...pageQ });
  git(repo, "init", "--quiet");
  git(repo, "add", ".");
  git(repo, "commit", "--quiet", "-m", "Base");
  return repo;
}

/** Applies `edit` to the repository's content and returns the address problems against HEAD. */
async function problemsAfter(edit: (content: string) => Promise<void>): Promise<string[]> {
  const repo = await repoWithBase();
  const contentDir = path.join(repo, "content");
  try {
    await edit(contentDir);
    const content = await loadContent(contentDir, ["/"]);
    assert.deepEqual(content.problems.map(formatProblem), []);
    const problems = await addressesAgainstRef(contentDir, "HEAD", content, ["/"]);
    return problems.map((p) => formatProblem(p).replaceAll(`${contentDir}/`, ""));
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
}

const write = (dir: string, name: string, text: string) =>
  mkdir(path.dirname(path.join(dir, name)), { recursive: true }).then(() =>
    writeFile(path.join(dir, name), text),
  );

describe("addresses against the base version", () => {
  it("nothing when nothing disappeared", async () => {
    assert.deepEqual(await problemsAfter(async () => {}), []);
  });

  it("a renamed question: the line to add to its new file, and none once it is there", async () => {
    const renamed = async (dir: string) => {
      await rename(path.join(dir, "p/a/one.md"), path.join(dir, "p/a/ett.md"));
    };
    assert.deepEqual(await problemsAfter(renamed), [
      "p/a/ett.md: Adressen /p/#one fanns i HEAD men finns inte längre, så länkar dit från andra webbplatser, e-post och bokmärken slutar fungera. Lägg till `tidigare: [one]` i frågans front matter, så leder den gamla adressen hit.",
    ]);
    assert.deepEqual(
      await problemsAfter(async (dir) => {
        await renamed(dir);
        await write(
          dir,
          "p/a/ett.md",
          question("question: Fråga ett?\norder: 10\ntidigare: [one]"),
        );
      }),
      [],
    );
  });

  it("a question moved to another page keeps its old page in the line to add", async () => {
    const moved = async (dir: string) => {
      await rename(path.join(dir, "q/a/three.md"), path.join(dir, "p/b/three.md"));
      await write(dir, "p/b/three.md", question("question: Fråga tre?\norder: 20"));
      await write(dir, "q/a/four.md", question("question: Fråga fyra?\norder: 10"));
    };
    assert.deepEqual(await problemsAfter(moved), [
      "p/b/three.md: Adressen /q/#three fanns i HEAD men finns inte längre, så länkar dit från andra webbplatser, e-post och bokmärken slutar fungera. Lägg till `tidigare: [q/three]` i frågans front matter, så leder den gamla adressen hit.",
    ]);
    assert.deepEqual(
      await problemsAfter(async (dir) => {
        await moved(dir);
        await write(
          dir,
          "p/b/three.md",
          question("question: Fråga tre?\norder: 20\ntidigare: [q/three]"),
        );
      }),
      [],
    );
  });

  it("a removed question: borttagna in the page's index.md, with the line it goes on", async () => {
    const removed = async (dir: string) => {
      await rm(path.join(dir, "q/a/three.md"));
      await write(dir, "q/a/four.md", question("question: Fråga fyra?\norder: 10"));
    };
    const [line] = await problemsAfter(removed);
    assert.match(
      line ?? "",
      /^q\/index\.md: Adressen \/q\/#three .* Lägg till `borttagna: \[three\]` i .*q\/index\.md om frågan är borttagen.* Finns frågan kvar under ett annat filnamn, lägg i stället till tidigare: \[three\] i den frågans fil\.$/,
    );
    const declared = async (dir: string) => {
      await removed(dir);
      const index = pageQ["content/q/index.md"].replace("---\n\n", "borttagna: [three]\n---\n\n");
      await write(dir, "q/index.md", index);
    };
    assert.deepEqual(await problemsAfter(declared), []);
  });

  it("a renamed page folder: tidigare in the index.md of the page that took its questions", async () => {
    const renamed = (dir: string) => rename(path.join(dir, "q"), path.join(dir, "r"));
    assert.deepEqual(await problemsAfter(renamed), [
      "r/index.md: Adressen /q/ fanns i HEAD men finns inte längre, så länkar dit från andra webbplatser, e-post och bokmärken slutar fungera. Lägg till `tidigare: [q]` i r/index.md, så leder den gamla adressen till sidan som ersätter den.",
    ]);
    assert.deepEqual(
      await problemsAfter(async (dir) => {
        await renamed(dir);
        const index = pageQ["content/q/index.md"].replace("---\n\n", "tidigare: [q]\n---\n\n");
        await write(dir, "r/index.md", index);
      }),
      [],
    );
  });

  it("an old anchor declared in the base must stay declared", async () => {
    const repo = await repoWithBase();
    const dir = path.join(repo, "content");
    try {
      await write(
        dir,
        "q/a/three.md",
        question("question: Fråga tre?\norder: 10\ntidigare: [trean]"),
      );
      git(repo, "commit", "--quiet", "-am", "Declared");
      await write(dir, "q/a/three.md", question("question: Fråga tre?\norder: 10"));
      const content = await loadContent(dir, ["/"]);
      const problems = await addressesAgainstRef(dir, "HEAD", content, ["/"]);
      assert.equal(problems.length, 1);
      assert.match(problems[0]?.message ?? "", /Adressen \/q\/#trean .* `borttagna: \[trean\]`/);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});
