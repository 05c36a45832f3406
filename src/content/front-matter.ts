// Splits a Markdown file into its YAML front matter and body, reporting YAML errors with their line.
import { type Document, isAlias, parseDocument, visit, type YAMLError } from "yaml";
import { flatFrontMatter } from "./flat-front-matter.ts";
import { problem } from "./messages.ts";
import type { Problem } from "./problems.ts";

export interface ParsedFile {
  /** The front matter's fields; undefined when it has problems. */
  data: unknown;
  /** The Markdown after the front matter (checked even when the front matter is broken). */
  body: string;
  /** The line number (1-based) of the body's first line in the file. */
  bodyLine: number;
  problems: Problem[];
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** The catalogue problem for a YAML error, by the yaml package's error code. */
function yamlProblem(file: string, line: number, error: YAMLError, yamlText: string): Problem {
  const [start = 0] = error.pos;
  const lineText = yamlText.split(/\r?\n/)[line - 2];
  const at = { file, line, ...(lineText === undefined ? {} : { lineText }) };
  switch (error.code) {
    case "DUPLICATE_KEY":
      return problem("yaml-duplicate-field", {
        file,
        line,
        name: /^[^:\n]*/.exec(yamlText.slice(start))?.[0].trim() ?? "",
      });
    case "MISSING_CHAR":
      return problem("yaml-unclosed-quote", at);
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
    case "BAD_INDENT":
      return problem("yaml-colon-in-text", at);
    default:
      // The parser recurses per level of [ or {; a runaway nesting overflows its stack.
      if (/call stack/i.test(error.message)) return problem("yaml-too-deep", { file, line });
      return problem("yaml-syntax", { file, line, detail: error.message.split("\n")[0] ?? "" });
  }
}

/** The file line (1-based) of an offset in the front matter; the opening "---" is line 1. */
function fileLine(yamlText: string, offset: number): number {
  const lines = yamlText.slice(0, offset).split("\n").length;
  const lastLine = Math.max(1, yamlText.replace(/\r?\n$/, "").split("\n").length);
  return Math.min(lines, lastLine) + 1;
}

// Front matter never needs aliases ("*name"); a few are allowed, but not the exponential expansion
// of a "billion laughs" file, which would otherwise end the build with a stack trace (issue 14).
export const maxAliasCount = 20;

/** The file line of the front matter's first alias, to point the editor at it. */
function firstAliasLine(document: Document, yamlText: string): number {
  let offset = 0;
  visit(document, {
    Alias(_, node) {
      if (isAlias(node) && node.range) offset = node.range[0];
      return visit.BREAK;
    },
  });
  return fileLine(yamlText, offset);
}

/**
 * Anything the YAML parser throws, rather than reports (such as a stack overflow on absurd
 * nesting), still becomes one line an editor can act on, never a stack trace (issue 14).
 */
function unreadable(file: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  return problem("front-matter-unreadable", { file, reason });
}

/** The front matter's fields as plain values, or a problem naming the file and the line. */
function fieldsOf(
  file: string,
  document: Document,
  yamlText: string,
): { data: unknown } | { problem: Problem } {
  try {
    return { data: document.toJS({ maxAliasCount }) ?? {} };
  } catch (error) {
    if (/alias/i.test(error instanceof Error ? error.message : "")) {
      return {
        problem: problem("yaml-alias-limit", { file, line: firstAliasLine(document, yamlText) }),
      };
    }
    return { problem: unreadable(file, error) };
  }
}

export function parseFrontMatter(file: string, source: string): ParsedFile {
  const text = source.replace(/^\uFEFF/, "");
  const match = text.startsWith("---") ? fence.exec(text) : null;
  if (match?.index !== 0) {
    const unclosed = text.startsWith("---");
    // The first empty line after the fields is where the closing "---" most likely belongs.
    const empty = text.split(/\r?\n/).findIndex((line, index) => index > 0 && line.trim() === "");
    const found = unclosed
      ? problem("front-matter-not-closed", {
          file,
          ...(empty > 0 ? { line: empty + 1, closeBefore: empty + 1 } : {}),
        })
      : problem("no-front-matter", { file, line: 1 });
    return { data: undefined, body: "", bodyLine: 1, problems: [found] };
  }
  const yamlText = match[1] ?? "";
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split("\n").length;
  const flat = flatFrontMatter(yamlText);
  if (flat) return { data: flat, body, bodyLine, problems: [] };
  let document: Document;
  try {
    document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { data: undefined, body, bodyLine, problems: [unreadable(file, error)] };
  }
  if (document.errors.length > 0) {
    const seenLines = new Set<number>();
    const problems: Problem[] = [];
    for (const error of document.errors) {
      const line = fileLine(yamlText, error.pos[0]);
      if (seenLines.has(line)) continue;
      seenLines.add(line);
      problems.push(yamlProblem(file, line, error, yamlText));
    }
    return { data: undefined, body, bodyLine, problems };
  }
  const fields = fieldsOf(file, document, yamlText);
  if ("problem" in fields) return { data: undefined, body, bodyLine, problems: [fields.problem] };
  return { data: fields.data, body, bodyLine, problems: [] };
}
