// Writes the questions that changed between two versions of the content as Markdown, in Swedish,
// for the job summary of a pull request.
import type {
  ChangedPart,
  ContentChanges,
  PlaceChange,
  QuestionChange,
  QuestionVersion,
} from "./content-changes.ts";

export interface ChangesReportOptions {
  /** The git ref the content is compared with, as the reviewer would name it (origin/main). */
  base: string;
  /** The content folder, for the note when `base` has none. */
  contentDir?: string;
  /** False when `base` has no content folder at all, so every question counts as added. */
  baseHasContent?: boolean;
}

/** Escapes text for a Markdown table cell: it shows as written, never as Markdown or HTML. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, "\\$&").replace(/\s*\r?\n\s*/g, " ");
}

const code = (text: string) => `\`${text.replace(/`/g, "")}\``;
const quoted = (text: string) => `”${markdownText(text)}”`;
const place = (q: QuestionVersion) =>
  `${markdownText(q.pageTitle)} › ${markdownText(q.sectionTitle)}`;

function table(headings: string[], rows: string[][]): string[] {
  return [
    `| ${headings.join(" | ")} |`,
    `|${headings.map(() => "---").join("|")}|`,
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
  ];
}

/** What changed, in words: "frågan, förut ”…”", "svaret", "datumet, 2024-12-04 → 2025-01-10". */
function describeParts(parts: ChangedPart[], before: QuestionVersion, after: QuestionVersion) {
  const words: Record<ChangedPart, string> = {
    question: `frågan, förut ${quoted(before.question)}`,
    answer: "svaret",
    updated: `datumet, ${before.updated ?? "inget"} → ${after.updated ?? "inget"}`,
  };
  return parts.map((part) => words[part]).join("<br>");
}

function section(heading: string, lines: string[]): string[] {
  return lines.length > 0 ? [`### ${heading}`, "", ...lines, ""] : [];
}

/** A heading with the number of rows, and the table; nothing when there are no rows. */
function tableSection(heading: string, headings: string[], rows: string[][]): string[] {
  return rows.length > 0 ? section(`${heading} (${rows.length})`, table(headings, rows)) : [];
}

function questionTables(changes: QuestionChange[]): string[] {
  const rows = <Kind extends QuestionChange["kind"]>(
    kind: Kind,
    cells: (change: Extract<QuestionChange, { kind: Kind }>) => string[],
  ) =>
    changes
      .filter((change): change is Extract<QuestionChange, { kind: Kind }> => change.kind === kind)
      .map(cells);
  const added = rows("added", ({ after }) => [
    markdownText(after.question),
    place(after),
    code(after.anchor),
  ]);
  const changed = rows("changed", ({ before, after, parts }) => [
    markdownText(after.question),
    describeParts(parts, before, after),
    place(after),
    code(after.anchor),
  ]);
  const moved = rows("moved", ({ before, after, parts }) => [
    markdownText(after.question),
    place(before),
    place(after),
    before.anchor === after.anchor
      ? code(after.anchor)
      : `${code(before.anchor)} → ${code(after.anchor)}`,
    parts.length > 0 ? describeParts(parts, before, after) : "–",
  ]);
  const removed = rows("removed", ({ before }) => [
    markdownText(before.question),
    place(before),
    code(before.anchor),
  ]);
  return [
    ...tableSection("Tillagda frågor", ["Fråga", "Sida › sektion", "Ankare"], added),
    ...tableSection("Ändrade frågor", ["Fråga", "Ändrat", "Sida › sektion", "Ankare"], changed),
    ...tableSection("Flyttade frågor", ["Fråga", "Från", "Till", "Ankare", "Också ändrat"], moved),
    ...tableSection("Borttagna frågor", ["Fråga", "Sida › sektion", "Ankare"], removed),
  ];
}

function describePlace(change: PlaceChange): string {
  const page = markdownText(change.pageTitle);
  switch (change.kind) {
    case "page-added":
      return `- Ny sida: ${page}, ${code(change.url)}`;
    case "page-removed":
      return `- Borttagen sida: ${page}, ${code(change.url)}`;
    case "section-added":
      return `- Ny sektion på ${page}: ${markdownText(change.sectionTitle)}, ${code(`${change.url}#${change.sectionId}`)}`;
    case "section-removed":
      return `- Borttagen sektion på ${page}: ${markdownText(change.sectionTitle)}, ${code(`${change.url}#${change.sectionId}`)}`;
  }
}

function problemNote({ before, after }: ContentChanges["problems"], base: string): string[] {
  if (before === 0 && after === 0) return [];
  const counts = [
    ...(after > 0 ? [`${after} fel i den nya versionen`] : []),
    ...(before > 0 ? [`${before} fel i ${code(base)}`] : []),
  ].join(" och ");
  return [
    `> **Obs!** Innehållet har ${counts}. Frågor i filer med fel saknas i jämförelsen, så de kan stå som borttagna. \`npm run check:content\` visar felen.`,
    "",
  ];
}

/** The job summary: the questions added, changed, moved and removed since `base`. */
export function changesReport(changes: ContentChanges, options: ChangesReportOptions): string {
  const { base, contentDir = "content", baseHasContent = true } = options;
  const lines = ["## Ändringar i innehållet", "", `Frågorna jämförda med ${code(base)}.`, ""];
  if (!baseHasContent) {
    lines.push(
      `${code(base)} har ingen mapp ${code(`${contentDir}/`)}, så alla frågor räknas som tillagda.`,
      "",
    );
  }
  lines.push(...problemNote(changes.problems, base));
  if (changes.questions.length === 0) lines.push("Inga frågor har ändrats.", "");
  else lines.push(...questionTables(changes.questions));
  lines.push(...section("Sidor och sektioner", changes.places.map(describePlace)));
  return `${lines.join("\n").trimEnd()}\n`;
}
