// The personnummer check of the feedback text, and the payload a vote sends.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { feedbackPayload, localDate } from "../../src/components/feedback/payload.ts";
import { hidePersonalNumbers, looksLikePersonalNumber } from "../../src/shared/personal-number.ts";

describe("looksLikePersonalNumber", () => {
  it("finds personnummer and samordningsnummer in the forms people write them", () => {
    for (const text of [
      "850412-1234",
      "mitt nummer är 198504121234 tack",
      "19850412-1234",
      "850412+1234",
      "850412 1234",
      "8504121234",
      "20010101‑1234",
      "samordningsnummer 850472-1234",
    ]) {
      assert.equal(looksLikePersonalNumber(text), true, text);
    }
  });

  it("lets through numbers that are not shaped like one", () => {
    for (const text of [
      "",
      "Jag har version 17.4 av appen",
      "Ring 0771-524 524",
      "felkod 12345",
      "851312-1234",
      "850400-1234",
      "1234567890123",
      "850412-12345",
    ]) {
      assert.equal(looksLikePersonalNumber(text), false, text);
    }
  });
});

describe("hidePersonalNumbers", () => {
  it("replaces only what looks like a personnummer", () => {
    assert.equal(
      hidePersonalNumbers("Hjälp 850412-1234, ring 0771-524 524"),
      "Hjälp [personnummer borttaget], ring 0771-524 524",
    );
  });
});

describe("feedbackPayload", () => {
  it("holds the page, anchor, answer, text and the local date, and nothing else", () => {
    const now = new Date(2026, 0, 5, 23, 59);
    assert.deepEqual(feedbackPayload("/support/", "bank-id", "nej", "  Mer om appen ", now), {
      page: "/support/",
      anchor: "bank-id",
      answer: "nej",
      text: "Mer om appen",
      date: "2026-01-05",
    });
    assert.equal(feedbackPayload("/support/", "bank-id", "ja", "ignored", now).text, "");
    assert.equal(localDate(now), "2026-01-05");
  });
});
