// Closeness of the query's words (issue 26): in a question, its heading above all, and on a page
// before its record is read; never dependent on the order of the query's words.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type PageHit, rankPages } from "../../../src/search/query/page-choice.ts";
import { closeness, proximity } from "../../../src/search/query/question-score.ts";

const at = (entries: [string, number[]][]) => new Map(entries);

describe("closeness", () => {
  it("is 1 for words side by side and falls with the stretch that holds them", () => {
    assert.equal(
      closeness(
        at([
          ["pdf", [4]],
          ["blank", [5]],
        ]),
      ),
      1,
    );
    assert.equal(
      closeness(
        at([
          ["pdf", [4]],
          ["blank", [7]],
        ]),
      ),
      0.5,
    );
  });

  it("takes the shortest stretch holding every word, wherever each repeats", () => {
    assert.equal(
      closeness(
        at([
          ["pdf", [0, 20]],
          ["blank", [10, 21]],
        ]),
      ),
      1,
    );
  });
});

describe("proximity of a question's words", () => {
  const question = (positions: [string, number[]][], heading: [string, number[]][]) => ({
    positions: at(positions),
    headingPositions: at(heading),
  });

  it("ranks words together in the heading above the same words together in the answer", () => {
    const inHeading = question(
      [
        ["pdf", [1]],
        ["öppnas", [2]],
      ],
      [
        ["pdf", [1]],
        ["öppnas", [2]],
      ],
    );
    const inAnswer = question(
      [
        ["pdf", [11]],
        ["öppnas", [12]],
      ],
      [],
    );
    assert.equal(proximity(inHeading), 1);
    assert.equal(proximity(inAnswer), 0.5);
  });

  it("ranks a heading with the words together above one with them scattered", () => {
    const together = question(
      [
        ["pdf", [1]],
        ["öppnas", [2]],
      ],
      [
        ["pdf", [1]],
        ["öppnas", [2]],
      ],
    );
    const scattered = question(
      [
        ["pdf", [0]],
        ["öppnas", [8]],
      ],
      [
        ["pdf", [0]],
        ["öppnas", [8]],
      ],
    );
    assert.ok(proximity(together) > 3 * proximity(scattered));
  });

  it("is the same whatever order the words were matched in", () => {
    const one = question(
      [
        ["a", [3]],
        ["b", [9]],
        ["c", [5]],
      ],
      [
        ["a", [3]],
        ["c", [5]],
      ],
    );
    const other = question(
      [
        ["c", [5]],
        ["a", [3]],
        ["b", [9]],
      ],
      [
        ["c", [5]],
        ["a", [3]],
      ],
    );
    assert.equal(proximity(one), proximity(other));
  });

  it("gives nothing to a question holding a single word of the query", () => {
    assert.equal(proximity(question([["pdf", [1, 2, 3]]], [["pdf", [1]]])), 0);
  });
});

describe("rankPages", () => {
  const hit = (id: string, words: number[], score = 1): PageHit => ({ id, score, words });

  it("reads first the page where the words stand together, whatever Pagefind's rank of it", () => {
    const ranked = rankPages(
      new Map([
        ["blank", [hit("/spridd/", [3], 1), hit("/samlad/", [41], 0.2)]],
        ["pdf", [hit("/spridd/", [60], 1), hit("/samlad/", [40], 0.2)]],
      ]),
    );
    assert.deepEqual(
      ranked.map((page) => page.id),
      ["/samlad/", "/spridd/"],
    );
  });

  it("puts a page with both words above pages with one, and a rare word above a common one", () => {
    const common = Array.from({ length: 6 }, (_, n) => hit(`/vanlig-${n}/`, [n]));
    const ranked = rankPages(
      new Map([
        ["bankid", [...common, hit("/båda/", [30])]],
        ["karens", [hit("/båda/", [2]), hit("/sällsynt/", [5])]],
      ]),
    );
    assert.deepEqual(
      ranked.slice(0, 2).map((page) => page.id),
      ["/båda/", "/sällsynt/"],
    );
  });

  it("gives the same order whatever the order the words were searched in", () => {
    const a: [string, PageHit[]] = ["a", [hit("/1/", [1]), hit("/2/", [9], 0.5)]];
    const b: [string, PageHit[]] = ["b", [hit("/2/", [10]), hit("/1/", [30], 0.7)]];
    const ids = (pages: PageHit[]) => pages.map((page) => page.id);
    assert.deepEqual(ids(rankPages(new Map([a, b]))), ids(rankPages(new Map([b, a]))));
  });
});
