// E-mail addresses and phone numbers in free text: refused by the feedback receiver, taken out of
// a search term before it leaves the page.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hideContactDetails, looksLikeContactDetails } from "../../src/shared/contact-details.ts";

describe("looksLikeContactDetails", () => {
  it("finds e-mail addresses and phone numbers in the forms people write them", () => {
    for (const text of [
      "skriv till anna.andersson@example.se",
      "ring 070-123 45 67",
      "+46 70 123 45 67",
      "0046701234567",
      "08-123 456 78",
      "tel 0701234567.",
      "+46 (0)70 1234567",
    ]) {
      assert.equal(looksLikeContactDetails(text), true, text);
    }
  });

  it("leaves dates, amounts, years and product names alone", () => {
    for (const text of [
      "2024-12-04",
      "jag fick 1500 kr",
      "12 000 kronor",
      "sjukpenning 2025",
      "iphone 15 pro",
      "bank-id",
      "@",
    ]) {
      assert.equal(looksLikeContactDetails(text), false, text);
    }
  });
});

it("hideContactDetails takes them out and keeps the rest", () => {
  assert.equal(hideContactDetails("ring 070-123 45 67 om bankid", ""), "ring  om bankid");
  assert.equal(hideContactDetails("a@b.se och 2024-12-04", "[x]"), "[x] och 2024-12-04");
});
