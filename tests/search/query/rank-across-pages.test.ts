// Ranking per question across many FAQ pages (issue 26): each question on its own words, the same
// list in any word order, every meaningful word searched when relaxing, pages past the first read.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findQuestions, type SearchPages } from "../../../src/search/query/find-questions.ts";
import type { PagefindRecord } from "../../../src/search/query/record-questions.ts";
import { hitsOf } from "./pagefind-hits.ts";

type Site = Record<string, Record<string, string>>;

/** A page record as Pagefind returns it: its questions' text, anchors and sub-results for `terms`. */
function record(page: string, questions: Record<string, string>, terms: string[]): PagefindRecord {
  const words: string[] = [];
  const anchors: PagefindRecord["anchors"] = [];
  const subResults: PagefindRecord["sub_results"] = [];
  for (const [slug, text] of Object.entries(questions)) {
    const start = words.length;
    const title = `${text.split("?")[0]}?`;
    anchors.push({ id: slug, location: start, text: title });
    words.push(...text.split(" "));
    const locations = words
      .map((word, location) => ({ word: word.toLowerCase(), location }))
      .filter(({ word, location }) => location >= start && terms.some((t) => word.startsWith(t)))
      .map(({ location }) => location);
    if (locations.length === 0) continue;
    subResults.push({
      title,
      url: `/${page}/#${slug}`,
      anchor: { id: slug },
      locations,
      weighted_locations: locations.map((location) => ({ weight: 1, balanced_score: 1, location })),
      excerpt: text,
    });
  }
  const meta = {
    sections: { a: "Avsnitt" },
    questions: Object.fromEntries(Object.keys(questions).map((slug) => [slug, { section: "a" }])),
  };
  return {
    url: `/${page}/`,
    content: words.join(" "),
    meta: { page, fragor: JSON.stringify(meta) },
    filters: { sida: [page], avsnitt: [`${page}/a`] },
    sub_results: subResults,
    anchors,
  };
}

/**
 * A stand-in for Pagefind over `site`: the pages where every term starts a word, in the site's
 * order (Pagefind ranks whole pages, so a page of many loosely matching questions can come first).
 */
function pagefind(site: Site, searched: string[] = [], read: string[] = []): SearchPages {
  const found = async (term: string) => {
    searched.push(term);
    const terms = term.toLowerCase().split(" ");
    const pages = Object.entries(site).filter(([, questions]) => {
      const all = Object.values(questions).join(" ").toLowerCase().split(" ");
      return terms.every((t) => all.some((word) => word.startsWith(t)));
    });
    return pages.map(([page, qs]) => record(page, qs, terms));
  };
  return hitsOf(found, read);
}

const site: Site = {
  foraldrapenning: {
    sista: "Hur länge kan vi spara dagarna? Till barnet fyller tolv år, sista dag är födelsedagen.",
    ansoka: "När ska jag ansöka om föräldrapenning? Ansök två månader innan.",
    sjuk: "Vad händer om jag blir sjuk? Byt dagar mot sjukpenning.",
  },
  "vard-av-barn": {
    "sista-dag": "Hur länge kan jag ansöka om vab? Senast 90 dagar efter dagen du var hemma.",
    belopp: "Hur mycket får jag när jag vabbar? Knappt 80 procent av lönen.",
    anmala: "Hur anmäler jag att jag vabbar? På Mina sidor samma dag.",
    spadbarn: "Kan jag vabba för en bebis som är sjuk? Under 8 månader bara i vissa fall.",
  },
  sjukpenning: {
    karens: "Vad är ett karensavdrag? Det görs högst tio gånger på tolv månader när du är sjuk.",
    intyg: "När behöver jag läkarintyg? Från den åttonde dagen, efter 60 dagar ett nytt.",
  },
};

const urls = (found: { questions: { url: string }[] }) => found.questions.map((q) => q.url);

describe("ranking across pages", () => {
  it("gives the same list for the same words in any order", async () => {
    const orders = [
      "sista dag att ansöka om vab",
      "ansöka om vab sista dag",
      "vab sista dag ansöka",
    ];
    const lists = await Promise.all(orders.map((q) => findQuestions(q, pagefind(site), 4)));
    assert.equal(urls(lists[0] ?? { questions: [] })[0], "/vard-av-barn/#sista-dag");
    for (const list of lists) assert.deepEqual(urls(list), urls(lists[0] ?? { questions: [] }));
  });

  it("scores each question on its own words: words of other questions of its page do not add up", async () => {
    const found = await findQuestions("bebis 6 månader sjuk", pagefind(site), 4);
    assert.equal(found.questions[0]?.url, "/vard-av-barn/#spadbarn");
    // "6" is a number of its own: it matches neither "60" nor "80".
    assert.ok(found.questions.every((q) => !q.matched.has("6")));
  });

  it("searches every meaningful word when relaxing, not only until one finds enough", async () => {
    const searched: string[] = [];
    await findQuestions("sista dag att ansöka om vab", pagefind(site, searched), 4);
    // Each word on its own, once: Pagefind's search of them all would load the same index chunks.
    assert.deepEqual(searched, ["ansöka", "dag", "sista", "vab"]);
  });

  it("lets a small word count beside others but never be the only match", async () => {
    const found = await findQuestions("hur mycket får man när man vabbar", pagefind(site), 4);
    assert.equal(found.questions[0]?.url, "/vard-av-barn/#belopp");
    const none = await findQuestions("hur mycket får jag i barnbidrag", pagefind(site), 4);
    assert.deepEqual(urls(none), []);
  });

  it("reads the page where the words stand together, however many pages Pagefind ranks above it", async () => {
    // Twelve pages, more than one query reads (4 × 2): the answer is on the one Pagefind ranks last.
    const crowd: Site = Object.fromEntries(
      Array.from({ length: 12 }, (_, page): [string, Record<string, string>] => [
        `sida-${page}`,
        page === 11
          ? { svar: "Varför blir pdf-filen blank? Uppdatera programmet som öppnar filen." }
          : { pdf: "Hur skickar jag en pdf? Ladda upp den.", blank: "Blank sida? Ladda om." },
      ]),
    );
    const read: string[] = [];
    const found = await findQuestions("blank pdf", pagefind(crowd, [], read), 4);
    assert.equal(found.questions[0]?.url, "/sida-11/#svar");
    assert.equal(read[0], "/sida-11/");
    assert.equal(found.complete, false);
  });

  it("ranks words standing together above the same words scattered over an answer", async () => {
    const near: Site = {
      p: {
        spridd: "Hur gör jag? Ansök i tid. Om barnet är sjukt gäller andra regler för intyg.",
        samlad: "Kan jag få intyg för sjukt barn? Ja.",
      },
    };
    const found = await findQuestions("intyg sjukt barn", pagefind(near), 4);
    assert.deepEqual(urls(found), ["/p/#samlad", "/p/#spridd"]);
  });
});
