// What the search's live region says: the count of questions, "minst" when not every record was
// read, and that the list is the closest when no answer has every word (issue 12).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { statusText } from "../../../src/components/search/search-ui.ts";
import type { StatusTexts } from "../../../src/components/search/status-texts.ts";
import { loadInterfaceText, textOf } from "../../../src/interface-text/interface-text.ts";

const all = { complete: true, partial: false };
// The texts the site's pages give the script: the Swedish catalogue's "search.status".
const texts = textOf(loadInterfaceText("sv"), "sv", "search.status") as unknown as StatusTexts;

describe("statusText", () => {
  it("counts the questions found, and says how many are shown", () => {
    assert.equal(statusText("bankid", { ...all, count: 1 }, 1, texts), "1 träff för ”bankid”.");
    assert.equal(
      statusText("logga", { ...all, count: 9 }, 8, texts),
      "9 träffar för ”logga”. De 8 bästa visas.",
    );
  });

  it("says 'minst' when more records matched than were read", () => {
    assert.equal(
      statusText("bankid", { complete: false, partial: false, count: 20 }, 8, texts),
      "Minst 20 träffar för ”bankid”. De 8 bästa visas.",
    );
  });

  it("says so when no answer has every word of the query", () => {
    assert.equal(
      statusText("min iphone startar inte", { complete: true, partial: true, count: 2 }, 2, texts),
      "2 träffar för ”min iphone startar inte”. Inget svar innehåller alla orden, de närmaste visas.",
    );
  });

  it("says when nothing was found", () => {
    assert.equal(statusText("vab", { ...all, count: 0 }, 0, texts), "Inga träffar för ”vab”.");
  });
});
