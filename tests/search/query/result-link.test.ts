import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { matchedWords, resultHref, wordPattern } from "../../../src/search/query/result-link.ts";

describe("matchedWords", () => {
  it("returns the words at Pagefind's locations, lower-cased, without punctuation, once each", () => {
    const content = "Jag kan inte ladda upp mina bilagor. Posta bilagorna eller Bilagor?";
    assert.deepEqual(matchedWords(content, [6, 8, 10, 99]), ["bilagor", "bilagorna"]);
  });

  it("keeps inner hyphens", () => {
    assert.deepEqual(matchedWords("med bank-id?", [1]), ["bank-id"]);
  });
});

describe("resultHref", () => {
  it("puts the words before the anchor", () => {
    assert.equal(
      resultHref("/support/#ladda-upp-bilagor", ["bilagor", "bilagorna"]),
      "/support/?pagefind-highlight=bilagor&pagefind-highlight=bilagorna#ladda-upp-bilagor",
    );
  });

  it("encodes words and leaves a URL without words alone", () => {
    assert.equal(resultHref("/p/#a", ["webbläsare"]), "/p/?pagefind-highlight=webbl%C3%A4sare#a");
    assert.equal(resultHref("/p/#a", []), "/p/#a");
  });
});

describe("wordPattern", () => {
  const matches = (word: string, text: string) => text.match(new RegExp(wordPattern(word), "giu"));

  it("matches whole words only, in any case", () => {
    assert.deepEqual(matches("pdf", "PDF-fil, pdf och pdfer"), ["PDF", "pdf"]);
  });

  it("matches a hyphen as any kind of hyphen", () => {
    assert.deepEqual(matches("bank-id", "bank\u2011id och bank-id"), ["bank\u2011id", "bank-id"]);
  });

  it("treats regular-expression characters as text", () => {
    assert.deepEqual(matches("a.b", "a.b axb"), ["a.b"]);
  });
});
