// The content contract (DESIGN.md) as zod schemas; the content types are derived from them.
import { z } from "zod";

/** Lower-case ASCII letters, digits and single hyphens: safe in URLs and as HTML ids. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string({ error: "must be text" })
  .regex(slugPattern, "must be lower-case ASCII letters, digits and hyphens (like inloggning)");

const text = z.string({ error: "must be text" }).trim().min(1, "must not be empty");

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

const isoDate = z
  .string({ error: "must be a date written YYYY-MM-DD (like 2024-12-04)" })
  .refine(isRealDate, "must be a real date written YYYY-MM-DD (like 2024-12-04)");

const httpsUrl = z
  .string({ error: "must be text" })
  .regex(/^https:\/\/[^\s]+$/, "must be a full address starting with https://");

const list = <Item extends z.ZodType>(item: Item) =>
  z.array(item, { error: 'must be a list: one item per line, each starting with "- "' });

const fields = (what: string) => ({ error: `must be ${what}, one "name: value" per line` });

export const sectionSchema = z.strictObject(
  { id: slug, title: text },
  fields('a section with the fields "id" and "title"'),
);

export const relatedLinkSchema = z.strictObject(
  { text, url: httpsUrl },
  fields('a link with the fields "text" and "url"'),
);

export const relatedGroupSchema = z.strictObject(
  { heading: text, links: list(relatedLinkSchema).min(1, "must list at least one link") },
  fields('a group with the fields "heading" and "links"'),
);

export const pageFrontMatterSchema = z.strictObject(
  {
    title: text,
    description: text,
    updated: isoDate,
    sections: list(sectionSchema).min(1, "must list at least one section"),
    related: list(relatedGroupSchema).optional(),
  },
  fields("fields"),
);

export const questionFrontMatterSchema = z.strictObject(
  {
    question: text,
    order: z.number({ error: "must be a whole number" }).int("must be a whole number"),
    updated: isoDate.optional(),
    // Search words (issue 12): indexed with the question, never shown.
    sokord: list(text).optional(),
  },
  fields("fields"),
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
