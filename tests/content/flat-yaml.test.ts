// The fast path for plain front matter gives exactly what the YAML parser gives, or steps aside.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { parseFlatYaml } from "../../src/content/flat-yaml.ts";

const values = [
  "Fråga?",
  "Hur loggar jag in med bank‑id?",
  "Svar, med komma",
  "a#b",
  "a:b",
  "12:30",
  "1 2",
  "10",
  "010",
  "-3",
  "+4",
  "0",
  "1_000",
  "2024-12-04",
  "2024-02-30",
  "NaN",
  "Inf",
  "1.5",
  "1e3",
  ".5",
  ".inf",
  "-.inf",
  ".nan",
  "0x1F",
  "0o17",
  "true",
  "True",
  "FALSE",
  "no",
  "yes",
  "null",
  "Null",
  "~",
  "Vad gäller: bank-id?",
  "a #b",
  "#x",
  "'q'",
  '"q"',
  "- x",
  "-",
  "[a]",
  "{a}",
  "*a",
  "&a",
  "!a",
  "%a",
  "@a",
  "`a",
  "? x",
  "?",
  ":",
  "> x",
  "| x",
  "x:",
  "a\tb",
];

describe("parseFlatYaml", () => {
  it("reads plain text and whole numbers exactly as YAML 1.2 does", () => {
    assert.deepEqual(parseFlatYaml("question: Fråga?\norder: 010\nupdated: 2024-12-04"), {
      question: "Fråga?",
      order: 10,
      updated: "2024-12-04",
    });
    for (const value of values) {
      const text = `question: ${value}\norder: 10`;
      const fast = parseFlatYaml(text);
      if (fast === null) continue;
      assert.deepEqual(fast, parse(text), `question: ${value}`);
    }
  });

  it("leaves quotes, lists, comments, special words and repeated fields to the YAML parser", () => {
    for (const value of ["'q'", "- x", "a #b", "true", "null", "1.5", "a: b", "[a]", "x:"]) {
      assert.equal(parseFlatYaml(`question: ${value}`), null, value);
    }
    assert.equal(parseFlatYaml("question: A\nquestion: B"), null);
    assert.equal(parseFlatYaml("sections:\n  - id: a"), null);
    assert.equal(parseFlatYaml("question: A\r\norder: 1"), null);
    assert.equal(parseFlatYaml(""), null);
  });
});
