import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  firstWait,
  longestWait,
  shortestWait,
  TypingPace,
} from "../../../src/components/search/typing-pace.ts";

/** A pace after keys typed at these times (ms). */
function paceAfter(times: number[]): TypingPace {
  const pace = new TypingPace();
  for (const time of times) pace.keyed(time);
  return pace;
}

describe("TypingPace", () => {
  it("waits longer than a slow typist's pause until the citizen's pace is known", () => {
    assert.equal(paceAfter([]).wait(), firstWait);
    assert.equal(paceAfter([0]).wait(), firstWait);
    assert.ok(firstWait >= 700, "longer than a slow typist's pause between keys");
  });

  it("waits the shortest time for fast typing", () => {
    assert.equal(paceAfter([0, 100]).wait(), shortestWait);
    assert.equal(paceAfter([0, 100, 200, 300]).wait(), shortestWait);
  });

  it("waits longer than a slow typist's pause between keys", () => {
    assert.equal(paceAfter([0, 400, 800, 1200]).wait(), 600);
  });

  it("follows the last few keys, and never waits longer than the longest wait", () => {
    assert.equal(paceAfter([0, 1000, 2000, 3000, 3100, 3200, 3300, 3400]).wait(), shortestWait);
    assert.equal(paceAfter([0, 1400, 2800]).wait(), longestWait);
  });

  it("does not take the citizen stopping to read for their pace", () => {
    assert.equal(paceAfter([0, 200, 5000, 5200]).wait(), shortestWait);
  });
});
