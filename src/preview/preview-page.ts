// What the preview (`npm start`) shows in the browser: the error page while the content has
// problems (excerpts, suggestions, the guide's sections) and the notice of the edited file's
// warnings. Eleventy's dev server adds its live-reload script, as to every page it serves.
import { readFileSync, statSync } from "node:fs";
import { createMarkdown } from "../content/markdown.ts";
import { type GuideSection, guideTitles } from "../content/messages.ts";
import type { Problem } from "../content/problems.ts";
import { escapeHtml } from "../shared/escape-html.ts";

export const previewStylesheetPath = "/__preview/preview.css";

/** What the error page needs besides the problems; the defaults read the files from disk. */
export interface ErrorPageOptions {
  /** The editors' guide, whose sections the problems link to. */
  guideFile?: string;
  /** Reads a file's text for the excerpt and the guide; null when it cannot be read. */
  readText?: (file: string) => string | null;
}

function readFromDisk(file: string): string | null {
  try {
    return statSync(file).isFile() ? readFileSync(file, "utf8") : null;
  } catch {
    return null;
  }
}

/** The lines around `line` of `source`, numbered, the line itself marked. */
export function excerptHtml(source: string, line: number, context = 2): string {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const rows: string[] = [];
  for (let number = first; number <= last; number++) {
    const text = `${String(number).padStart(width)} │ ${lines[number - 1] ?? ""}`;
    rows.push(number === line ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text));
  }
  return rows.join("\n");
}

/** The id a guide heading gets on the error page: GitHub's anchor, so one link form fits both. */
export function headingAnchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

const guideMarkdown = createMarkdown();

/**
 * The guide's sections named by `anchors`, rendered from its Markdown, each starting at an h3 with
 * the section's anchor as id, so the problems' links lead to the explanation on the same page.
 */
