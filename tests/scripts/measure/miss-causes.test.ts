// Why a findability query missed (scripts/measure/miss-causes.ts): page choice against out-scored,
// and what the questions listed instead hold, on made-up questions.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseMiss, headingHolds, isNearCopy } from "../../../scripts/measure/miss-causes.ts";

const q = (url: string, question: string) => ({ url, question });
const right = q("/support/#ladda-upp", "Hur laddar jag upp mina bilagor?");
const others = [
  q("/a/#x", "Bilagor och blanketter på papper?"),
  q("/b/#y", "Vad gör jag med bilagorna?"),
  q("/c/#z", "Hur loggar jag in?"),
];

describe("headingHolds", () => {
  it("counts the query words a heading holds in any form, and no fragment", () => {
    assert.equal(headingHolds(["bilaga", "ladda"], "Hur laddar jag upp mina bilagor?"), 2);
    assert.equal(headingHolds(["för"], "Föräldrapenning för barn"), 1);
    assert.equal(headingHolds(["för"], "Föräldrapenning"), 0);
  });
});

describe("isNearCopy", () => {
  it("needs two thirds of the original heading's meaningful words", () => {
    assert.equal(
      isNearCopy("Laddar upp bilagor i appen?", "Hur laddar jag upp mina bilagor?"),
      true,
    );
    assert.equal(isNearCopy("Laddar appen?", "Hur laddar jag upp mina bilagor?"), false);
  });
});

describe("analyseMiss", () => {
  const pages = new Map([[others[0]?.question ?? "", 2]]);

  it("blames page choice when the question, its page read, would be in the first three", () => {
    const shown = [...others];
    const everyRecord = [others[0], right, others[1]].flatMap((question) => question ?? []);
    const miss = analyseMiss(["bilagor"], ["ladda-upp"], shown, everyRecord, pages);
    assert.equal(miss.cause, "page choice");
    assert.equal(miss.shownRank, undefined);
    assert.equal(miss.everyRecordRank, 2);
  });

  it("says out-scored, and what the first three hold, when reading every page would not help", () => {
    const shown = [...others, right];
    const miss = analyseMiss(["bilagor"], ["ladda-upp"], shown, shown, pages);
    assert.equal(miss.cause, "out-scored");
    assert.equal(miss.shownRank, 4);
    // The first two hold "bilagor" in their heading as the right question does; the third not.
    assert.equal(miss.outMatched, 2);
    assert.equal(miss.repeated, 1);
    assert.equal(miss.nearCopies, 0);
  });
});
