// One small content tree per editor mistake: each is reported on one line naming file, field and fix.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { problemsOf, treeWith, validTree } from "../support/content-tree.ts";

const question = (front: string, body = "Ett svar.") => `---\n${front}\n---\n\n${body}\n`;
const page = (sections: string, extra = "") =>
  `---\ntitle: Frågor om p\ndescription: Svar om p.\nupdated: 2024-12-04\nsections:\n${sections}\n${extra}---\n\nInledning.\n`;
const sectionsAB = "  - id: a\n    title: A\n  - id: b\n    title: B";

/** Asserts that the tree has exactly the given problem lines. */
async function expectProblems(changes: Record<string, string | null>, expected: string[]) {
  assert.deepEqual(await problemsOf(treeWith(changes)), expected);
}

describe("loadContent reports", () => {
  it("nothing for the valid tree", async () => {
    assert.deepEqual(await problemsOf(validTree), []);
  });

  it("a missing field, naming the field", async () => {
    await expectProblems({ "p/a/one.md": question("order: 10") }, [
      'p/a/one.md: front matter "question" is missing: add it',
    ]);
  });

  it("a mistyped field, with the value found", async () => {
    await expectProblems({ "p/a/one.md": question("question: Fråga?\norder: tio") }, [
      'p/a/one.md: front matter "order" must be a whole number (found "tio")',
    ]);
    await expectProblems({ "p/a/one.md": question("question: Fråga?\norder: 1.5") }, [
      'p/a/one.md: front matter "order" must be a whole number (found 1.5)',
    ]);
  });

  it("a missing or mistyped page field, with its place in a list", async () => {
    await expectProblems(
      {
        "p/index.md":
          "---\ndescription: Svar.\nupdated: 2024-12-04\nsections:\n  - id: a\n    title: A\n  - b\n---\n",
      },
      [
        'p/index.md: front matter "title" is missing: add it',
        'p/index.md: front matter "sections[1]" must be a section with the fields "id" and "title", one "name: value" per line (found "b")',
      ],
    );
  });

  it("malformed YAML, with the line of the file it is on", async () => {
    await expectProblems({ "p/a/one.md": question("order: 10\nquestion: Vad gäller: bank-id?") }, [
      'p/a/one.md: line 3: front matter is not valid YAML (Nested mappings are not allowed in compact mappings: put text that contains ": " in quotes ("like: this"), and indent list items and nested fields with spaces as in the guide)',
    ]);
  });

  it("an unclosed quote in YAML", async () => {
    const [line] = await problemsOf(
      treeWith({ "p/a/one.md": question('question: "Fråga?\norder: 10') }),
    );
    assert.match(
      line ?? "",
      /^p\/a\/one\.md: line \d: front matter is not valid YAML \(missing closing "quote: end the text with the same quote mark/,
    );
  });

  it("a field written twice in YAML", async () => {
    await expectProblems({ "p/a/one.md": question("question: Fråga?\norder: 10\norder: 20") }, [
      'p/a/one.md: line 4: front matter is not valid YAML (the field "order" is written twice: keep only one of them)',
    ]);
  });

  it("a file without front matter, and front matter that never ends", async () => {
    await expectProblems({ "p/a/one.md": "Bara ett svar.\n" }, [
      'p/a/one.md: has no front matter: start the file with a line "---", the fields, and another line "---"',
    ]);
    await expectProblems({ "p/a/one.md": "---\nquestion: Fråga?\norder: 10\n\nSvar.\n" }, [
      'p/a/one.md: has front matter that never ends: add a line "---" after the last field',
    ]);
  });

  it("front matter that is a list instead of fields", async () => {
    await expectProblems({ "p/a/one.md": question("- Fråga?\n- 10") }, [
      'p/a/one.md: front matter must be fields, one "name: value" per line (found a list)',
    ]);
  });

  it("an unknown field, suggesting the nearest known name", async () => {
    await expectProblems(
      { "p/a/one.md": question("question: Fråga?\norder: 10\nupdatd: 2024-12-04") },
      ['p/a/one.md: front matter "updatd" is not a known field: did you mean "updated"?'],
    );
    await expectProblems(
      { "p/index.md": page("  - id: a\n    titel: A\n  - id: b\n    title: B") },
      [
        'p/index.md: front matter "sections[0].title" is missing: add it',
        'p/index.md: front matter "sections[0].titel" is not a known field: did you mean "title"?',
      ],
    );
  });

  it("an unknown field with no near name, listing the known ones", async () => {
    await expectProblems(
      { "p/a/one.md": question("question: Fråga?\norder: 10\nförfattare: Anna") },
      [
        'p/a/one.md: front matter "författare" is not a known field (known fields: question, order, updated, sokord); remove it',
      ],
    );
  });

  it("a section folder not listed in sections", async () => {
    await expectProblems({ "p/c/three.md": question("question: Tre?\norder: 10") }, [
      'p/c: is a section folder that is not listed in "sections" of p/index.md: add it there, or move its questions',
    ]);
  });

  it("a listed section without a folder", async () => {
    await expectProblems({ "p/index.md": page(`${sectionsAB}\n  - id: c\n    title: C`) }, [
      `p/index.md: front matter "sections" lists "c" but there is no folder ${"p/c"}/: create it, or remove the section`,
    ]);
  });

  it("a duplicate order within a section", async () => {
    await expectProblems({ "p/a/zero.md": question("question: Noll?\norder: 10") }, [
      'p/a/zero.md: front matter "order" is 10, the same as in p/a/one.md: give each question in a section its own number',
    ]);
  });

  it("a duplicate section id", async () => {
    await expectProblems({ "p/index.md": page(`${sectionsAB}\n  - id: a\n    title: A igen`) }, [
      'p/index.md: front matter "sections" lists the id "a" twice: give each section its own id',
    ]);
  });

  it("two questions of one page with the same file name, so the same anchor", async () => {
    await expectProblems({ "p/b/one.md": question("question: Ett igen?\norder: 20") }, [
      'p/b/one.md: has the anchor "#one", already used by p/a/one.md: rename the file',
    ]);
  });

  it("an empty answer", async () => {
    await expectProblems({ "p/a/one.md": question("question: Fråga?\norder: 10", "  ") }, [
      "p/a/one.md: has an empty answer: write the answer below the front matter",
    ]);
  });

  it("a date that is not a real YYYY-MM-DD date", async () => {
    await expectProblems(
      { "p/a/one.md": question("question: Fråga?\norder: 10\nupdated: 2024-02-30") },
      [
        'p/a/one.md: front matter "updated" must be a real date written YYYY-MM-DD (like 2024-12-04) (found "2024-02-30")',
      ],
    );
    await expectProblems(
      { "p/b/two.md": question("question: Två?\norder: 10\nupdated: 4 december 2024") },
      [
        'p/b/two.md: front matter "updated" must be a real date written YYYY-MM-DD (like 2024-12-04) (found "4 december 2024")',
      ],
    );
  });

  it("slugs that are not lower-case ASCII letters, digits and hyphens", async () => {
    await expectProblems({ "p/a/Fråga_1.md": question("question: Fråga?\norder: 20") }, [
      "p/a/Fråga_1.md: has a file name that cannot be a link anchor: use lower-case ASCII letters, digits and hyphens (å, ä and ö become a, a and o)",
    ]);
    const renamed = { ...validTree, "p/index.md": null, "p/a/one.md": null, "p/b/two.md": null };
    await expectProblems(
      {
        ...renamed,
        "Övrigt/index.md": page("  - id: a\n    title: A"),
        "Övrigt/a/one.md": question("question: Fråga?\norder: 10"),
      },
      [
        "Övrigt: is a folder name that cannot be an address: use lower-case ASCII letters, digits and hyphens (å, ä and ö become a, a and o)",
      ],
    );
    await expectProblems(
      { "p/index.md": page("  - id: a\n    title: A\n  - id: B\n    title: B") },
      [
        'p/index.md: front matter "sections[1].id" must be lower-case ASCII letters, digits and hyphens (like inloggning) (found "B")',
      ],
    );
  });

  it("links to a page or #anchor of the site that does not exist", async () => {
    await expectProblems(
      {
        "p/a/one.md": question(
          "question: Fråga?\norder: 10",
          "Se [x](/saknas/) och\n[y](/p/#tre).",
        ),
      },
      [
        'p/a/one.md: line 6: links to "/saknas/", a page that does not exist on this site: check the address (pages end with "/")',
        'p/a/one.md: line 7: links to "/p/#tre", but /p/ has no question or section "#tre": use the question\'s file name without .md',
      ],
    );
  });

  it("an external link without https://", async () => {
    await expectProblems(
      {
        "p/a/one.md": question(
          "question: Fråga?\norder: 10",
          "Se [x](http://example.se/) och [y](www.example.se).",
        ),
      },
      [
        'p/a/one.md: line 6: links to "http://example.se/": external links must start with https://',
        'p/a/one.md: line 6: links to "www.example.se": write a full https:// address, or a path of this site like /sidan/#fragan',
      ],
    );
    await expectProblems(
      {
        "p/index.md": page(
          sectionsAB,
          "related:\n  - heading: Mer\n    links:\n      - text: Exempel\n        url: http://example.se/\n",
        ),
      },
      [
        'p/index.md: front matter "related[0].links[0].url" must be a full address starting with https:// (found "http://example.se/")',
      ],
    );
  });

  it("raw HTML and HTML comments, saying they are not rendered and what to write instead", async () => {
    await expectProblems(
      {
        "p/a/one.md": question(
          "question: Fråga?\norder: 10",
          'Text <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<!-- anteckning -->',
        ),
      },
      [
        'p/a/one.md: line 6: contains raw HTML "<script>", which is not rendered (it would show as text): write Markdown instead, like **bold**, [text](https://...) or a list',
        'p/a/one.md: line 8: contains raw HTML "<img src=x onerror="alert(1)">", which is not rendered (it would show as text): write Markdown instead, like **bold**, [text](https://...) or a list',
        'p/a/one.md: line 10: contains an HTML comment "<!--", which is not hidden (it would show as text): remove it; notes for other editors belong in the pull request',
      ],
    );
  });

  it("javascript:, data: and vbscript: links, however they are written", async () => {
    const body =
      "[a](javascript:alert(1))\n[b]( data:text/html,x)\n<vbscript:msgbox>\n\n[c][1]\n\n[1]: JavaScript:alert(2)";
    const message = (scheme: string) =>
      `has a "${scheme}:" link, which is not allowed (javascript:, data: and vbscript: links never reach the site): link to an https:// address or a page of this site`;
    await expectProblems({ "p/a/one.md": question("question: Fråga?\norder: 10", body) }, [
      `p/a/one.md: line 6: ${message("javascript")}`,
      `p/a/one.md: line 7: ${message("data")}`,
      `p/a/one.md: line 8: ${message("vbscript")}`,
      `p/a/one.md: line 12: ${message("javascript")}`,
    ]);
  });

  it("a heading level that would compete with the question", async () => {
    await expectProblems(
      { "p/a/one.md": question("question: Fråga?\norder: 10", "## Rubrik\n\nText.") },
      [
        'p/a/one.md: line 6: has a heading written "##": headings inside an answer are written "####" (the question is the heading above)',
      ],
    );
  });

  it("files the site would not publish: outside a section, not .md, nested, at the top", async () => {
    await expectProblems(
      {
        "p/lost.md": question("question: Vilse?\norder: 10"),
        "p/a/notes.txt": "anteckningar",
        "p/a/three.MD": question("question: Tre?\norder: 30"),
        "p/a/old/four.md": question("question: Fyra?\norder: 40"),
        "stray.md": "hej",
        "README.md": "# Guide",
        "p/a/.DS_Store": "x",
      },
      [
        'p/a/notes.txt: is not published: a question file\'s name must end in ".md" (lower-case); rename it',
        "p/a/old: is a folder inside a section and is not published: move its questions up into the section folder",
        'p/a/three.MD: is not published: a question file\'s name must end in ".md" (lower-case); rename it',
        "p/lost.md: is a question directly in the page folder and is not published: move it into one of the section folders (a, b)",
        "stray.md: is not inside a FAQ page folder and is not published: put questions in <page>/<section>/ (see README.md in this folder)",
      ],
    );
  });

  it("a page folder without index.md, still checking its questions", async () => {
    await expectProblems(
      { "p/index.md": null, "p/a/one.md": question("question: Fråga?\norder: 10", "") },
      [
        "p/a/one.md: has an empty answer: write the answer below the front matter",
        "p/index.md: is missing: every FAQ page folder needs an index.md (see README.md)",
      ],
    );
  });

  it("every problem at once, not just the first", async () => {
    const lines = await problemsOf(
      treeWith({
        "p/index.md": page(sectionsAB).replace("title: Frågor om p\n", ""),
        "p/a/one.md": question("question: Fråga?\norder: tio"),
        "p/b/two.md": question("question: Två?\norder: 10", "[x](#saknas)"),
      }),
    );
    assert.deepEqual(
      lines.map((line) => line.split(":")[0]),
      ["p/a/one.md", "p/b/two.md", "p/index.md"],
    );
  });
});
