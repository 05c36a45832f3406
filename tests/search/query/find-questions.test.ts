// Ranking per question, the relaxed query and what counts as a match, on records shaped as
// Pagefind returns them for the page records.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findQuestions } from "../../../src/search/query/find-questions.ts";
import { type PagefindRecord, questionsOf } from "../../../src/search/query/record-questions.ts";
import { meaningfulWords } from "../../../src/search/query/stop-words.ts";
import { hitsOf } from "./pagefind-hits.ts";

/** Section id → its title, and the section of each question of the tests. */
const sectionTitles = { filer: "Filer", konto: "Konto" };
const sectionOf: Record<string, keyof typeof sectionTitles> = {
  a: "filer",
  b: "filer",
  c: "konto",
};

/** The record's question meta: every question's section, and the editors' title of `a`. */
function metaOf(questions: Record<string, string>, details: Record<string, object> = {}) {
  return JSON.stringify({
    sections: sectionTitles,
    questions: Object.fromEntries(
      Object.keys(questions).map((slug) => [
        slug,
        { section: sectionOf[slug] ?? "filer", ...details[slug] },
      ]),
    ),
  });
}

/** The page record of `questions` (slug → text), as Pagefind returns it for `matches`. */
function record(page: string, questions: Record<string, string>, matches: string[]) {
  const words: string[] = [];
  const anchors: { id: string; location: number }[] = [];
  const subResults = Object.entries(questions).map(([slug, text]) => {
    const start = words.length;
    anchors.push({ id: slug, location: start });
    words.push(...text.split(" "));
    const locations = words
      .map((word, location) => ({ word, location }))
      .filter(({ word, location }) => location >= start && matches.includes(word.toLowerCase()))
      .map(({ location }) => location);
    return {
      title: text.split("?")[0] ?? text,
      url: `/p/#${slug}`,
      anchor: { id: slug },
      locations,
      weighted_locations: locations.map((location) => ({
        weight: 1,
        balanced_score: location === start ? 10 : 1,
        location,
      })),
      excerpt: text,
    };
  });
  return {
    url: `/${page}/`,
    content: words.join(" "),
    meta: { page: "Sidan", fragor: metaOf(questions, { a: { title: "Fråga a" } }) },
    filters: { sida: [page], avsnitt: Object.keys(sectionTitles).map((id) => `${page}/${id}`) },
    sub_results: subResults.filter((sub) => sub.locations.length > 0),
    anchors,
  } satisfies PagefindRecord;
}

const questions = {
  a: "Hur laddar jag upp bilagor? Välj fil.",
  b: "Varför blir sidan blank? Pdf-filen öppnas i webbläsaren.",
  c: "Var hittar jag försäkringen? Läs på Mina sidor.",
};

/** A stand-in for Pagefind over `questions`: every word of the term that starts a text word. */
const recordsFor = async (term: string) => {
  const terms = term.toLowerCase().split(" ");
  const all = Object.values(questions).join(" ").toLowerCase().split(" ");
  const matches = all.filter((word) => terms.some((t) => word.startsWith(t)));
  const found = record("p", questions, matches);
  const everyTerm = terms.every((t) => all.some((word) => word.startsWith(t)));
  return everyTerm && found.sub_results.length > 0 ? [found] : [];
};
const searchQuestions = hitsOf(recordsFor);

describe("meaningfulWords", () => {
  it("leaves out Swedish stop words, and normalises hyphens and punctuation", () => {
    assert.deepEqual(meaningfulWords("Varför startar inte mitt bank\u2011id?"), [
      "startar",
      "bank-id",
    ]);
  });

  it("keeps a query made only of stop words", () => {
    assert.deepEqual(meaningfulWords("för vad"), ["för", "vad"]);
  });
});

describe("questionsOf", () => {
  it("gives one question per sub-result, with its section, page and the editors' title", () => {
    const found = questionsOf([record("p", questions, ["bilagor?"])], ["bilagor"]);
    assert.deepEqual(
      found.map((q) => [q.url, q.question, q.section, q.page, [...q.matched]]),
      [["/p/#a", "Fråga a", "Filer", "Sidan", ["bilagor"]]],
    );
    assert.deepEqual(found[0]?.words, ["bilagor"]);
  });

  it("shows the answer around its first match, marking real matches only", () => {
    const found = questionsOf([record("p", questions, ["i", "pdf-filen"])], ["i", "pdf"]);
    assert.deepEqual(found[0]?.excerpt, [
      { text: "Pdf-filen", marked: true },
      { text: " öppnas i webbläsaren.", marked: false },
    ]);
  });

  it("never shows the search words that end a question's indexed text", () => {
    const withWords = { a: "Hur laddar jag upp bilagor? Välj fil. bifoga, ladda" };
    const found = questionsOf(
      [
        {
          ...record("p", withWords, ["bifoga,"]),
          meta: { fragor: metaOf(withWords, { a: { words: 2 } }) },
        },
      ],
      ["bifoga"],
    );
    assert.deepEqual(found[0]?.excerpt, [{ text: "Välj fil.", marked: false }]);
    assert.deepEqual([...(found[0]?.matched ?? [])], ["bifoga"]);
  });

  it("drops questions that match only stop words or fragments of longer words", () => {
    const matches = ["på", "försäkringen?"];
    assert.deepEqual(questionsOf([record("p", questions, matches)], ["på", "för"]), []);
  });

  it("keeps only the chosen section's questions, since the filter chose the whole page", () => {
    const matches = ["sidan", "sidor."];
    const all = questionsOf([record("p", questions, matches)], ["sidan", "sidor"]);
    assert.deepEqual(all.map((q) => [q.url, q.section]).sort(), [
      ["/p/#b", "Filer"],
      ["/p/#c", "Konto"],
    ]);
    const konto = questionsOf([record("p", questions, matches)], ["sidan", "sidor"], "p/konto");
    assert.deepEqual(
      konto.map((q) => [q.url, q.section]),
      [["/p/#c", "Konto"]],
    );
    // Another page's section of the same id is not this one.
    assert.deepEqual(
      questionsOf([record("p", questions, matches)], ["sidan", "sidor"], "q/konto"),
      [],
    );
  });
});

