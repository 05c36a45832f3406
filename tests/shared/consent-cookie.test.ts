// The consent record: only a current, well-formed value counts as consent.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  consentCookieName,
  consentPolicyVersion,
  parseConsent,
  serialiseConsent,
} from "../../src/shared/consent-cookie.ts";

/** A document.cookie string holding the given raw JSON as the consent cookie. */
function cookieWith(json: string, others = "_other=1"): string {
  return `${others}; ${consentCookieName}=${encodeURIComponent(json)}; last=2`;
}

const valid = { v: consentPolicyVersion, analytics: true, date: "2026-11-28" };

describe("parseConsent", () => {
  it("reads a valid record among other cookies", () => {
    assert.deepEqual(parseConsent(cookieWith(JSON.stringify(valid))), {
      analytics: true,
      date: "2026-11-28",
    });
    const refused = { ...valid, analytics: false };
    assert.deepEqual(parseConsent(cookieWith(JSON.stringify(refused), "")), {
      analytics: false,
      date: "2026-11-28",
    });
  });

  it("reads back what serialiseConsent writes", () => {
    const written = serialiseConsent({ analytics: false, date: "2025-01-31" }, false);
    const pair = written.split("; ")[0] ?? "";
    assert.deepEqual(parseConsent(pair), { analytics: false, date: "2025-01-31" });
  });

  it("treats a missing cookie as no consent", () => {
    assert.equal(parseConsent(""), null);
    assert.equal(parseConsent("_pk_id.1.abcd=x; other=y"), null);
    assert.equal(
      parseConsent(`x${consentCookieName}=${encodeURIComponent(JSON.stringify(valid))}`),
      null,
    );
  });

  it("treats malformed JSON as no consent", () => {
    for (const raw of ["{", "yes", "", "null", "[]", "42", '"analytics"', "%E0%A4%A"]) {
      assert.equal(parseConsent(`${consentCookieName}=${raw}`), null, raw);
    }
  });

  it("treats an older or unknown policy version as no consent", () => {
    for (const v of [
      consentPolicyVersion - 1,
      consentPolicyVersion + 1,
      String(consentPolicyVersion),
      null,
    ]) {
      assert.equal(parseConsent(cookieWith(JSON.stringify({ ...valid, v }))), null, String(v));
    }
    const { v: _, ...withoutVersion } = valid;
    assert.equal(parseConsent(cookieWith(JSON.stringify(withoutVersion))), null);
  });

  it("treats tampered fields as no consent", () => {
    const tampered: unknown[] = [
      { ...valid, analytics: "true" },
      { ...valid, analytics: 1 },
      { v: valid.v, date: valid.date },
      { ...valid, date: "2026-13-01" },
      { ...valid, date: "2026-02-30" },
      { ...valid, date: "28/11/2026" },
      { ...valid, date: 20261128 },
      { ...valid, marketing: true },
    ];
    for (const record of tampered) {
      assert.equal(parseConsent(cookieWith(JSON.stringify(record))), null, JSON.stringify(record));
    }
  });
});

describe("serialiseConsent", () => {
  it("writes one first-party cookie for 12 months on the whole site, SameSite=Lax", () => {
    const written = serialiseConsent({ analytics: true, date: "2026-11-28" }, false);
    const [pair, ...attributes] = written.split("; ");
    assert.equal(
      decodeURIComponent(pair ?? ""),
      `${consentCookieName}={"v":${consentPolicyVersion},"analytics":true,"date":"2026-11-28"}`,
    );
    assert.deepEqual(attributes, ["Max-Age=31536000", "Path=/", "SameSite=Lax"]);
  });

  it("adds Secure on HTTPS", () => {
    const written = serialiseConsent({ analytics: false, date: "2026-11-28" }, true);
    assert.deepEqual(written.split("; ").slice(1), [
      "Max-Age=31536000",
      "Path=/",
      "SameSite=Lax",
      "Secure",
    ]);
  });

  it("writes a value with no characters that end or split a cookie", () => {
    const written = serialiseConsent({ analytics: true, date: "2026-11-28" }, false);
    const value = (written.split("; ")[0] ?? "").slice(consentCookieName.length + 1);
    assert.match(value, /^[A-Za-z0-9%_.!~*'()-]+$/);
  });
});
