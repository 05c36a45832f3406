// Splits a Markdown file into its YAML front matter and body, reporting YAML errors with their line.
import { parseDocument, type YAMLError } from "yaml";
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

/** What an editor should do about a YAML error, by the yaml package's error code. */
function advice(error: YAMLError, yamlText: string): string {
  const [start = 0] = error.pos;
  switch (error.code) {
    case "DUPLICATE_KEY":
      return `the field "${/^[^:\n]*/.exec(yamlText.slice(start))?.[0].trim()}" is written twice: keep only one of them`;
    case "MISSING_CHAR":
      return `${error.message.toLowerCase()}: end the text with the same quote mark it starts with`;
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
    case "BAD_INDENT":
      return `${error.message.split("\n")[0]}: put text that contains ": " in quotes ("like: this"), and indent list items and nested fields with spaces as in the guide`;
    default:
      return `${error.message.split("\n")[0]}: check the indentation and that text with ":" is in quotes`;
  }
}

/** The file line (1-based) of an offset in the front matter; the opening "---" is line 1. */
function fileLine(yamlText: string, offset: number): number {
  const lines = yamlText.slice(0, offset).split("\n").length;
  const lastLine = Math.max(1, yamlText.replace(/\r?\n$/, "").split("\n").length);
  return Math.min(lines, lastLine) + 1;
}

export function parseFrontMatter(file: string, source: string): ParsedFile {
  const text = source.replace(/^\uFEFF/, "");
  const match = text.startsWith("---") ? fence.exec(text) : null;
  if (match?.index !== 0) {
    const message = text.startsWith("---")
      ? 'has front matter that never ends: add a line "---" after the last field'
      : 'has no front matter: start the file with a line "---", the fields, and another line "---"';
    return { data: undefined, body: "", bodyLine: 1, problems: [{ file, message }] };
  }
  const yamlText = match[1] ?? "";
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split("\n").length;
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const seenLines = new Set<number>();
    const problems: Problem[] = [];
    for (const error of document.errors) {
      const line = fileLine(yamlText, error.pos[0]);
      if (seenLines.has(line)) continue;
      seenLines.add(line);
      problems.push({
        file,
        where: `line ${line}:`,
        message: `front matter is not valid YAML (${advice(error, yamlText)})`,
      });
    }
    return { data: undefined, body, bodyLine, problems };
  }
  return { data: document.toJS() ?? {}, body, bodyLine, problems: [] };
}
