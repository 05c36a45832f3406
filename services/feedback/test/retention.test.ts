// Votes and searches are kept 13 months: older ones are deleted, on every test database.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { retentionStart } from "../src/day.ts";
import { deleteExpired } from "../src/retention.ts";
import { testDatabases } from "./stores.ts";

it("keeps 13 months: the same day 13 months back is the first day kept", () => {
  assert.equal(retentionStart("2026-03-02", 13), "2025-02-02");
  assert.equal(retentionStart("2026-12-31", 13), "2025-12-01");
});

for (const database of testDatabases) {
  describe(`retention on ${database.name}`, () => {
    it("deletes what is older than 13 months and keeps the rest", async () => {
      const store = await database.open();
      const vote = { page: "/support/", anchor: "a", answer: "ja", text: "" } as const;
      for (const date of ["2025-02-01", "2025-02-02", "2026-03-01"]) {
        await store.addVote({ ...vote, date });
        await store.addSearch({ term: `sökning ${date}`, date });
      }
      assert.equal(await deleteExpired(store, 13, "2026-03-02"), 2);
      assert.deepEqual(
        (await store.votes()).map((kept) => kept.date),
        ["2025-02-02", "2026-03-01"],
      );
      assert.deepEqual(
        (await store.searches("2000-01-01")).map((kept) => kept.date),
        ["2025-02-02", "2026-03-01"],
      );
      await store.close();
    });
  });
}
