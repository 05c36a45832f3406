// The site's contact texts and addresses (content/kontakt.yml), read and validated once: the
// contact block, the breadcrumb's first step and the header's "Logga in på Mina sidor" use them.
import path from "node:path";
import { parse, YAMLParseError } from "yaml";
import { z } from "zod";
import { displayName, readContentFile } from "./content-files.ts";
import { problem } from "./messages.ts";
import { type Problem, withFieldLines } from "./problems.ts";
import { validateFrontMatter } from "./validate-front-matter.ts";

/** The file's name in the content folder. */
export const contactFileName = "kontakt.yml";

// The messages are codes of the message catalogue (messages.ts), as in schema.ts.
const text = z.string({ error: "not-text" }).trim().min(1, "empty-text");
const httpsUrl = z.string({ error: "not-text" }).regex(/^https:\/\/[^\s]+$/, "not-https");
const link = z.strictObject({ text, url: httpsUrl });

export const contactSchema = z.strictObject({
  /** The contact block's heading, e.g. "Hittar du inte svaret?" */
  rubrik: text,
  telefon: z.strictObject({
    text,
    /** As it is shown, e.g. "0771-524 524"; the tel: link is made from its digits. */
    nummer: z.string({ error: "not-text" }).regex(/^\+?[0-9][0-9 -]{4,}$/, "not-phone"),
    oppettider: text,
  }),
  kontakt: link,
  felanmalan: link,
  /** The breadcrumb's first step: the agency's main site. */
  huvudwebbplats: link,
  /** The header's login link. */
  minaSidor: link,
});

export type Contact = z.infer<typeof contactSchema> & {
  telefon: { href: string };
};

/** The contact data, null when the file does not exist, or the problems that make it unusable. */
export function loadContact(root: string): { contact: Contact | null; problems: Problem[] } {
  const file = path.join(root, contactFileName);
  const name = displayName(file);
  const read = readContentFile(file);
  if (read === null) return { contact: null, problems: [] };
  if ("problem" in read) return { contact: null, problems: [read.problem] };
  const source = read.text;
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 1) : undefined;
    const detail = (error instanceof Error ? error.message.split("\n")[0] : String(error)) ?? "";
    return {
      contact: null,
      problems: [problem("contact-not-yaml", { file: name, detail, ...(line ? { line } : {}) })],
    };
  }
  const checked = validateFrontMatter(name, contactSchema, data);
  if ("problems" in checked)
    return { contact: null, problems: withFieldLines(checked.problems, source) };
  const value = checked.value;
  const digits = value.telefon.nummer.replace(/[ -]/g, "");
  // A Swedish number written nationally (0771...) becomes +46771... for the tel: link.
  const international = digits.startsWith("+") ? digits : `+46${digits.replace(/^0/, "")}`;
  return {
    contact: { ...value, telefon: { ...value.telefon, href: `tel:${international}` } },
    problems: [],
  };
}
