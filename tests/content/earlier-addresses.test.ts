// `tidigare` and `borttagna` (issue 21): where earlier addresses lead, and each mistake in them
// reported in Swedish naming the file, the line and the field.
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { describe, it } from "node:test";
import {
  problemObjectsOf,
  problemsOf,
  treeWith,
  writeTree,
} from "../../scripts/fuzz/content-tree.ts";
import { removedSearchUrl } from "../../src/content/earlier-addresses.ts";
import { loadContent } from "../../src/content/load-content.ts";

const question = (front: string) => `---\n${front}\n---\n\nEtt svar.\n`;
const page = (title: string, extra = "") =>
  `---\ntitle: ${title}\ndescription: Svar.\nupdated: 2024-12-04\nsections:\n  - id: a\n    title: A\n${extra}---\n\nInledning.\n`;
/** A second page "q" with one question "three". */
const pageQ = {
  "q/index.md": page("Frågor om q"),
  "q/a/three.md": question("question: Fråga tre?\norder: 10"),
};

async function earlierOf(changes: Record<string, string | null>) {
  const root = await writeTree(treeWith(changes));
  try {
    const content = await loadContent(root, ["/", "/sok/"]);
    assert.deepEqual(content.problems, []);
    return content.earlier;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe("earlier addresses lead on", () => {
  it("a renamed question answers to its old anchor on its own page", async () => {
    const earlier = await earlierOf({
      "p/a/one.md": question("question: Fråga ett?\norder: 10\ntidigare: [gamla-ett, ettan]"),
    });
    assert.deepEqual(earlier.pages.get("p")?.aliases, { one: ["gamla-ett", "ettan"] });
  });

  it("a question moved from another page: that page sends its old anchor on", async () => {
    const earlier = await earlierOf({
      ...pageQ,
      "q/a/three.md": question("question: Fråga tre?\norder: 10\ntidigare: [p/trean]"),
    });
    assert.deepEqual(earlier.pages.get("p")?.moved, [
      { anchor: "trean", url: "/q/#three", question: "Fråga tre?" },
    ]);
    assert.deepEqual(earlier.pages.get("q")?.aliases, {});
  });

  it("a removed question's anchor offers a search for its words", async () => {
    const earlier = await earlierOf({
      "p/index.md": page("Frågor om p", "borttagna: [logga-in-med-kod]\n").replace(
        "    title: A\n",
        "    title: A\n  - id: b\n    title: B\n",
      ),
    });
    assert.deepEqual(earlier.pages.get("p")?.removed, [
      { anchor: "logga-in-med-kod", searchUrl: "/sok/?q=logga+in+med+kod" },
    ]);
    assert.equal(removedSearchUrl("bank-id"), "/sok/?q=bank+id");
  });

  it("a renamed page redirects from its old folder, with the anchors moved off it", async () => {
    const earlier = await earlierOf({
      ...pageQ,
      "q/index.md": page("Frågor om q", "tidigare: [gamla-q]\n"),
      "p/a/one.md": question("question: Fråga ett?\norder: 10\ntidigare: [gamla-q/ettan]"),
    });
    assert.deepEqual(earlier.redirects, [
      {
        from: "gamla-q",
        to: "q",
        title: "Frågor om q",
        moved: [{ anchor: "ettan", url: "/p/#one", question: "Fråga ett?" }],
      },
    ]);
    // An old link that reaches /q/#ettan by a 301 (which keeps the #) is sent on from there too.
    assert.deepEqual(earlier.pages.get("q")?.moved, [
      { anchor: "ettan", url: "/p/#one", question: "Fråga ett?" },
    ]);
  });
});

describe("mistakes in tidigare and borttagna, in Swedish with file, line and field", () => {
  it("an old anchor that is not an anchor, with what to write", async () => {
    const [found] = await problemObjectsOf(
      treeWith({
        "p/a/one.md": question("question: Fråga ett?\norder: 10\ntidigare: [Gamla Ett]"),
      }),
    );
    assert.equal(found?.file, "p/a/one.md");
    assert.equal(found?.line, 4);
    assert.equal(found?.field, "tidigare[0]");
    assert.equal(found?.suggestion, "gamla-ett");
    assert.match(
      found?.message ?? "",
      /Värde 1 under "tidigare" ska vara ett ankare som frågan hade förut/,
    );
  });

  it("an old anchor that is the question's own", async () => {
    assert.deepEqual(
      await problemsOf(
        treeWith({ "p/a/one.md": question("question: Fråga ett?\norder: 10\ntidigare: [one]") }),
      ),
      [
        'p/a/one.md:4: "tidigare" har "one", som är frågans eget ankare nu. "tidigare" ska bara ha ankare som frågan hade förut: ta bort "one" ur listan.',
      ],
    );
  });

  it("an old anchor another question of the page has now", async () => {
    const lines = await problemsOf(
      treeWith({ "p/a/one.md": question("question: Fråga ett?\norder: 10\ntidigare: [two]") }),
    );
    assert.equal(lines.length, 1);
    assert.match(
      lines[0] ?? "",
      /^p\/a\/one\.md:4: "tidigare" har "two", men ankaret finns på \/p\/ och hör till p\/b\/two\.md\./,
    );
  });

  it("an old anchor of another page that is live there", async () => {
    const lines = await problemsOf(
      treeWith({
        ...pageQ,
        "p/a/one.md": question("question: Fråga ett?\norder: 10\ntidigare: [q/three]"),
      }),
    );
    assert.match(
      lines.join("\n"),
      /^p\/a\/one\.md:4: "tidigare" har "q\/three", men ankaret finns på \/q\/ och hör till q\/a\/three\.md/,
    );
  });

  it("two questions claiming one old anchor", async () => {
    const lines = await problemsOf(
      treeWith({
        "p/a/one.md": question("question: Fråga ett?\norder: 10\ntidigare: [gammal]"),
        "p/b/two.md": question("question: Fråga två?\norder: 10\ntidigare:\n  - annan\n  - gammal"),
      }),
    );
    assert.deepEqual(lines, [
      'p/b/two.md:6: "tidigare" har "gammal", som också står i "tidigare" i p/a/one.md. Ett gammalt ankare kan bara leda till en fråga: ta bort det ur den ena filen.',
    ]);
  });

  it("an old anchor on a page that is gone and redirected nowhere", async () => {
    const lines = await problemsOf(
      treeWith({
        "p/a/one.md": question("question: Fråga ett?\norder: 10\ntidigare: [borta/ett]"),
      }),
    );
    assert.match(
      lines.join("\n"),
      /^p\/a\/one\.md:4: "tidigare" har "borta\/ett", men sidan \/borta\/ finns inte/,
    );
  });

  it("a page naming itself, a live page, a static page, and a cycle between two pages", async () => {
    const self = await problemsOf(
      treeWith({
        "p/index.md": page("P", "tidigare: [p]\n").replace(
          "  - id: a\n    title: A\n",
          "  - id: a\n    title: A\n  - id: b\n    title: B\n",
        ),
      }),
    );
    assert.match(self.join("\n"), /^p\/index\.md:\d+: "tidigare" har "p", som är sidans egen mapp/);
    const cycle = await problemsOf(
      treeWith({
        ...pageQ,
        "q/index.md": page("Q", "tidigare: [p]\n"),
        "p/index.md": page("P", "tidigare: [q, kakor]\n").replace(
          "  - id: a\n    title: A\n",
          "  - id: a\n    title: A\n  - id: b\n    title: B\n",
        ),
      }),
    );
    assert.equal(cycle.length, 3);
    assert.match(
      cycle[0] ?? "",
      /^p\/index\.md:10: "tidigare" har "q", men sidan \/q\/ finns \(.*q\/index\.md\)/,
    );
    assert.match(
      cycle[1] ?? "",
      /^p\/index\.md:10: "tidigare" har "kakor", men sidan \/kakor\/ finns/,
    );
    assert.match(cycle[2] ?? "", /^q\/index\.md:8: "tidigare" har "p", men sidan \/p\/ finns/);
  });

  it("two pages claiming one old folder", async () => {
    const lines = await problemsOf(
      treeWith({
        ...pageQ,
        "q/index.md": page("Q", "tidigare: [gammal]\n"),
        "p/index.md": page("P", "tidigare: [gammal]\n").replace(
          "  - id: a\n    title: A\n",
          "  - id: a\n    title: A\n  - id: b\n    title: B\n",
        ),
      }),
    );
    assert.equal(lines.length, 1);
    assert.match(
      lines[0] ?? "",
      /^q\/index\.md:8: "tidigare" har "gammal", som också står i "tidigare" i .*p\/index\.md/,
    );
  });

  it("a removed anchor that is live, or that a question claims", async () => {
    const withB = (extra: string) =>
      page("P", extra).replace(
        "  - id: a\n    title: A\n",
        "  - id: a\n    title: A\n  - id: b\n    title: B\n",
      );
    const lines = await problemsOf(
      treeWith({
        "p/index.md": withB("borttagna: [one, gammal]\n"),
        "p/b/two.md": question("question: Fråga två?\norder: 10\ntidigare: [gammal]"),
      }),
    );
    assert.equal(lines.length, 2);
    assert.match(
      lines[0] ?? "",
      /^p\/index\.md:10: "borttagna" har "one", men ankaret "#one" finns kvar på sidan \(.*p\/a\/one\.md\)/,
    );
    assert.match(
      lines[1] ?? "",
      /^p\/index\.md:10: "borttagna" har "gammal", men .*p\/b\/two\.md har ankaret i "tidigare"/,
    );
  });
});
