// Reads content/sokord.yml, the editors' search synonyms: each citizen's word or phrase with the
// site's words it stands for. Search adds the citizen's word to every question that uses one of the
// site's words (src/search/search-terms.ts). Problems name the file, the entry and what to do.
import path from "node:path";
import { parseDocument } from "yaml";
import { displayName, synonymsFile } from "./content-files.ts";
import { readIfPresent } from "./load-section.ts";
import type { Problem } from "./problems.ts";
import type { Synonyms } from "./schema.ts";

const example = "write it as a list of the site's words, like: bifoga: [ladda upp, bilaga]";

/** Lower case, one space between words: how entries are compared with the indexed text. */
export function normaliseTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

function termsOf(value: unknown): string[] | null {
  const items = typeof value === "string" ? [value] : value;
  if (!Array.isArray(items) || items.length === 0) return null;
  if (!items.every((item) => typeof item === "string" && item.trim() !== "")) return null;
  return items.map(normaliseTerm);
}

/** The synonyms of `root`/sokord.yml (none when it does not exist), and its problems. */
export function loadSynonyms(root: string): { synonyms: Synonyms; problems: Problem[] } {
  const file = displayName(path.join(root, synonymsFile));
  const synonyms: Synonyms = new Map();
  const source = readIfPresent(path.join(root, synonymsFile));
  if (source === null) return { synonyms, problems: [] };
  const document = parseDocument(source, { uniqueKeys: true });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => ({
      file,
      where: `line ${error.linePos?.[0]?.line ?? 1}`,
      message: `is not valid YAML (${error.message.split("\n")[0]}): write one "citizen's word: [the site's words]" per line`,
    }));
    return { synonyms, problems };
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return { synonyms, problems: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      synonyms,
      problems: [{ file, message: `must be a list of "citizen's word: [the site's words]" lines` }],
    };
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [word, value] of Object.entries(data)) {
    const terms = termsOf(value);
    const key = normaliseTerm(word);
    const twice = seen.has(key);
    seen.add(key);
    if (key === "") {
      problems.push({ file, where: `"${word}"`, message: "is an empty word: remove the line" });
    } else if (twice) {
      problems.push({
        file,
        where: `"${word}"`,
        message: "is written twice (upper and lower case are the same): keep one line",
      });
    } else if (terms === null) {
      problems.push({ file, where: `"${word}"`, message: `has no site words: ${example}` });
    } else {
      synonyms.set(key, terms);
    }
  }
  return { synonyms, problems };
}
