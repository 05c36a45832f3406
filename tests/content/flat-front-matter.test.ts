// The front matter read without the YAML parser must be exactly what YAML reads, and anything the
// shortcut cannot be sure of must be left to YAML (null), whatever an editor writes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseDocument } from "yaml";
import { flatFrontMatter } from "../../src/content/flat-front-matter.ts";

/** What the YAML parser makes of the text, as parseFrontMatter asks it; "error" for a problem. */
function yamlFields(text: string): unknown {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  return document.errors.length > 0 ? "error" : (document.toJS() ?? {});
}

function assertSameAsYaml(text: string): void {
  const flat = flatFrontMatter(text);
  if (flat !== null) assert.deepEqual(flat, yamlFields(text), JSON.stringify(text));
}

describe("flatFrontMatter", () => {
  it("reads a question's usual fields as YAML does", () => {
    const text = "question: Hur loggar jag in med bank‑id?\norder: 50\nupdated: 2024-12-04\n";
    assert.deepEqual(flatFrontMatter(text), {
      question: "Hur loggar jag in med bank‑id?",
      order: 50,
      updated: "2024-12-04",
    });
    const quoted = "question: \"Vad gäller, [om] {något}?\"\norder: 0\ntitle: 'Ja'\n";
    assert.deepEqual(flatFrontMatter(quoted), yamlFields(quoted));
    assert.notEqual(flatFrontMatter(quoted), null);
  });

  it("leaves to YAML what it cannot be sure of", () => {
    const tricky = [
      "question: Fråga: svar?\n",
      "question: Klockan 10:00\n",
      "question: null\n",
      "question: True\n",
      "question: FALSE\n",
      "order: 010\n",
      "order: 1.5\n",
      "order: -3\n",
      "order: 12345678901234567890\n",
      "question: Hej # kommentar\n",
      "question: Hej \n",
      "question: Hej\t\n",
      'question: "a\\"b"\n',
      "question: 'it''s'\n",
      'question: "x" # c\n',
      "sokord: [iphone, ipad]\n",
      "question: [a\n",
      "question: a\n  b\n",
      "question: a\norder: 1\nquestion: b\n",
      "question: a\r\norder: 1\r\n",
      "question:\n",
      "Question: X\n",
      " question: x\n",
      "question:  två\n",
      "question: ~\n",
      "question: @x\n",
      "question: *alias\n",
      "question: &anchor x\n",
      "question: !tag x\n",
      "question: a\u2028b\n",
      "question: a\u0085b\n",
      "question: x\u00a0\n",
      "question: x",
      "",
      "\n",
      "# comment\nquestion: x\n",
      "question: x\n\n",
      "question: x\n---\n",
    ];
    for (const text of tricky) assertSameAsYaml(text);
    assert.equal(flatFrontMatter("question: Fråga: svar?\n"), null);
    assert.equal(flatFrontMatter("question: a\norder: 1\nquestion: b\n"), null);
  });

  it("agrees with YAML on random lines of the characters YAML gives meaning to", () => {
    const alphabet = [
      "a",
      "Å",
      "1",
      "0",
      " ",
      ":",
      "#",
      "-",
      "'",
      '"',
      "\\",
      "[",
      "]",
      "{",
      "}",
      ",",
      "?",
      "!",
      "&",
      "*",
      "|",
      ">",
      "%",
      "@",
      "`",
      "~",
      ".",
      "e",
      "\t",
      "\u00a0",
    ];
    let seed = 24;
    // A small linear congruential generator: the same cases on every run.
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      const length = 1 + next(8);
      const value = Array.from({ length }, () => alphabet[next(alphabet.length)]).join("");
      assertSameAsYaml(`question: ${value}\norder: ${next(3) === 0 ? value : "10"}\n`);
    }
  });
});
