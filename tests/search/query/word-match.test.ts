// What counts as a match of a query word: other forms, compounds' beginnings and typos, but not
// fragments of longer words nor words that only start alike (issue 12).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isRealMatch } from "../../../src/search/query/word-match.ts";

describe("isRealMatch", () => {
  it("accepts the same word, its other forms and long prefixes of compounds", () => {
    assert.ok(isRealMatch("bilagor", "bilagor"));
    assert.ok(isRealMatch("bilagor", "bilaga"));
    assert.ok(isRealMatch("sidor", "sida"));
    assert.ok(isRealMatch("sjukpeng", "sjukpenning"));
    assert.ok(isRealMatch("bankid", "bank-id"));
    assert.ok(isRealMatch("bank", "bank-id"));
    assert.ok(isRealMatch("pdf", "pdf-filen"));
    assert.ok(isRealMatch("föräldraledigheten", "föräldraledig"));
  });

  it("matches numbers only as whole numbers", () => {
    assert.ok(isRealMatch("6", "6"));
    assert.ok(!isRealMatch("6", "60"));
    assert.ok(!isRealMatch("12", "120"));
  });

  it("refuses short fragments of longer words", () => {
    assert.ok(!isRealMatch("för", "föräldrapenning"));
    assert.ok(!isRealMatch("in", "inloggning"));
    assert.ok(!isRealMatch("föräldrapenning", "för"));
    assert.ok(!isRealMatch("sida", "signera"));
  });

  it("refuses other words that only start alike", () => {
    assert.ok(!isRealMatch("android", "andra"));
    assert.ok(!isRealMatch("portal", "portleten"));
  });

  it("accepts a word with one typo, or two in a long word, but none in a short one", () => {
    assert.ok(isRealMatch("javscript", "javascript"));
    assert.ok(isRealMatch("portlten", "portleten"));
    assert.ok(isRealMatch("e-legitmation", "e-legitimation"));
    assert.ok(isRealMatch("samordnigsnummer", "samordningsnummer"));
    assert.ok(isRealMatch("samordningsnumret", "samordningsnummer"));
    assert.ok(isRealMatch("sjukpeng", "sjukpenning"));
    assert.ok(!isRealMatch("vab", "vad"));
    assert.ok(!isRealMatch("tandvård", "tandläkare"));
  });
});
