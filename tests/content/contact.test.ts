// content/kontakt.yml and the [[kontakt]] block: validated, with problems that say what to do.
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { problemsOf, treeWith, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { blockMarker } from "../../src/content/markdown.ts";

const contactYaml = await readFile(path.join(fixtureContentDir, "kontakt.yml"), "utf8");
const marker = blockMarker("kontakt");

const answerWith = (body: string) =>
  `---\nquestion: Fråga ett?\norder: 10\n---\n\nSvar ett, se [två](#two).\n\n${body}\n`;

describe("content/kontakt.yml", () => {
  it("is read into the contact data, with a tel: link made from the number", async () => {
    const root = await writeTree(treeWith({ "kontakt.yml": contactYaml }));
    try {
      const { contact, problems } = await loadContent(root);
      assert.deepEqual(problems, []);
      assert.equal(contact?.telefon.href, "tel:+46771000000");
      assert.equal(contact?.minaSidor.text, "Logga in på Mina sidor");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("is optional: without it there is no contact data and no problem", async () => {
    const root = await writeTree(treeWith({}));
    try {
      const { contact, problems } = await loadContent(root);
      assert.equal(contact, null);
      assert.deepEqual(problems, []);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("names the field that is missing, mistyped or not an https address", async () => {
    const broken = contactYaml
      .replace("oppettider:", "oppetider:")
      .replace(
        "url: https://www.forsakringskassan.se/felanmalan",
        "url: www.forsakringskassan.se/felanmalan",
      );
    assert.deepEqual(await problemsOf(treeWith({ "kontakt.yml": broken })), [
      // The misspelt field is one mistake: not also "oppettider is missing".
      'kontakt.yml:6: Fältet "oppetider" under "telefon" finns inte. Menade du "oppettider"? Byt namnet till oppettider.',
      'kontakt.yml:12: Fältet "url" under "felanmalan" ska vara en hel adress som börjar med https://, men här står "www.forsakringskassan.se/felanmalan". Skriv https://www.forsakringskassan.se/felanmalan.',
    ]);
  });

  it("reports YAML it cannot read, with the line", async () => {
    const problems = await problemsOf(treeWith({ "kontakt.yml": "rubrik: [Hej\n" }));
    assert.equal(problems.length, 1);
    assert.match(
      problems[0] ?? "",
      /^kontakt\.yml:\d+: Filen går inte att läsa: den är inte giltig YAML\./,
    );
  });
});

describe("[[kontakt]] in Markdown", () => {
  it("becomes the place of the contact block when it stands on a line of its own", async () => {
    const root = await writeTree(
      treeWith({ "kontakt.yml": contactYaml, "p/a/one.md": answerWith("[[kontakt]]") }),
    );
    try {
      const { pages, problems } = await loadContent(root);
      assert.deepEqual(problems, []);
      const answer = pages[0]?.sections[0]?.questions[0]?.answerHtml ?? "";
      assert.ok(answer.includes(marker), answer);
      assert.doesNotMatch(answer, /\[\[kontakt\]\]/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("is refused inside a paragraph, misspelt, or without kontakt.yml", async () => {
    assert.deepEqual(
      await problemsOf(
        treeWith({
          "kontakt.yml": contactYaml,
          "p/a/one.md": answerWith("Ring oss [[kontakt]].\n\n[[kontackt]]"),
        }),
      ),
      [
        'p/a/one.md:8: "[[kontakt]]" står inne i ett stycke och visas inte som block. Skriv [[kontakt]] ensamt på en rad, med en tom rad före och efter.',
        'p/a/one.md:10: "[[kontackt]]" är inget block som webbplatsen känner till. Skriv [[kontakt]] ensamt på en rad, eller ta bort det.',
      ],
    );
    assert.deepEqual(await problemsOf(treeWith({ "p/a/one.md": answerWith("[[kontakt]]") })), [
      "p/a/one.md: Svaret använder [[kontakt]], men kontakt.yml finns inte, så det finns inget att visa. Skapa kontakt.yml enligt guiden, eller ta bort [[kontakt]].",
    ]);
  });
});
