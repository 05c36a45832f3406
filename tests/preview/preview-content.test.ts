// The preview's content in memory: a save re-reads only its page folder and says which pages to
// render and whether other pages show what changed; pages coming or going reload everything; the
// result is always what loading the whole folder again gives.
import assert from "node:assert/strict";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { validTree, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import { loadContent } from "../../src/content/load-content.ts";
import type { FaqPage } from "../../src/content/schema.ts";
import { PreviewContent } from "../../src/preview/preview-content.ts";

describe("PreviewContent", () => {
  let root = "";
  let content: PreviewContent;

  before(async () => {
    root = await writeTree(validTree);
    await cp(path.join(fixtureContentDir, "support"), path.join(root, "support"), {
      recursive: true,
    });
    // The fixture's answers place [[kontakt]], which needs the site's contact file.
    await cp(path.join(fixtureContentDir, "kontakt.yml"), path.join(root, "kontakt.yml"));
    content = new PreviewContent(root, []);
    assert.deepEqual((await content.loadAll()).problems, []);
  });
  after(() => rm(root, { recursive: true, force: true }));

  it("re-reads the saved question's page only, as a change no other page shows", async () => {
    const file = path.join(root, "p/a/one.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("Svar ett", "Nytt svar ett"));
    const update = await content.update([file]);
    assert.notEqual(update.changed, "all");
    assert.deepEqual(
      (update.changed as FaqPage[]).map((page) => page.slug),
      ["p"],
    );
    assert.equal(update.sharedChanged, false);
    const page = update.content.pages.find((candidate) => candidate.slug === "p");
    assert.match(page?.sections[0]?.questions[0]?.answerHtml ?? "", /Nytt svar ett/);
    assert.deepEqual(update.content, await loadContent(root, []));
  });

  it("says when other pages show the change: a page title", async () => {
    const file = path.join(root, "p/index.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("Frågor om p", "Frågor om q"));
    const update = await content.update([file]);
    assert.equal(update.sharedChanged, true);
    assert.deepEqual(update.content, await loadContent(root, []));
  });

  it("reports a problem of the saved file, and a link elsewhere to its old anchor", async () => {
    const file = path.join(root, "p/b/two.md");
    const renamed = path.join(root, "p/b/three.md");
    const original = await readFile(file, "utf8");
    // p/a/one.md links to #two: renaming the question away breaks a link in another file.
    await rm(file);
    await writeFile(renamed, original.replace("order: 10", "order: tio"));
    const update = await content.update([file, renamed]);
    const files = update.content.problems.map((problem) => path.relative(root, problem.file));
    assert.ok(files.includes("p/b/three.md"), files.join(", "));
    assert.ok(files.includes("p/a/one.md"), files.join(", "));
    assert.deepEqual(update.content, await loadContent(root, []));
    await rm(renamed);
    await writeFile(file, original);
    assert.deepEqual((await content.update([file, renamed])).content.problems, []);
  });

  it("reloads everything when a page folder is added", async () => {
    await cp(path.join(root, "p"), path.join(root, "q"), { recursive: true });
    const update = await content.update([path.join(root, "q/index.md")]);
    assert.equal(update.changed, "all");
    assert.deepEqual(
      update.content.pages.map((page) => page.slug),
      ["p", "q", "support"],
    );
  });
  it("keeps the rules that span pages up to date: a link from another page, earlier addresses", async () => {
    // q (added above) links to p's question two; p renames it, saying where it was before.
    const linking = path.join(root, "q/a/one.md");
    const original = await readFile(linking, "utf8");
    await writeFile(linking, original.replace("(#two)", "(/p/#two)"));
    assert.deepEqual((await content.update([linking])).content.problems, []);
    const two = path.join(root, "p/b/two.md");
    const tva = path.join(root, "p/b/tva.md");
    const text = await readFile(two, "utf8");
    await rm(two);
    await writeFile(tva, text);
    const renamed = await content.update([two, tva]);
    const messages = renamed.content.problems.map((problem) => problem.message);
    assert.ok(
      renamed.content.problems.some((problem) => problem.file.endsWith("q/a/one.md")),
      messages.join("\n"),
    );
    assert.deepEqual(renamed.content, await loadContent(root, []));
    await writeFile(tva, text.replace("order: 10", "order: 10\ntidigare: [two]"));
    const told = await content.update([tva]);
    assert.deepEqual(told.content.earlier.pages.get("p")?.aliases, { tva: ["two"] });
    assert.deepEqual(told.content, await loadContent(root, []));
    await rm(tva);
    await writeFile(two, text);
    assert.deepEqual((await content.update([two, tva])).content.problems, []);
    assert.deepEqual(content.current().earlier.pages.get("p")?.aliases, {});
  });
});
