// The message catalogue: every kind of problem is triggered by a small content tree here and
// comes out in Swedish, with the guide's section that explains it (the full texts and suggestions
// are checked in content-errors.test.ts, the warnings in content-warnings.test.ts).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import {
  problemObjectsOf,
  type Tree,
  treeWith,
  validTree,
} from "../../scripts/fuzz/content-tree.ts";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import {
  catalogue,
  describeField,
  guideSections,
  guideTitles,
  headingAnchor,
  type MessageCode,
} from "../../src/content/messages.ts";
import { fieldLine } from "../../src/content/problems.ts";

const contactYaml = readFileSync(path.join(fixtureContentDir, "kontakt.yml"), "utf8");

const question = (front: string, body = "Ett svar.") => `---\n${front}\n---\n\n${body}\n`;
const page = (front: string) => `---\n${front}\n---\n\nInledning.\n`;
const pageFields = "title: P\ndescription: D\nupdated: 2024-12-04";
const sections = "sections:\n  - id: a\n    title: A\n  - id: b\n    title: B";
const earlier = (entry: string) =>
  question(`question: Fråga ett?\norder: 10\ntidigare: [${entry}]`);

/** One tree per problem code: the smallest mistake that triggers it. */
const triggers: Partial<Record<MessageCode, Tree>> = {
  "no-front-matter": { "p/a/one.md": "Svar.\n" },
  "front-matter-not-closed": { "p/a/one.md": "---\nquestion: F?\norder: 10\n\nSvar.\n" },
  "yaml-duplicate-field": { "p/a/one.md": question("question: F?\norder: 10\norder: 20") },
  "yaml-unclosed-quote": { "p/a/one.md": question('question: "F?\norder: 10') },
  "yaml-colon-in-text": { "p/a/one.md": question("order: 10\nquestion: Vad: gäller?") },
  "yaml-syntax": { "p/a/one.md": question("question: F?\norder: 10\n\tupdated: x") },
  "missing-field": { "p/a/one.md": question("order: 10") },
  "unknown-field": { "p/a/one.md": question("question: F?\norder: 10\nfråga: F?") },
  "not-fields": { "p/a/one.md": question("- F?") },
  "not-a-list": { "p/index.md": page(`${pageFields}\nsections: a`) },
  "empty-list": { "p/index.md": page(`${pageFields}\nsections: []`) },
  "not-text": { "p/a/one.md": question("question: 12\norder: 10") },
  "empty-text": { "p/a/one.md": question('question: " "\norder: 10') },
  "not-whole-number": { "p/a/one.md": question("question: F?\norder: tio") },
  "not-a-date": { "p/a/one.md": question("question: F?\norder: 10\nupdated: igår") },
  "bad-slug": {
    "p/index.md": page(`${pageFields}\n${sections}\n  - id: C\n    title: C`),
  },
  "not-https": {
    "p/index.md": page(
      `${pageFields}\n${sections}\nrelated:\n  - heading: H\n    links:\n      - text: T\n        url: http://x.se/`,
    ),
  },
  "bad-file-name": { "p/a/Ny Fråga.md": question("question: F?\norder: 20") },
  "bad-folder-name": {
    "p/index.md": null,
    "p/a/one.md": null,
    "p/b/two.md": null,
    "P P/index.md": page(`${pageFields}\nsections:\n  - id: a\n    title: A`),
    "P P/a/one.md": question("question: F?\norder: 10"),
  },
  "file-outside-page": { "x.md": "x" },
  "question-in-page-folder": { "p/x.md": question("question: F?\norder: 10") },
  "stray-file-in-page": { "p/x.pdf": "x" },
  "folder-in-section": { "p/a/gamla/x.md": question("question: F?\norder: 20") },
  "wrong-extension": { "p/a/x.txt": "x" },
  "not-markdown-file": { "p/a/x.png": "x" },
  "index-missing": { "p/index.md": null },
  "duplicate-section-id": {
    "p/index.md": page(`${pageFields}\n${sections}\n  - id: a\n    title: A2`),
  },
  "section-not-listed": { "p/c/x.md": question("question: F?\norder: 10") },
  "section-without-folder": {
    "p/index.md": page(`${pageFields}\n${sections}\n  - id: c\n    title: C`),
  },
  "duplicate-order": { "p/a/x.md": question("question: F?\norder: 10") },
  "duplicate-anchor": { "p/b/one.md": question("question: F?\norder: 20") },
  "empty-answer": { "p/a/one.md": question("question: F?\norder: 10", "") },
  "html-comment": { "p/a/one.md": question("question: F?\norder: 10", "<!-- x -->") },
  "raw-html": { "p/a/one.md": question("question: F?\norder: 10", "<b>x</b>") },
  image: { "p/a/one.md": question("question: F?\norder: 10", "![x](x.png)") },
  "http-link": { "p/a/one.md": question("question: F?\norder: 10", "[x](http://x.se/)") },
  "bad-link": { "p/a/one.md": question("question: F?\norder: 10", "[x](x.se)") },
  "unsafe-link": { "p/a/one.md": question("question: F?\norder: 10", "[x](javascript:x)") },
  "heading-too-big": { "p/a/one.md": question("question: F?\norder: 10", "# X") },
  "heading-jump": { "p/a/one.md": question("question: F?\norder: 10", "#### X\n\n###### Y") },
  "missing-page": { "p/a/one.md": question("question: F?\norder: 10", "[x](/x/)") },
  "missing-anchor": { "p/a/one.md": question("question: F?\norder: 10", "[x](#x)") },
  "not-utf8": { "p/a/one.md": Buffer.from(question("question: Får?\norder: 10"), "latin1") },
  "file-too-large": { "p/a/one.md": question("question: F?\norder: 10", "ord ".repeat(15_000)) },
  "block-in-paragraph": {
    "kontakt.yml": contactYaml,
    "p/a/one.md": question("question: F?\norder: 10", "Ring [[kontakt]] nu."),
  },
  "unknown-block": { "p/a/one.md": question("question: F?\norder: 10", "[[kontackt]]") },
  "contact-missing": { "p/a/one.md": question("question: F?\norder: 10", "Svar.\n\n[[kontakt]]") },
  "contact-not-yaml": { "kontakt.yml": "rubrik: [Hej\n" },
  "not-phone": { "kontakt.yml": contactYaml.replace(/nummer: .*/, "nummer: ring oss") },
  "synonyms-not-yaml": { "sokord.yml": "bifoga: [ladda upp\n" },
  "synonyms-not-list": { "sokord.yml": "- bifoga\n- tom\n" },
  "synonym-empty": { "sokord.yml": '"": [blank]\n' },
  "synonym-twice": { "sokord.yml": "tom: [blank]\nTom: [blank]\n" },
  "synonym-no-terms": { "sokord.yml": "bifoga:\n" },
  "bad-earlier-anchor": { "p/a/one.md": earlier("Gammal Fråga") },
  "earlier-anchor-self": { "p/a/one.md": earlier("one") },
  "earlier-anchor-live": { "p/a/one.md": earlier("two") },
  "earlier-anchor-no-page": { "p/a/one.md": earlier("borta/ett") },
  "earlier-anchor-twice": {
    "p/a/one.md": earlier("gammal"),
    "p/b/two.md": "---\nquestion: Två?\norder: 10\ntidigare: [gammal]\n---\n\nSvar.\n",
  },
  "removed-live": {
    "p/index.md": validTree["p/index.md"]?.replace("---\n\n", "borttagna: [one]\n---\n\n") ?? "",
  },
  "removed-and-earlier": {
    "p/a/one.md": earlier("gammal"),
    "p/index.md": validTree["p/index.md"]?.replace("---\n\n", "borttagna: [gammal]\n---\n\n") ?? "",
  },
};

