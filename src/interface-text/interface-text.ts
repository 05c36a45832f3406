// The interface text of the site (buttons, labels, notices: what every page says around its
// content), one catalogue per language in this folder (`sv.json`, and `<lang>.json` beside it for
// another language). Templates read it with the `t` filter in the page's language (its `lang`, else
// the site's), so a page in another language is its catalogue and its `lang`, not template edits.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export { fillText } from "./fill-text.ts";

/** The folder of the catalogues, relative to the project. */
export const interfaceTextDir = "src/interface-text";

/** A catalogue: texts by name, grouped by the component that shows them. */
export interface TextCatalogue {
  [name: string]: string | TextCatalogue;
}

/** Every catalogue of `dir` by language, each checked against the site language's names. */
export type InterfaceText = ReadonlyMap<string, TextCatalogue>;

/** The dotted names of a catalogue's texts ("accordion.showAll"), in the file's order. */
export function textNames(catalogue: TextCatalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([name, value]) =>
    typeof value === "string" ? [`${prefix}${name}`] : textNames(value, `${prefix}${name}.`),
  );
}

function readCatalogue(file: string): TextCatalogue {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}): fix the file's syntax`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new Error(`${file}: must be a JSON object of texts grouped by component`);
  }
  return parsed as TextCatalogue;
}

/**
 * The catalogues of `dir`, the site language's first. Another language must name the same texts:
 * a missing or extra name stops the build with the file and the name, so no page shows a gap.
 */
export function loadInterfaceText(siteLang: string, dir = interfaceTextDir): InterfaceText {
  const files = readdirSync(dir).filter((file) => file.endsWith(".json"));
  const catalogues = new Map<string, TextCatalogue>();
  for (const file of files)
    catalogues.set(path.basename(file, ".json"), readCatalogue(path.join(dir, file)));
  const site = catalogues.get(siteLang);
  if (!site)
    throw new Error(
      `${dir}/${siteLang}.json is missing: the site's language needs its interface text`,
    );
  const names = new Set(textNames(site));
  for (const [lang, catalogue] of catalogues) {
    const own = new Set(textNames(catalogue));
    const missing = [...names].filter((name) => !own.has(name));
    const extra = [...own].filter((name) => !names.has(name));
    if (missing.length || extra.length) {
      throw new Error(
        `${dir}/${lang}.json: ${missing.length ? `add ${missing.map((n) => `"${n}"`).join(", ")}` : ""}` +
          `${missing.length && extra.length ? "; " : ""}` +
          `${extra.length ? `remove ${extra.map((n) => `"${n}"`).join(", ")} (not in ${siteLang}.json)` : ""}` +
          ": every language names the same texts as the site's language",
      );
    }
  }
  return new Map([[siteLang, site], ...[...catalogues].filter(([lang]) => lang !== siteLang)]);
}

/** The text or group `name` ("search.status") of `lang`'s catalogue; an unknown name is an error. */
export function textOf(text: InterfaceText, lang: string, name: string): string | TextCatalogue {
  const catalogue = text.get(lang);
  if (!catalogue) {
    throw new Error(
      `no interface text in "${lang}": add ${interfaceTextDir}/${lang}.json, or give the page a language that has one (${[...text.keys()].join(", ")})`,
    );
  }
  let found: string | TextCatalogue | undefined = catalogue;
  for (const part of name.split(".")) found = typeof found === "object" ? found[part] : undefined;
  if (found === undefined) {
    throw new Error(
      `${interfaceTextDir}/${lang}.json has no text "${name}": add it, or correct the name in the template`,
    );
  }
  return found;
}
