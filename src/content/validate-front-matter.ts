// Checks front matter against its zod schema and turns every issue into a line an editor can act on.
import { z } from "zod";
import { nearestName, type Problem } from "./problems.ts";

function fieldName(path: PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

function describeValue(value: unknown): string {
  if (value === null) return "an empty value";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object") return Array.isArray(value) ? "a list" : "a group of fields";
  return String(value);
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
  return [
    {
      file,
      where: 'front matter "updated"',
      message: `is ${updated}, later than today (${today}, Swedish time): write the date the text was last changed`,
    },
  ];
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
      return issue.keys.map((key) => {
        const suggestion = nearestName(key, known);
        const field = fieldName([...issue.path, key]);
        return {
          file,
          where: `front matter "${field}"`,
          message: suggestion
            ? `is not a known field: did you mean "${suggestion}"?`
            : `is not a known field (known fields: ${known.join(", ")}); remove it`,
        };
      });
    }
    const field = fieldName(issue.path);
    const input = (issue as { input?: unknown }).input;
    const message =
      input === undefined && issue.code === "invalid_type"
        ? "is missing: add it"
        : `${issue.message} (found ${describeValue(input)})`;
    const where = field === "" ? "front matter" : `front matter "${field}"`;
    return [{ file, where, message }];
  });
  return { problems };
}
