// The interface text's catalogues: every language names the same texts, an unknown name is an
// error naming the file, every name a template uses exists, and a second language is a catalogue
// and a page's `lang`: every component then speaks it, dates included.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import {
  fillText,
  interfaceTextDir,
  loadInterfaceText,
  type TextCatalogue,
  textNames,
  textOf,
} from "../../src/interface-text/interface-text.ts";
import { componentExamples, renderExamples } from "../components/component-examples.ts";

const siteCatalogue = JSON.parse(
  readFileSync(path.join(interfaceTextDir, "sv.json"), "utf8"),
) as TextCatalogue;
const folders: string[] = [];
after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A folder of catalogues, each written as given. */
function catalogueFolder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "interface-text-"));
  folders.push(dir);
  for (const [name, catalogue] of Object.entries(files)) {
    writeFileSync(
      path.join(dir, name),
      typeof catalogue === "string" ? catalogue : JSON.stringify(catalogue),
    );
  }
  return dir;
}

/** `catalogue` with every text marked as another language's ("[en] Visa alla"). */
function marked(catalogue: TextCatalogue): TextCatalogue {
  return Object.fromEntries(
    Object.entries(catalogue).map(([name, value]) => [
      name,
      typeof value === "string" ? `[en] ${value}` : marked(value),
    ]),
  );
}

/** Every file under `dir` ending in .njk. */
function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".njk"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("the interface text", () => {
  it("has a text for every name the templates use", () => {
    // A name is a text, or a group of texts a script is given (data-text).
    const names = new Set(
      textNames(siteCatalogue).flatMap((name) =>
        name.split(".").map((_, i, parts) => parts.slice(0, i + 1).join(".")),
      ),
    );
    const used = [...templates("src"), ...templates("_includes")].flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/"([\w.]+)"\s*\|\s*t\b/g)].map((match) => ({
        file,
        name: match[1],
      })),
    );
    assert.ok(used.length > 40, "the templates read their texts from the catalogue");
    assert.deepEqual(
      used.filter(({ name }) => !names.has(name ?? "")),
      [],
      "each name a template reads is in src/interface-text/sv.json",
    );
  });

  it("stops at a language that lacks a text or names one the site's language does not, naming file and text", () => {
    const english = marked(siteCatalogue) as { accordion: Record<string, string> };
    delete english.accordion.showAll;
    english.accordion.extra = "Extra";
    const dir = catalogueFolder({ "sv.json": siteCatalogue, "en.json": english });
    assert.throws(
      () => loadInterfaceText("sv", dir),
      (error: Error) =>
        error.message.includes(`${dir}/en.json`) &&
        error.message.includes('add "accordion.showAll"') &&
        error.message.includes('remove "accordion.extra"'),
    );
  });

  it("stops at a catalogue that is not JSON, and at a missing catalogue for the site's language", () => {
    assert.throws(
      () => loadInterfaceText("sv", catalogueFolder({ "sv.json": "{ not json" })),
      /sv\.json: not valid JSON/,
    );
    assert.throws(
      () => loadInterfaceText("sv", catalogueFolder({ "en.json": siteCatalogue })),
      /sv\.json is missing/,
    );
  });

  it("names the catalogue and the text when a template asks for an unknown one", () => {
    const text = loadInterfaceText("sv");
    assert.throws(
      () => textOf(text, "sv", "accordion.nothing"),
      /sv\.json has no text "accordion\.nothing"/,
    );
    assert.throws(() => textOf(text, "fi", "accordion.showAll"), /no interface text in "fi"/);
  });

  it("fills placeholders and leaves unknown ones as written", () => {
    assert.equal(
      fillText("{count} av {all} för ”{term}”", { count: 3, term: "bank" }),
      "3 av {all} för ”bank”",
    );
  });

  it("renders every component in a second language from its catalogue and the page's lang alone", async () => {
    const dir = catalogueFolder({ "sv.json": siteCatalogue, "en.json": marked(siteCatalogue) });
    const swedish = await renderExamples({ lang: "sv", textDir: dir });
    const english = await renderExamples({ lang: "en", textDir: dir });
    const texts = textNames(siteCatalogue)
      .map((name) => textOf(loadInterfaceText("sv"), "sv", name) as string)
      .filter((text) => !text.includes("{") && text.length > 3)
      // Not a text that is part of a longer one ("Försäkringskassan" in "Kakor på Försäkringskassan").
      .filter((text, _, all) => !all.some((other) => other !== text && other.includes(text)));
    const params = componentExamples().map((example) => JSON.stringify(example.params));
    let compared = 0;
    swedish.forEach((example, index) => {
      const other = english[index]?.html ?? "";
      for (const text of texts) {
        // A text the example's own parameters bring is the example's, not the interface's.
        if (!example.html.includes(text) || params[index]?.includes(text)) continue;
        compared++;
        assert.ok(
          other.includes(`[en] ${text}`),
          `${example.component} (${example.example}) shows "[en] ${text}"`,
        );
      }
    });
    assert.ok(compared > 30, `the examples show the catalogue's texts (${compared} compared)`);
    const updated = english.find((example) => example.component === "last-updated");
    assert.match(
      updated?.html ?? "",
      /[A-Z][a-z]+ \d{1,2}, \d{4}/,
      "the date is written as English writes it",
    );
  });
});
