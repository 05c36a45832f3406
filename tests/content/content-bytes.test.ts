// Every byte an editor can save gets a clear answer: wrong encodings, YAML bombs, parser failures
// and dates in the future are problem lines naming the file, never garbled pages or stack traces.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { problemsOf, treeWith, validTree, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { buildConfigFrom } from "../../src/config/config.ts";
import { loadContent } from "../../src/content/load-content.ts";

const question = (front: string, body = "Ett svar.") => `---\n${front}\n---\n\n${body}\n`;
const latin1 = (text: string) => Buffer.from(text, "latin1");

describe("content files that are not UTF-8", () => {
  it("are refused, naming the file and the line, and saying to save as UTF-8", async () => {
    const file = latin1("---\nquestion: Får jag?\norder: 10\n---\n\nSvar på frågan.\n");
    const problems = await problemsOf(treeWith({ "p/a/one.md": file }));
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.equal(
      problems[0],
      "p/a/one.md:2: Filen är inte sparad som UTF-8, så å, ä och ö blir fel. Spara filen med teckenkodningen UTF-8 (i de flesta redigerare: Spara som → Kodning → UTF-8).",
    );
  });

  it("are refused for index.md too, and only once", async () => {
    // "Frågor om p" is on line 2.
    const index = latin1(String(validTree["p/index.md"]));
    const problems = await problemsOf(treeWith({ "p/index.md": index }));
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0] ?? "", /^p\/index\.md:2: Filen är inte sparad som UTF-8/);
  });

  it("while UTF-8 with a byte order mark and CRLF line endings builds as before", async () => {
    const crlf = (text: string) => text.replaceAll("\n", "\r\n");
    const root = await writeTree(
      treeWith({
        "p/index.md": `\uFEFF${crlf(String(validTree["p/index.md"]))}`,
        "p/a/one.md": `\uFEFF${crlf(question("question: Får jag?\norder: 10", "Ja, **så** är det."))}`,
      }),
    );
    const { pages, problems } = await loadContent(root, ["/"]);
    assert.deepEqual(problems, []);
    const one = pages[0]?.sections[0]?.questions[0];
    assert.equal(pages[0]?.title, "Frågor om p");
    assert.equal(one?.question, "Får jag?");
    assert.match(one?.answerHtml ?? "", /Ja, <strong>så<\/strong> är det\./);
  });
});

describe("content files that are too large", () => {
  it("are refused before Markdown spends seconds on them, naming the file", async () => {
    const huge = question("question: Stor?\norder: 10", "[".repeat(60_000));
    const problems = await problemsOf(treeWith({ "p/a/one.md": huge }));
    assert.deepEqual(problems, [
      "p/a/one.md: Filen är 61 kB, mer än de 50 kB en innehållsfil får vara. Ett svar är några kB, så kontrollera att inget har klistrats in av misstag, eller dela upp svaret i flera frågor.",
    ]);
  });
});

describe("front matter the YAML parser rejects or cannot expand", () => {
  it("reports exponential aliases (a billion laughs) as one line, not a stack trace", async () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [index, name] of ["b", "c", "d", "e", "f", "g", "h", "i"].entries()) {
      const previous = String.fromCharCode("a".charCodeAt(0) + index);
      rows.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(",")}]`);
    }
    const front = `question: Bomb?\norder: 10\n${rows.join("\n")}`;
    const problems = await problemsOf(treeWith({ "p/a/one.md": question(front) }));
    assert.deepEqual(problems, [
      'p/a/one.md:5: Front matter använder YAML-alias ("*namn") som växer för mycket. Skriv ut värdena som vanlig text i stället för med "&" och "*".',
    ]);
  });

  it("still reads a front matter with a few aliases", async () => {
    const front = "question: &q Får jag?\norder: 10\n";
    assert.deepEqual(await problemsOf(treeWith({ "p/a/one.md": question(front) })), []);
  });

  it("reports nesting too deep for the parser as a line naming the file", async () => {
    const front = `question: Djup?\norder: 10\nx: ${"[".repeat(20000)}${"]".repeat(20000)}`;
    assert.deepEqual(await problemsOf(treeWith({ "p/a/one.md": question(front) })), [
      'p/a/one.md:4: Front matter har listor eller grupper ("[" eller "{") nästlade alldeles för djupt och går inte att läsa. Skriv fältet som i guidens exempel.',
    ]);
  });
});

describe("updated dates", () => {
  const today = "2026-06-15";

  it("later than today are an error naming the file and the field", async () => {
    const tree = treeWith({
      "p/a/one.md": question("question: Fråga?\norder: 10\nupdated: 2026-06-16"),
      "p/index.md": String(validTree["p/index.md"]).replace("2024-12-04", "2031-01-01"),
    });
    assert.deepEqual(await problemsOf(tree, { today }), [
      'p/a/one.md:4: Fältet "updated" är 2026-06-16, senare än i dag (2026-06-15, svensk tid). Skriv det datum då texten senast ändrades, till exempel dagens.',
      'p/index.md:4: Fältet "updated" är 2031-01-01, senare än i dag (2026-06-15, svensk tid). Skriv det datum då texten senast ändrades, till exempel dagens.',
    ]);
  });

  it("of today or earlier are fine", async () => {
    const tree = treeWith({
      "p/a/one.md": question("question: Fråga?\norder: 10\nupdated: 2026-06-15"),
    });
    assert.deepEqual(await problemsOf(tree, { today }), []);
  });
});

describe("the configuration's today", () => {
  it("is the date in Sweden, which can already be tomorrow in UTC terms", () => {
    const lateEvening = new Date("2026-06-15T22:30:00Z");
    assert.equal(buildConfigFrom({}, lateEvening).today, "2026-06-16");
  });

  it("is TODAY when set, and refuses a TODAY that is not YYYY-MM-DD", () => {
    assert.equal(buildConfigFrom({ TODAY: "2025-01-02" }).today, "2025-01-02");
    assert.throws(() => buildConfigFrom({ TODAY: "2 januari" }), /TODAY is "2 januari": write it/);
  });
});