describe("findQuestions", () => {
  it("answers a sentence whose small words are not in any answer, best match first", async () => {
    const found = await findQuestions("hur kan jag ladda upp min pdf", searchQuestions, 10);
    assert.deepEqual(
      found.questions.map((q) => q.url),
      ["/p/#a", "/p/#b"],
    );
    assert.equal(found.partial, true);
    assert.equal(found.complete, true);
  });

  it("ranks questions matching more of the query's words first", async () => {
    const found = await findQuestions("blank pdf bilagor", searchQuestions, 10);
    assert.deepEqual(
      found.questions.map((q) => [q.url, q.matched.size]),
      [
        ["/p/#b", 2],
        ["/p/#a", 1],
      ],
    );
  });

  it("asks Pagefind for a word under three letters as itself, not as every word it begins", async () => {
    const terms: string[] = [];
    const search = async (term: string) => {
      terms.push(term);
      return [];
    };
    await findQuestions("logga in på tv", search, 10);
    assert.deepEqual(
      terms.filter((term) => ["in", "tv", '"in"', '"tv"'].includes(term)),
      ['"in"', '"tv"'],
    );
  });

  it("lists the same questions for a short word whatever was searched before", async () => {
    // Pagefind loads only the index chunk holding a searched word: its prefix search for "in"
    // finds "inte" (another chunk) only once a search for "inte" has loaded that chunk.
    const right = record("ratt", { a: "Hur loggar jag in? Logga in med bank-id." }, []);
    const often = record("tredje", { c: "Logga ut? Logga ut och logga på nytt." }, []);
    const other = record("ute", { d: "Går det inte att logga ut? Det går inte, inte nu." }, []);
    let loaded = false;
    const search = hitsOf(async (term) => {
      if (term === "inte") loaded = true;
      if (term === "in") return loaded ? [other, right] : [right];
      if (term === '"in"') return [right];
      if (term === "logga") return [right, often, other];
      return [];
    });
    const first = await findQuestions("logga in", search, 1);
    await search("inte");
    const again = await findQuestions("logga in", search, 1);
    assert.deepEqual(
      again.questions.map((q) => q.url),
      first.questions.map((q) => q.url),
    );
    assert.equal(first.questions[0]?.url, "/ratt/#a");
  });

  it("finds nothing for a word the content does not have, however much of it is a prefix", async () => {
    const found = await findQuestions(
      "föräldrapenning",
      async (term) => searchQuestions(term === "föräldrapenning" ? "för" : term),
      10,
    );
    assert.deepEqual(found.questions, []);
  });

  it("searches nothing for a query of stop words only, which no question can match", async () => {
    const searched: string[] = [];
    const found = await findQuestions(
      "mitt inte",
      async (term) => {
        searched.push(term);
        return searchQuestions(term);
      },
      10,
    );
    assert.deepEqual(searched, []);
    assert.deepEqual(found, { questions: [], complete: true, partial: false });
  });

  it("counts only the chosen section's questions", async () => {
    const found = await findQuestions("sidan sidor", searchQuestions, 10, "p/filer");
    assert.deepEqual(
      found.questions.map((q) => q.url),
      ["/p/#b"],
    );
  });

  it("says the list is incomplete when Pagefind found more records than were read", async () => {
    // The same page five times over, at five addresses: more than one query reads.
    const five = hitsOf(async (term) =>
      (await recordsFor(term)).flatMap((found) =>
        Array.from({ length: 5 }, (_, n) => ({ ...found, url: `/p${n}/` })),
      ),
    );
    const found = await findQuestions("bilagor", five, 1);
    assert.equal(found.complete, false);
  });
});

describe("questionsOf on a site of many pages", () => {
  it("ranks a question with both words of the query above one repeating only the rarer", () => {
    // "bankid" is on every question, as on a site grown by hundreds of pages; "startar" is rarer.
    const many = Object.fromEntries(
      Array.from({ length: 8 }, (_, n) => [`f${n}`, `Bankid? Om bankid och konto ${n}.`]),
    );
    const found = questionsOf(
      [
        record(
          "p",
          {
            ...many,
            a: "Startar datorn? Datorn startar och startar om.",
            b: "Mitt konto? Om bankid inte startar i appen.",
          },
          ["bankid", "startar"],
        ),
      ],
      ["bankid", "startar"],
    );
    assert.equal(found[0]?.url, "/p/#b");
  });
});
