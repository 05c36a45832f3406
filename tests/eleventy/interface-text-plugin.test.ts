// The date written out in words, as a page in each language shows "last updated".
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dateInWords } from "../../src/eleventy/interface-text-plugin.ts";

describe("dateInWords", () => {
  it("writes a date as the page's language writes it, also when languages alternate", () => {
    assert.equal(dateInWords("2024-12-04", "sv"), "4 december 2024");
    assert.equal(dateInWords("2024-12-04", "en"), "December 4, 2024");
    // The formatter kept for Swedish is still Swedish after an English page.
    assert.equal(dateInWords("2025-01-31", "sv"), "31 januari 2025");
  });

  it("reads the date as a calendar day, whatever the machine's time zone", () => {
    assert.equal(dateInWords("2025-03-01", "sv"), "1 mars 2025");
  });
});
