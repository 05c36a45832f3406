// The one comment CI keeps up to date on a pull request: the questions the change adds, changes,
// moves and removes, the problems, the warnings of the changed files only, and how to see the
// preview. Written in Swedish for editors and reviewers.

import { catalogue, guideLink, type MessageCode } from "../content/messages.ts";
import type { Problem } from "../content/problems.ts";
import type { ContentChanges } from "./content-changes.ts";
import { changesReport, markdownText } from "./content-changes-report.ts";
import type { ContentWarning } from "./content-warnings.ts";

/** Marks CI's comment, so the next run finds and updates it instead of adding another. */
export const commentMarker = "<!-- fk-faq:innehallskontroll -->";

export interface CommentInput {
  base: string;
  changes: ContentChanges;
  problems: Problem[];
  /** The warnings of the changed files (see content-check.ts). */
  warnings: ContentWarning[];
  changedFiles: string[];
  /** The content folder in the repository, for the guide's address (content). */
  contentDir?: string;
  /** The CI run's page, where the preview artifact is. */
  runUrl?: string;
  /** The base folder of the repository's files on the web, for links to the guide. */
  blobUrl?: string;
  /**
   * The pull request's live preview (issue 22): its address (ending in "/"), or "fork" when the
   * pull request comes from a fork and gets none. Unset: only the artifact is described.
   */
  preview?: { url: string } | "fork";
}

const code = (text: string) => `\`${text.replace(/`/g, "")}\``;

function guideCell(problem: Problem, guideFile: string, blobUrl?: string): string {
  const link = guideLink(problem.guide, guideFile);
  return blobUrl ? `[guiden](${blobUrl}/${encodeURI(link).replace(/%23/, "#")})` : code(link);
}

function problemRows(problems: Problem[], guideFile: string, blobUrl?: string): string[] {
  return problems.map((problem) => {
    const title =
      problem.code in catalogue ? catalogue[problem.code as MessageCode].title : problem.code;
    const cells = [
      markdownText(title),
      code(problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`),
      markdownText(problem.message),
      problem.suggestion === undefined ? "–" : code(problem.suggestion.replace(/\n/g, " ⏎ ")),
      guideCell(problem, guideFile, blobUrl),
    ];
    return `| ${cells.join(" | ")} |`;
  });
}

const tableHead = ["| Vad | Var | Meddelande | Förslag | Läs mer |", "|---|---|---|---|---|"];

export function pullRequestComment(input: CommentInput): string {
  const { base, problems, warnings, changedFiles, blobUrl } = input;
  const contentDir = input.contentDir ?? "content";
  const guideFile = `${contentDir}/README.md`;
  const lines = [commentMarker, "# Innehållskontroll", ""];
  lines.push(
    problems.length === 0
      ? "✅ Innehållet har inga fel och kan publiceras."
      : `❌ Innehållet har ${problems.length} fel. Inget publiceras förrän de är rättade.`,
    "",
  );
  lines.push(changesReport(input.changes, { base, contentDir }).trimEnd(), "");
  if (problems.length > 0) {
    lines.push(`## Fel som stoppar publiceringen (${problems.length})`, "");
    lines.push(...tableHead, ...problemRows(problems, guideFile, blobUrl), "");
  }
  lines.push(`## Varningar i de ändrade filerna (${warnings.length})`, "");
  if (warnings.length === 0) {
    lines.push(
      `Inga varningar i de ${changedFiles.length} filer som har ändrats sedan ${code(base)}.`,
      "",
    );
  } else {
    lines.push(
      `Varningar stoppar inte publiceringen, men bör ses över. De gäller bara de ${changedFiles.length} filer som har ändrats sedan ${code(base)}.`,
      "",
      ...tableHead,
      ...problemRows(warnings, guideFile, blobUrl),
      "",
    );
  }
  lines.push(...previewLines(input));
  return `${lines.join("\n").trimEnd()}\n`;
}

/** A changed question's address under the preview: `<preview>/<page>/#<question>`. */
function previewLink(previewUrl: string, anchor: string): string {
  return `${previewUrl.replace(/\/$/, "")}${anchor}`;
}

/** The live preview's address and each added, changed or moved question there (issue 22). */
function livePreviewLines(previewUrl: string, changes: ContentChanges): string[] {
  const shown = changes.questions.flatMap((change) => (change.kind === "removed" ? [] : [change]));
  const lines = [
    "## Se förhandsvisningen",
    "",
    `Förhandsvisningen av den här ändringen finns på <${previewUrl}>. Den uppdateras när du sparar en ny ändring (det tar några minuter) och tas bort när pull requesten stängs. Den är inte publicerad och syns inte i sökmotorer.`,
    "",
  ];
  if (shown.length > 0) {
    lines.push("Frågorna som ändras:", "");
    for (const change of shown)
      lines.push(
        `- [${markdownText(change.after.question)}](${previewLink(previewUrl, change.after.anchor)})`,
      );
    lines.push("");
  }
  return lines;
}

function previewLines(input: CommentInput): string[] {
  const { preview, runUrl, changes } = input;
  if (preview && preview !== "fork") return livePreviewLines(preview.url, changes);
  const lines = ["## Se förhandsvisningen", ""];
  if (preview === "fork")
    lines.push(
      "Pull requests från en fork får ingen förhandsvisning på webben, eftersom bygget inte får publicera något från en annan kopia av projektet. Se sidorna så här:",
      "",
    );
  lines.push(
    `- Hämta artefakten ${code("site-preview")} ${runUrl ? `från [byggets sida](${runUrl}) (längst ned, under Artifacts)` : "från byggets sida (under Artifacts)"} och packa upp den.`,
    "- Sidorna använder adresser från webbplatsens rot, så de fungerar inte som filer direkt från disken. Visa dem med ett kommando i en klon av projektet:",
    "",
    "  ```sh",
    "  SITE_DIR=sökväg/till/site-preview node --import tsx scripts/serve.ts",
    "  ```",
    "",
    "  och öppna <http://localhost:8080/>.",
    "- Eller hämta grenen och kör `npm ci && npm start`: då byggs sidan om när du ändrar en fil.",
    "",
  );
  return lines;
}
