// Writes content problems and warnings as a Markdown report that CI can attach to a pull request.
import type { ContentWarning } from "./content-warnings.ts";
import type { Problem } from "./problems.ts";

const kindNames: Record<ContentWarning["kind"], string> = {
  freshness: "Inaktuell?",
  length: "Långt svar",
  "link-text": "Olika länktexter",
};

/** Escapes text for one cell of a Markdown table. */
export function tableCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function row(cells: string[]): string {
  return `| ${cells.map(tableCell).join(" | ")} |`;
}

export function contentReport(problems: Problem[], warnings: ContentWarning[], today: string) {
  const lines = [`# Innehållsrapport ${today}`, ""];
  if (problems.length > 0) {
    lines.push(`## Fel som stoppar publicering (${problems.length})`, "");
    lines.push("| Fil | Var | Vad |", "|---|---|---|");
    for (const p of problems)
      lines.push(row([p.file, (p.where ?? "").replace(/:$/, ""), p.message]));
    lines.push("");
  }
  lines.push(`## Varningar (${warnings.length})`, "");
  if (warnings.length === 0) {
    lines.push("Inga varningar.", "");
    return lines.join("\n");
  }
  lines.push("Varningarna stoppar inte publicering, men bör ses över.", "");
  lines.push("| Typ | Fil | Var | Vad |", "|---|---|---|---|");
  for (const w of warnings)
    lines.push(row([kindNames[w.kind], w.file, (w.where ?? "").replace(/:$/, ""), w.message]));
  lines.push("");
  return lines.join("\n");
}
