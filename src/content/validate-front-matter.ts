// Checks front matter against its zod schema and turns every issue into a catalogue problem.
import { z } from "zod";
import { problem } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { slugify, suggestDate, suggestField, suggestWholeNumber } from "./suggestions.ts";

function fieldName(path: PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

function unwrap(schema: unknown): unknown {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap()) : schema;
}

/** The field names the object schema at `path` knows, for typo suggestions. */
function knownKeys(schema: z.ZodType, path: PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const part of path) {
    if (current instanceof z.ZodArray) current = unwrap(current.element);
    else if (current instanceof z.ZodObject) current = unwrap(current.shape[String(part)]);
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** An `updated` date after today: the page would say it was updated on a day still to come. */
function futureDate(file: string, value: unknown, today: string | undefined): Problem[] {
  const updated = (value as { updated?: unknown } | null)?.updated;
  if (today === undefined || typeof updated !== "string" || updated <= today) return [];
  return [problem("updated-in-future", { file, field: "updated", found: updated, today })];
}

/**
 * The front matter checked against `schema`, or one problem per mistake. With `today`
 * (YYYY-MM-DD, from the configuration), an `updated` date after it is a mistake too.
 */
export function validateFrontMatter<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  data: unknown,
  today?: string,
): { value: z.infer<Schema> } | { problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) {
    const problems = futureDate(file, result.data, today);
    return problems.length > 0 ? { problems } : { value: result.data };
  }
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((name) => {
        const meant = suggestField(name, known);
        const field = fieldName([...issue.path, name]);
        return problem("unknown-field", { file, field, name, known, ...(meant ? { meant } : {}) });
      });
    }
    const field = fieldName(issue.path);
    const found = (issue as { input?: unknown }).input;
    if (found === undefined && issue.code === "invalid_type")
      return [problem("missing-field", { file, field })];
    return [issueProblem(file, field, issue.message, found)];
  });
  // "fråga:" in place of "question:" is one mistake: the unknown field's message says to rename
  // it, so "question is missing" would only add noise.
  const renamed = new Set(
    problems.flatMap((p) =>
      p.code === "unknown-field" && p.suggestion && p.field
        ? [p.field.replace(/[^.[\]]+$/, p.suggestion)]
        : [],
    ),
  );
  return {
    problems: problems.filter((p) => !(p.code === "missing-field" && renamed.has(p.field ?? ""))),
  };
}

/** What a list of this name holds, for "add at least one …". */
const itemNames: Record<string, string> = { sections: "sektion", links: "länk", related: "grupp" };

/** The shape expected at `field`, for "must be … one name: value per line". */
function expectedFields(field: string): string {
  if (/^sections\[\d+\]$/.test(field)) return 'en sektion med fälten "id" och "title"';
  if (/links\[\d+\]$/.test(field)) return 'en länk med fälten "text" och "url"';
  if (/^related\[\d+\]$/.test(field)) return 'en grupp med fälten "heading" och "links"';
  return "fält";
}

/** The catalogue problem for a schema message (a catalogue code, see schema.ts). */
function issueProblem(file: string, field: string, code: string, found: unknown): Problem {
  const place = { file, ...(field === "" ? {} : { field }) };
  const text = typeof found === "string" ? found : undefined;
  switch (code) {
    case "not-fields":
      return problem("not-fields", { ...place, found, expected: expectedFields(field) });
    case "not-phone":
      return problem("not-phone", { ...place, found });
    case "not-a-list":
    case "not-text":
    case "empty-text":
      return problem(code, { ...place, found });
    case "empty-list":
      return problem("empty-list", {
        ...place,
        what: itemNames[field.replace(/^.*\./, "")] ?? "del",
      });
    case "not-whole-number": {
      const meant = suggestWholeNumber(found);
      return problem(code, { ...place, found, ...(meant === undefined ? {} : { meant }) });
    }
    case "not-a-date": {
      const meant = text === undefined ? undefined : suggestDate(text);
      return problem(code, { ...place, found, ...(meant ? { meant } : {}) });
    }
    case "bad-slug": {
      const meant = text === undefined ? "" : slugify(text);
      return problem(code, { ...place, found, ...(meant ? { meant } : {}) });
    }
    case "bad-earlier-anchor": {
      const meant =
        text === undefined ? "" : text.split("/").slice(-2).map(slugify).filter(Boolean).join("/");
      return problem(code, { ...place, found, ...(meant && meant !== text ? { meant } : {}) });
    }
    case "not-https": {
      const meant = text?.replace(/^http:\/\//i, "https://").replace(/^(www\.)/i, "https://$1");
      return problem(code, {
        ...place,
        found,
        ...(meant?.startsWith("https://") && meant !== text ? { meant } : {}),
      });
    }
    default:
      return problem("invalid-value", { ...place, found, detail: code });
  }
}
