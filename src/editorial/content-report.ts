// Writes content problems and warnings as a Markdown report that CI can attach to a pull request.

import { catalogue, type MessageCode } from "../content/messages.ts";
import type { Problem } from "../content/problems.ts";
import type { ContentWarning } from "./content-warnings.ts";

/** The catalogue's short Swedish name for a kind of problem or warning. */
function titleOf(code: string): string {
  return code in catalogue ? catalogue[code as MessageCode].title : code;
}

/** Escapes text for one cell of a Markdown table. */
export function tableCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Where in the file, as the report's "Var" column says it: a line, or a field. */
function placeOf({ line, field }: Problem): string {
  if (line !== undefined) return `rad ${line}`;
  return field === undefined ? "" : `fältet "${field}"`;
}

function row(cells: string[]): string {
  return `| ${cells.map(tableCell).join(" | ")} |`;
}

export interface ReportScope {
  /** The ref the change is compared with: the warnings are those of the changed files. */
  base: string;
  changedFiles: string[];
}

export function contentReport(
  problems: Problem[],
  warnings: ContentWarning[],
  today: string,
  scope: Partial<ReportScope> = {},
) {
  const lines = [`# Innehållsrapport ${today}`, ""];
  if (scope.base && scope.changedFiles) {
    lines.push(
      `Varningarna gäller de ${scope.changedFiles.length} filer som har ändrats sedan ${tableCell(scope.base)}.`,
      "",
    );
  }
  if (problems.length > 0) {
    lines.push(`## Fel som stoppar publicering (${problems.length})`, "");
    lines.push("| Fil | Var | Vad | Förslag |", "|---|---|---|---|");
    for (const p of problems) lines.push(row([p.file, placeOf(p), p.message, p.suggestion ?? ""]));
    lines.push("");
  }
  lines.push(`## Varningar (${warnings.length})`, "");
  if (warnings.length === 0) {
    lines.push("Inga varningar.", "");
    return lines.join("\n");
  }
  lines.push("Varningarna stoppar inte publicering, men bör ses över.", "");
  lines.push("| Typ | Fil | Var | Vad | Förslag |", "|---|---|---|---|---|");
  for (const w of warnings)
    lines.push(row([titleOf(w.code), w.file, placeOf(w), w.message, w.suggestion ?? ""]));
  lines.push("");
  return lines.join("\n");
}
