// The editors' guide (content/README.md) as messages point to it: its headings, each written once,
// their anchors as GitHub and the preview name them, and links to them.
import type { Problem } from "../problems.ts";

/** The guide's headings (content/README.md) that messages point to, each written once. */
export const guideHeadings = {
  layout: "Så är innehållet ordnat",
  addQuestion: "Lägga till en fråga",
  change: "Ändra, flytta och ta bort en fråga",
  addSection: "Lägga till en sektion",
  addPage: "Lägga till en hel sida",
  fields: "Fälten i front matter",
  pageFields: "Sidans index.md",
  questionFields: "En frågas fil",
  markdown: "Markdown i svaren",
  links: "Länkar till andra webbplatser märks automatiskt",
  contact: "Kontaktuppgifter (kontakt.yml)",
  searchWords: "Sökord",
  check: "Förhandsgranska och kontrollera",
  messages: "Felmeddelanden",
  warnings: "Varningar",
} as const;

/**
 * The anchor GitHub gives a heading ("Sidans index.md" → "sidans-indexmd"): links to the guide
 * use it, so one link form works on GitHub and on the preview's error page.
 */
export function headingAnchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

type GuideKey = keyof typeof guideHeadings;

/** A section of the guide, named by its heading's anchor. */
export type GuideSection = string;

/** Sections of content/README.md by their anchors, as GitHub and the preview name them. */
export const guideSections = Object.fromEntries(
  Object.entries(guideHeadings).map(([key, heading]) => [key, headingAnchor(heading)]),
) as Record<GuideKey, GuideSection>;

/** Each section's heading in the guide by its anchor, for the link text. */
export const guideTitles: Record<GuideSection, string> = Object.fromEntries(
  Object.values(guideHeadings).map((heading) => [headingAnchor(heading), heading]),
);

/** The guide's sections that explain `problems`, each once, in order: for the end of a list. */
export function guideReferences(problems: Problem[], guideFile = "content/README.md"): string[] {
  const sections = [...new Set(problems.map((p) => p.guide))];
  return sections.map((section) => {
    const title = guideTitles[section];
    return title ? `${guideLink(section, guideFile)} (${title})` : guideLink(section, guideFile);
  });
}

/** The guide as a path from the project root, with the section's anchor. */
export function guideLink(section: string, guideFile = "content/README.md"): string {
  return `${guideFile}#${section}`;
}