/**
 * Codes not triggered here: the warnings (content-warnings and check-content tests), YAML aliases,
 * nesting and future dates (content-bytes.test.ts), the feedback export (report-feedback.test.ts),
 * and two fallbacks no rule reaches today: a schema message the catalogue does not know, and an
 * error the YAML parser throws instead of reporting.
 */
const testedElsewhere: MessageCode[] = [
  "stale",
  "long-answer",
  "link-texts",
  "not-updated",
  "spelling",
  "yaml-alias-limit",
  "yaml-too-deep",
  "updated-in-future",
  "feedback-not-json",
  "feedback-not-array",
  "feedback-invalid-vote",
  "invalid-value",
  // tidigare and borttagna (earlier-addresses.test.ts, address-check.test.ts: against a git base)
  "earlier-page-self",
  "earlier-page-live",
  "earlier-page-twice",
  "address-gone",
  "front-matter-unreadable",
  "markdown-unreadable",
  // Needs the built page's compressed size (page-budget.test.ts).
  "page-over-budget",
];

describe("the message catalogue", () => {
  it("has a trigger for every problem, or says where it is tested", () => {
    const missing = Object.keys(catalogue).filter(
      (code) => !(code in triggers) && !testedElsewhere.includes(code as MessageCode),
    );
    assert.deepEqual(missing, []);
  });

  for (const [code, changes] of Object.entries(triggers)) {
    it(`reports "${code}" in Swedish, with its guide section`, async () => {
      const problems = await problemObjectsOf(treeWith(changes ?? {}));
      const found = problems.find((problem) => problem.code === code);
      assert.ok(found, `${code} not among ${JSON.stringify(problems.map((p) => p.code))}`);
      // Swedish: the texts use å, ä or ö, or Swedish words; none uses the old English phrasing.
      assert.match(found.message, /[åäöÅÄÖ]|\b(och|inte|till|ska|finns)\b/);
      // The YAML parser's own (English) words may follow, marked "(YAML: …)", after the advice.
      const advice = found.message.replace(/\(YAML: [\s\S]*$/, "");
      assert.doesNotMatch(advice, /\b(must|is not|the|remove it|add it)\b/);
      assert.equal(found.guide, catalogue[code as MessageCode].guide);
    });
  }

  it("names every guide section by the heading whose anchor it is", () => {
    for (const anchor of Object.values(guideSections)) {
      const title = guideTitles[anchor];
      assert.ok(title, `no heading for ${anchor}`);
      assert.equal(headingAnchor(title), anchor);
    }
  });

  it("makes anchors as GitHub does: lower case, punctuation dropped, spaces as hyphens", () => {
    assert.equal(guideSections.pageFields, "sidans-indexmd");
    assert.equal(guideSections.contact, "kontaktuppgifter-kontaktyml");
    assert.equal(guideSections.change, "ändra-flytta-och-ta-bort-en-fråga");
    assert.equal(guideTitles["lägga-till-en-fråga"], "Lägga till en fråga");
  });

  it("describes nested fields as an editor reads them", () => {
    assert.equal(describeField("order"), 'fältet "order"');
    assert.equal(describeField("sections[1]"), 'sektion 2 under "sections"');
    assert.equal(
      describeField("related[0].links[2].url"),
      'fältet "url" i länk 3 i grupp 1 under "related"',
    );
  });
});

describe("fieldLine", () => {
  const source = [
    "---",
    "title: P",
    "sections:",
    "  - id: a",
    "    title: A",
    "  - id: b",
    "    titel: B",
    "related:",
    "  - heading: H",
    "    links:",
    "      - text: T",
    "        url: http://x",
    "---",
  ].join("\n");

  it("finds top-level and nested fields, and the item a missing field belongs in", () => {
    assert.equal(fieldLine(source, "title"), 2);
    assert.equal(fieldLine(source, "sections[1].titel"), 7);
    assert.equal(fieldLine(source, "sections[1].title"), 6);
    assert.equal(fieldLine(source, "related[0].links[0].url"), 12);
    assert.equal(fieldLine(source, "description"), undefined);
    assert.equal(fieldLine(validTree["p/a/one.md"] ?? "", "order"), 3);
  });
});
