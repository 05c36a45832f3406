// Reads the front matter most content files have, one `field: value` per line with plain words,
// text in quotes, whole numbers and dates, without the YAML parser: that parser builds a syntax tree for each file
// and was a third of loading 10,200 questions. Anything else (lists, quotes, comments, a colon in
// a value, a word YAML reads as null or true) is left to the YAML parser, so the fields and every
// problem reported stay exactly what YAML makes of the file.

const field = /^([a-z]+): (.*)$/;
/** A value YAML's core schema reads as a whole number (no sign, no leading zero). */
const wholeNumber = /^(?:0|[1-9][0-9]{0,14})$/;
/** A date, which YAML 1.2's core schema keeps as text. */
const date = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/**
 * Text YAML reads as that text: it starts with a letter (never an indicator, a number or a
 * quote), holds no colon (a nested key), no # (a comment), no control or line-separator
 * character, and does not end in white space (which YAML trims).
 */
const plainText = /^\p{L}[^:#\p{Cc}\u2028\u2029\ufeff]*(?<!\s)$/u;
/** Text in quotes without escapes: no backslash, no quote of its kind, no line separator. */
const quotedText = /^(?:"([^"\\\p{Cc}\u2028\u2029\ufeff]*)"|'([^'\p{Cc}\u2028\u2029\ufeff]*)')$/u;
/** Words the core schema reads as null or true/false rather than text. */
const notText = new Set([
  "null",
  "Null",
  "NULL",
  "true",
  "True",
  "TRUE",
  "false",
  "False",
  "FALSE",
]);

/** The fields of a flat front matter, or null when it needs the YAML parser. */
export function flatFrontMatter(yamlText: string): Record<string, string | number> | null {
  const lines = yamlText.split("\n");
  // The text between the fences ends with a line break; nothing may follow it.
  if (lines.pop() !== "" || lines.length === 0) return null;
  const fields: Record<string, string | number> = {};
  for (const line of lines) {
    const [, name, value] = field.exec(line) ?? [];
    if (name === undefined || value === undefined || Object.hasOwn(fields, name)) return null;
    const quoted = quotedText.exec(value);
    if (quoted) fields[name] = quoted[1] ?? quoted[2] ?? "";
    else if (wholeNumber.test(value)) fields[name] = Number(value);
    else if (date.test(value) || (plainText.test(value) && !notText.has(value)))
      fields[name] = value;
    else return null;
  }
  return fields;
}
