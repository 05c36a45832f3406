// The site's contact texts and addresses (content/kontakt.yml), read and validated once: the
// contact block, the breadcrumb's first step and the header's "Logga in på Mina sidor" use them.
import path from "node:path";
import { parse, YAMLParseError } from "yaml";
import { z } from "zod";
import { displayName, readContentFile } from "./content-files.ts";
import type { Problem } from "./problems.ts";
import { validateFrontMatter } from "./validate-front-matter.ts";

/** The file's name in the content folder. */
export const contactFileName = "kontakt.yml";

const text = z.string({ error: "must be text" }).trim().min(1, "must not be empty");
const httpsUrl = z
  .string({ error: "must be an address" })
  .regex(/^https:\/\/[^\s]+$/, "must be a full https:// address");
const link = z.strictObject({ text, url: httpsUrl });

export const contactSchema = z.strictObject({
  /** The contact block's heading, e.g. "Hittar du inte svaret?" */
  rubrik: text,
  telefon: z.strictObject({
    text,
    /** As it is shown, e.g. "0771-524 524"; the tel: link is made from its digits. */
    nummer: z
      .string({ error: "must be text" })
      .regex(/^\+?[0-9][0-9 -]{4,}$/, 'must be a phone number of digits, spaces and "-"'),
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
    const where =
      error instanceof YAMLParseError ? `line ${error.linePos?.[0]?.line ?? 1}:` : undefined;
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      contact: null,
      problems: [
        { file: name, where, message: `is not valid YAML (${reason}): compare it with README.md` },
      ],
    };
  }
  const checked = validateFrontMatter(name, contactSchema, data);
  if ("problems" in checked) {
    const problems = checked.problems.map((problem) => ({
      ...problem,
      where: problem.where?.replace(/^front matter/, "field"),
    }));
    return { contact: null, problems };
  }
  const value = checked.value;
  const digits = value.telefon.nummer.replace(/[ -]/g, "");
  // A Swedish number written nationally (0771...) becomes +46771... for the tel: link.
  const international = digits.startsWith("+") ? digits : `+46${digits.replace(/^0/, "")}`;
  return {
    contact: { ...value, telefon: { ...value.telefon, href: `tel:${international}` } },
    problems: [],
  };
}
