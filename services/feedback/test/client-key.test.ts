// The rate limit's client key: stable within a day, unlinkable across days, never the address.
import assert from "node:assert/strict";
import { it } from "node:test";
import { clientKeys } from "../src/client-key.ts";

it("keys a client the same all day, differently the next day, and never holds the address", () => {
  let now = new Date("2026-03-02T10:00:00Z");
  const keyOf = clientKeys(() => now);
  const morning = keyOf("203.0.113.7");
  assert.equal(keyOf("203.0.113.7"), morning);
  assert.notEqual(keyOf("203.0.113.8"), morning);
  assert.doesNotMatch(morning, /203|113/);
  now = new Date("2026-03-03T10:00:00Z");
  assert.notEqual(keyOf("203.0.113.7"), morning);
});
