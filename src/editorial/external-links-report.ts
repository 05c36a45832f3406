// The weekly external link check's issue: linkinator's results for the content's external links,
// as Swedish Markdown naming each broken address and the files and lines that link to it.
import type { ExternalLink } from "../content/load-section.ts";

/** One result of `linkinator --format json` (its `links` array). */
export interface LinkResult {
  url: string;
  status?: number;
  state: string;
  parent?: string;
}

/** Marks the one issue the workflow keeps up to date. */
export const linksIssueMarker = "<!-- fk-faq:externa-lankar -->";
export const linksIssueTitle = "Trasiga länkar till andra webbplatser";

/** The external addresses of the content, each once, sorted: what linkinator is given. */
export function externalUrls(links: ExternalLink[]): string[] {
  return [...new Set(links.map((link) => link.href))].sort();
}

function statusText(result: LinkResult): string {
  if (!result.status) return "svarar inte (adressen finns inte, eller servern nås inte)";
  if (result.status === 404 || result.status === 410) return `${result.status}: sidan finns inte`;
  if (result.status >= 500) return `${result.status}: fel hos den andra webbplatsen`;
  if (result.status === 403 || result.status === 401) return `${result.status}: nekar åtkomst`;
  return String(result.status);
}

/** The issue body, or null when no external link is broken. */
export function externalLinksIssue(
  results: LinkResult[],
  links: ExternalLink[],
  { date, runUrl }: { date: string; runUrl?: string },
): string | null {
  const wanted = new Set(externalUrls(links));
  const broken = results.filter((r) => r.state === "BROKEN" && wanted.has(r.url));
  if (broken.length === 0) return null;
  const lines = [
    linksIssueMarker,
    `Den veckovisa kontrollen ${date} hittade ${broken.length} ${broken.length === 1 ? "länk" : "länkar"} till andra webbplatser som inte fungerar${runUrl ? ` ([körningen](${runUrl}))` : ""}. Öppna adressen i en webbläsare: finns sidan på en ny adress, ändra länken; finns den inte längre, ta bort länken eller länka till en annan sida. Den här rutan uppdateras varje vecka och stängs när alla länkar fungerar.`,
    "",
    "| Adress | Svar | Länkas från |",
    "|---|---|---|",
  ];
  for (const result of [...broken].sort((a, b) => (a.url < b.url ? -1 : 1))) {
    const places = links
      .filter((link) => link.href === result.url)
      .map((link) => `\`${link.file}${link.line ? `:${link.line}` : ""}\` (”${link.text}”)`);
    lines.push(`| ${result.url} | ${statusText(result)} | ${places.join("<br>")} |`);
  }
  return `${lines.join("\n")}\n`;
}