export function guideSectionsHtml(guide: string, anchors: string[]): string {
  const lines = guide.split(/\r?\n/);
  const headings = lines.flatMap((text, index) => {
    const match = /^(#{1,6})\s+(.*)$/.exec(text);
    return match ? [{ index, level: match[1]?.length ?? 1, text: match[2] ?? "" }] : [];
  });
  const parts: string[] = [];
  for (const anchor of anchors) {
    const start = headings.find((h) => headingAnchor(h.text.replace(/`/g, "")) === anchor);
    if (!start) continue;
    const end = headings.find((h) => h.index > start.index && h.level <= start.level);
    const body = lines.slice(start.index + 1, end?.index ?? lines.length).join("\n");
    // The section's own sub-headings go one level below its heading, which becomes an h3.
    const shift = 3 - start.level;
    const html = guideMarkdown
      .render(body)
      .replace(/<(\/?)h([1-6])>/g, (_, slash: string, level: string) => {
        return `<${slash}h${Math.min(6, Number(level) + shift)}>`;
      });
    const title = guideMarkdown.renderInline(start.text);
    parts.push(
      `<section class="app-preview-error__guide" aria-labelledby="${escapeHtml(anchor)}">\n<h3 id="${escapeHtml(anchor)}" tabindex="-1">${title}</h3>\n${html}</section>`,
    );
  }
  return parts.join("\n");
}

function problemHtml(
  problem: Problem | string,
  options: Required<ErrorPageOptions>,
  shown: Set<string>,
): string {
  if (typeof problem === "string") return `      <li><p>${escapeHtml(problem)}</p></li>`;
  const place = problem.line === undefined ? "" : `, rad ${problem.line}`;
  const parts = [
    `<p class="app-preview-error__place"><strong>${escapeHtml(problem.file)}</strong>${place}</p>`,
    `<p>${escapeHtml(problem.message)}</p>`,
  ];
  if (problem.suggestion !== undefined) {
    parts.push(
      `<p>Förslag: <code class="app-preview-error__suggestion">${escapeHtml(problem.suggestion)}</code></p>`,
    );
  }
  const source = problem.line === undefined ? null : options.readText(problem.file);
  if (source !== null && problem.line !== undefined) {
    parts.push(
      `<figure class="app-preview-error__excerpt"><figcaption>Utdrag ur ${escapeHtml(problem.file)}, rad ${problem.line}</figcaption><pre tabindex="0"><code>${excerptHtml(source, problem.line)}</code></pre></figure>`,
    );
  }
  const title = guideTitles[problem.guide as GuideSection];
  if (title && shown.has(problem.guide)) {
    parts.push(
      `<p><a href="#${escapeHtml(problem.guide)}">Så gör du rätt: ${escapeHtml(title)}</a> (ur guiden ${escapeHtml(options.guideFile)}, längre ned på sidan)</p>`,
    );
  } else if (title) {
    parts.push(
      `<p>Så gör du rätt: se avsnittet ”${escapeHtml(title)}” i ${escapeHtml(options.guideFile)}.</p>`,
    );
  }
  return `      <li>\n        ${parts.join("\n        ")}\n      </li>`;
}

/**
 * A page listing the problems, in place of the last good page, until the content is fixed: each
 * with its file and line, an excerpt of the file there, the suggestion and a link to the guide's
 * section, which is shown further down the page.
 */
export function previewErrorPage(
  problems: Array<Problem | string>,
  options: ErrorPageOptions = {},
): string {
  const settings: Required<ErrorPageOptions> = {
    guideFile: options.guideFile ?? "content/README.md",
    readText: options.readText ?? readFromDisk,
  };
  const anchors = [...new Set(problems.flatMap((p) => (typeof p === "string" ? [] : [p.guide])))];
  const guide = anchors.length > 0 ? settings.readText(settings.guideFile) : null;
  const guideHtml = guide === null ? "" : guideSectionsHtml(guide, anchors);
  // Only sections the guide really has are linked; the others are named.
  const shown = new Set([...guideHtml.matchAll(/<h3 id="([^"]+)"/g)].map((m) => m[1] ?? ""));
  const items = problems.map((problem) => problemHtml(problem, settings, shown));
  const count = problems.length === 1 ? "felet" : `de ${problems.length} felen`;
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Innehållet har fel – förhandsvisning – Försäkringskassan</title>
  <link rel="stylesheet" href="${previewStylesheetPath}">
</head>
<body class="app-preview-error-page">
  <main class="app-preview-error">
    <h1>Innehållet har fel</h1>
    <p>Webbplatsen byggdes inte om, så förhandsvisningen visar de här felen i stället för sidan.
      Rätta ${count} i filerna och spara: sidan laddas om av sig själv när allt är rätt.
      Den publicerade webbplatsen påverkas inte.</p>
    <h2>Fel att rätta</h2>
    <ol class="app-preview-error__list">
${items.join("\n")}
    </ol>
${guideHtml === "" ? "" : `    <h2>Ur guiden för redaktörer</h2>\n${guideHtml}\n`}  </main>
</body>
</html>
`;
}

/**
 * A notice of the warnings of the file being edited, for the top of the previewed page: they do
 * not stop publishing, but the editor sees them where they work. Empty when there are none.
 */
export function previewWarningNotice(warnings: Problem[]): string {
  if (warnings.length === 0) return "";
  const items = warnings.map((warning) => {
    const place = warning.line === undefined ? "" : `, rad ${warning.line}`;
    const suggestion =
      warning.suggestion === undefined
        ? ""
        : ` Förslag: <code>${escapeHtml(warning.suggestion)}</code>`;
    return `<li><strong>${escapeHtml(warning.file)}</strong>${place}: ${escapeHtml(warning.message)}${suggestion}</li>`;
  });
  const heading = warnings.length === 1 ? "1 varning" : `${warnings.length} varningar`;
  return `<aside class="app-preview-notice" aria-labelledby="app-preview-notice-heading">
<h2 id="app-preview-notice-heading">Förhandsvisning: ${heading} för filen du ändrar</h2>
<p>Varningar stoppar inte publiceringen, men titta på dem innan du skapar en pull request. Bara du ser den här rutan.</p>
<ul>${items.join("")}</ul>
</aside>`;
}

/** Adds the warning notice at the top of a built page, with the preview's stylesheet. */
export function injectWarningNotice(html: string, warnings: Problem[]): string {
  const notice = previewWarningNotice(warnings);
  if (notice === "") return html;
  const link = `<link rel="stylesheet" href="${previewStylesheetPath}">`;
  const withStyles = html.includes("</head>")
    ? html.replace("</head>", `  ${link}\n</head>`)
    : html;
  return withStyles.replace(/<body([^>]*)>/, `<body$1>\n${notice}`);
}

export const previewStylesheet = `body.app-preview-error-page { margin: 0; font-family: Arial, sans-serif; color: #1a1a1a; background: #fff; line-height: 1.5; }
.app-preview-error { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.app-preview-error h1 { color: #a4000f; margin-top: 0; }
.app-preview-error__list { padding-left: 1.5rem; }
.app-preview-error__list li { margin-bottom: 0.75rem; padding: 0.5rem 0.75rem; border-left: 4px solid #a4000f; background: #fbeff0; overflow-wrap: anywhere; }
.app-preview-error code { font-family: Consolas, "Courier New", monospace; font-size: 0.95rem; white-space: pre-wrap; }
.app-preview-error__place { margin: 0; }
.app-preview-error__excerpt { margin: 0.5rem 0; }
.app-preview-error__excerpt figcaption { font-size: 0.9rem; color: #4a4a4a; }
.app-preview-error__excerpt pre { margin: 0.25rem 0 0; padding: 0.5rem; background: #fff; border: 1px solid #949494; overflow-x: auto; }
.app-preview-error__excerpt mark { background: #ffe08a; color: #1a1a1a; font-weight: bold; }
.app-preview-error__suggestion { background: #fff; padding: 0 0.25rem; border: 1px solid #949494; }
.app-preview-error__guide { border-top: 1px solid #949494; margin-top: 1.5rem; }
.app-preview-notice { margin: 0; padding: 0.75rem 1rem; background: #fff4d6; border-bottom: 4px solid #8a5a00; color: #1a1a1a; font-family: Arial, sans-serif; line-height: 1.5; }
.app-preview-notice h2 { margin: 0 0 0.25rem; font-size: 1.1rem; }
.app-preview-notice p, .app-preview-notice ul { margin: 0.25rem 0; }
`;
