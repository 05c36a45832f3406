// The configuration from the environment: FEEDBACK_URL checked once, with an error that says what to do.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildConfigFrom, siteConfigFrom } from "../../src/config/config.ts";

describe("FEEDBACK_URL", () => {
  it("is off when unset or empty", () => {
    assert.equal(siteConfigFrom({}).feedbackUrl, null);
    assert.equal(buildConfigFrom({ FEEDBACK_URL: "" }).site.feedbackUrl, null);
  });

  it("is kept as an absolute address", () => {
    const site = siteConfigFrom({ FEEDBACK_URL: "https://svar.example.se/faq" });
    assert.equal(site.feedbackUrl, "https://svar.example.se/faq");
  });

  it("refuses a relative or non-http address, naming the variable and what to do", () => {
    for (const value of [
      "/feedback",
      "svar.example.se/faq",
      "javascript:alert(1)",
      "ftp://x.se/",
    ]) {
      assert.throws(
        () => siteConfigFrom({ FEEDBACK_URL: value }),
        (error: Error) =>
          error.message.includes("FEEDBACK_URL") &&
          error.message.includes(value) &&
          error.message.includes("leave it unset"),
        value,
      );
    }
  });
});
