// What the preview (`npm start`) shows in the browser while the content has problems. Eleventy's
// dev server adds its live-reload script to it, as to every page it serves.
import { escapeHtml } from "../shared/escape-html.ts";

export const previewStylesheetPath = "/__preview/preview.css";

/** A page listing the problems, in place of the last good page, until the content is fixed. */
export function previewErrorPage(problems: string[]): string {
  const items = problems.map((line) => `      <li><code>${escapeHtml(line)}</code></li>`);
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Innehållet har fel – förhandsvisning – Försäkringskassan</title>
  <link rel="stylesheet" href="${previewStylesheetPath}">
</head>
<body>
  <main class="app-preview-error">
    <h1>Innehållet har fel</h1>
    <p>Webbplatsen byggdes inte om, så förhandsvisningen visar de här felen i stället för sidan.
      Rätta ${problems.length === 1 ? "felet" : `de ${problems.length} felen`} i filerna och spara: sidan laddas om av sig själv när allt är rätt.
      Den publicerade webbplatsen påverkas inte.</p>
    <h2>Fel att rätta</h2>
    <ol class="app-preview-error__list">
${items.join("\n")}
    </ol>
    <p>Varje rad börjar med filen och var i filen felet finns (ett fält i front matter eller en rad).
      I <code>content/README.md</code>, avsnittet ”Felmeddelanden”, står vad varje fel betyder.</p>
  </main>
</body>
</html>
`;
}

export const previewStylesheet = `body { margin: 0; font-family: Arial, sans-serif; color: #1a1a1a; background: #fff; line-height: 1.5; }
.app-preview-error { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.app-preview-error h1 { color: #a4000f; margin-top: 0; }
.app-preview-error__list { padding-left: 1.5rem; }
.app-preview-error__list li { margin-bottom: 0.75rem; padding: 0.5rem 0.75rem; border-left: 4px solid #a4000f; background: #fbeff0; overflow-wrap: anywhere; }
.app-preview-error code { font-family: Consolas, "Courier New", monospace; font-size: 0.95rem; white-space: pre-wrap; }
`;
