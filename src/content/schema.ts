// The content contract (DESIGN.md) as zod schemas; the content types are derived from them.
import { z } from "zod";

/** Lower-case ASCII letters, digits and single hyphens: safe in URLs and as HTML ids. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Each message below is a code of the message catalogue (messages.ts), which holds the Swedish
// text; validate-front-matter.ts turns zod's issues into catalogue problems by these codes.
const slug = z.string({ error: "not-text" }).regex(slugPattern, "bad-slug");

/**
 * An earlier anchor of a question: `gammal-slug` on the question's own page, or
 * `gammal-sida/gammal-slug` when the question was on another page (issue 21).
 */
export const earlierAnchorPattern = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

const earlierAnchor = z
  .string({ error: "not-text" })
  .regex(earlierAnchorPattern, "bad-earlier-anchor");

const earlierSlug = z.string({ error: "not-text" }).regex(slugPattern, "bad-earlier-anchor");

const text = z.string({ error: "not-text" }).trim().min(1, "empty-text");

/** True when `value` is a YYYY-MM-DD string naming a day that exists in the calendar. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const isoDate = z.string({ error: "not-a-date" }).refine(isRealDate, "not-a-date");

const httpsUrl = z.string({ error: "not-text" }).regex(/^https:\/\/[^\s]+$/, "not-https");

const list = <Item extends z.ZodType>(item: Item) => z.array(item, { error: "not-a-list" });

const fields = { error: "not-fields" };

export const sectionSchema = z.strictObject({ id: slug, title: text }, fields);

export const relatedLinkSchema = z.strictObject({ text, url: httpsUrl }, fields);

export const relatedGroupSchema = z.strictObject(
  { heading: text, links: list(relatedLinkSchema).min(1, "empty-list") },
  fields,
);

export const pageFrontMatterSchema = z.strictObject(
  {
    title: text,
    description: text,
    updated: isoDate,
    sections: list(sectionSchema).min(1, "empty-list"),
    related: list(relatedGroupSchema).optional(),
    // Earlier folder names of the page: /<old>/ redirects here (issue 21).
    tidigare: list(earlierSlug).optional(),
    // Anchors of questions removed from this page on purpose: they show "Frågan finns inte längre".
    borttagna: list(earlierSlug).optional(),
  },
  fields,
);

export const questionFrontMatterSchema = z.strictObject(
  {
    question: text,
    order: z.number({ error: "not-whole-number" }).int("not-whole-number"),
    updated: isoDate.optional(),
    // Search words (issue 12): indexed with the question, never shown.
    sokord: list(text).optional(),
    // Earlier anchors, so old links still open the question after a rename or move (issue 21).
    tidigare: list(earlierAnchor).optional(),
  },
  fields,
);

export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;
export type QuestionFrontMatter = z.infer<typeof questionFrontMatterSchema>;
export type SectionFrontMatter = z.infer<typeof sectionSchema>;
export type RelatedGroup = z.infer<typeof relatedGroupSchema>;

/** content/sokord.yml: a citizen's word → the site's words it stands for (issue 12). */
export type Synonyms = Map<string, string[]>;

/** One question with its rendered answer, as the templates use it. */
export interface Question extends QuestionFrontMatter {
  slug: string;
  /** The answer rendered to HTML (raw HTML in the Markdown is never passed through). */
  answerHtml: string;
  /** How many words the answer has, for the "very long answer" warning. */
  words: number;
  /** The file the question came from, relative to the project root. */
  file: string;
}

export interface Section extends SectionFrontMatter {
  questions: Question[];
}

/** One FAQ page: front matter, rendered introduction and its sections in display order. */
export interface FaqPage extends Omit<PageFrontMatter, "sections" | "related"> {
  slug: string;
  url: string;
  introHtml: string;
  sections: Section[];
  related: RelatedGroup[];
  /** The latest of the page's and its questions' `updated` dates (YYYY-MM-DD). */
  lastUpdated: string;
  file: string;
}
