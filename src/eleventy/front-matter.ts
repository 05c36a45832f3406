// Splits a Markdown file into its YAML front matter and body, reporting YAML errors with their line.
import { parseDocument } from "yaml";
import type { Problem } from "./problems.ts";

export interface ParsedFile {
  data: unknown;
  body: string;
  /** The line number (1-based) of the body's first line in the file. */
  bodyLine: number;
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

export function parseFrontMatter(file: string, source: string): ParsedFile | Problem {
  const text = source.replace(/^\uFEFF/, "");
  const match = text.startsWith("---") ? fence.exec(text) : null;
  if (match?.index !== 0) {
    return {
      file,
      message:
        'has no front matter: start the file with a line "---", the fields, and another line "---"',
    };
  }
  const yamlText = match[1] ?? "";
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 0) + 1;
    const reason = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    return {
      file,
      where: `line ${line}:`,
      message: `front matter is not valid YAML (${reason}); check the indentation and that text with ":" is in quotes`,
    };
  }
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split("\n").length;
  return { data: document.toJS() ?? {}, body, bodyLine };
}
