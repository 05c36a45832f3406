// The editors' search words: `sokord` in a question's front matter and content/sokord.yml, loaded
// with the content and reported on one line naming the file, the entry and what to do (issue 12).
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { describe, it } from "node:test";
import { problemsOf, treeWith, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { loadContent } from "../../src/content/load-content.ts";

const withSearchWords =
  "---\nquestion: Fråga ett?\norder: 10\nsokord: [iphone, mobilt bank‑id]\n---\n\nSvar ett.\n";

async function load(changes: Record<string, string | null>) {
  const root = await writeTree(treeWith(changes));
  try {
    return await loadContent(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe("sokord in a question", () => {
  it("is a list of words and phrases that reaches the question", async () => {
    const { pages, problems } = await load({ "p/a/one.md": withSearchWords });
    assert.deepEqual(problems, []);
    assert.deepEqual(pages[0]?.sections[0]?.questions[0]?.sokord, ["iphone", "mobilt bank‑id"]);
  });

  it("is reported when it is not a list of words", async () => {
    assert.deepEqual(
      await problemsOf(
        treeWith({
          "p/a/one.md": "---\nquestion: Fråga?\norder: 10\nsokord: [iphone, 3]\n---\n\nSvar.\n",
        }),
      ),
      [
        'p/a/one.md:4: Del 2 under "sokord" ska vara en text, men här står 3. Skriv en text efter kolonet.',
      ],
    );
  });
});

describe("content/sokord.yml", () => {
  it("maps each citizen's word, in lower case, to the site's words", async () => {
    const { synonyms, problems } = await load({
      "sokord.yml":
        "# Medborgarens ord: webbplatsens ord\nBifoga: [ladda upp, bilaga]\ntom: blank\n",
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      [...synonyms],
      [
        ["bifoga", ["ladda upp", "bilaga"]],
        ["tom", ["blank"]],
      ],
    );
  });

  it("is optional, and is not reported as a stray file", async () => {
    const { synonyms, problems } = await load({});
    assert.deepEqual([problems, synonyms.size], [[], 0]);
  });

  it("reports an entry without site words, a word written twice, and broken YAML", async () => {
    assert.deepEqual(
      await problemsOf(treeWith({ "sokord.yml": "bifoga:\ntom: []\nTom: [blank]\nok: [x]\n" })),
      [
        'sokord.yml: Ordet "bifoga" saknar webbplatsens ord. Skriv dem som en lista efter kolonet, till exempel bifoga: [ladda upp, bilaga].',
        'sokord.yml: Ordet "tom" saknar webbplatsens ord. Skriv dem som en lista efter kolonet, till exempel bifoga: [ladda upp, bilaga].',
        'sokord.yml: Ordet "Tom" står två gånger (stora och små bokstäver räknas lika). Slå ihop raderna till en.',
      ],
    );
    const broken = await problemsOf(treeWith({ "sokord.yml": "bifoga: [ladda upp\n" }));
    assert.equal(broken.length, 1);
    assert.match(
      broken[0] ?? "",
      /^sokord\.yml:\d+: Filen går inte att läsa: den är inte giltig YAML\./,
    );
  });
});
