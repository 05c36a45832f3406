import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeQuestionMeta, encodeQuestionMeta } from "../../../src/search/query/question-meta.ts";

describe("question meta", () => {
  it("reads back what it wrote", () => {
    const meta = {
      sections: { s: "Avsnitt" },
      questions: {
        a: { section: "s", words: 2 },
        "b-c": { section: "s", title: "Vad är ”bank‑id”?" },
      },
    };
    assert.deepEqual(decodeQuestionMeta(encodeQuestionMeta(meta)), meta);
  });

  it("reads a missing or malformed value as no details", () => {
    for (const value of [undefined, "", "{", "[1]", "null", "3", '{"a":{"words":2}}']) {
      assert.deepEqual(decodeQuestionMeta(value), { sections: {}, questions: {} }, String(value));
    }
  });
});
