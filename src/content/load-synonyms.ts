// Reads content/sokord.yml, the editors' search synonyms: each citizen's word or phrase with the
// site's words it stands for. Search adds the citizen's word to every question that uses one of the
// site's words (src/search/index/search-terms.ts). Problems name the file, the entry and what to do.
import path from "node:path";
import { parseDocument } from "yaml";
import { displayName, readContentFile, synonymsFile } from "./content-files.ts";
import { maxAliasCount } from "./front-matter.ts";
import { problem } from "./messages.ts";
import type { Problem } from "./problems.ts";
import type { Synonyms } from "./schema.ts";

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
  const read = readContentFile(path.join(root, synonymsFile));
  if (read === null) return { synonyms, problems: [] };
  if ("problem" in read) return { synonyms, problems: [read.problem] };
  const document = parseDocument(read.text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) =>
      problem("synonyms-not-yaml", {
        file,
        line: error.linePos?.[0]?.line ?? 1,
        detail: error.message.split("\n")[0] ?? "",
      }),
    );
    return { synonyms, problems };
  }
  // Alias expansion limited as in front matter: a "billion laughs" file gets a problem, not a hang.
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return { synonyms, problems: [problem("synonyms-not-yaml", { file, detail })] };
  }
  if (data === null || data === undefined) return { synonyms, problems: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { synonyms, problems: [problem("synonyms-not-list", { file })] };
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [word, value] of Object.entries(data)) {
    const terms = termsOf(value);
    const key = normaliseTerm(word);
    const twice = seen.has(key);
    seen.add(key);
    if (key === "") {
      problems.push(problem("synonym-empty", { file, word }));
    } else if (twice) {
      problems.push(problem("synonym-twice", { file, word }));
    } else if (terms === null) {
      problems.push(problem("synonym-no-terms", { file, word }));
    } else {
      synonyms.set(key, terms);
    }
  }
  return { synonyms, problems };
}
