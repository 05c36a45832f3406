// What a search with no result sends to the feedback receiver: the term with personal data taken
// out, and nothing at all when it is too short, found something, or FEEDBACK_URL is not set.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scrubTerm } from "../../../src/components/search/report-no-result.ts";

describe("scrubTerm", () => {
  it("takes out personnummer, e-mail addresses and phone numbers", () => {
    assert.equal(scrubTerm("sjukpenning 19850412-1234"), "sjukpenning");
    assert.equal(scrubTerm("anna@example.se   bostadsbidrag"), "bostadsbidrag");
    assert.equal(scrubTerm("ring mig 070-123 45 67"), "ring mig");
  });

  it("leaves an ordinary term as it was typed", () => {
    assert.equal(scrubTerm("föräldrapenning utomlands 2025"), "föräldrapenning utomlands 2025");
  });
});
