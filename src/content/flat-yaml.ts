// A fast path for the common front matter of a question: a few "name: plain text or whole number"
// lines. Anything else (lists, quotes, comments, special words) returns null and goes to the full
// YAML parser, so the result is always what YAML 1.2 would give.

const line = /^([A-Za-z_][A-Za-z0-9_-]*):[ ]+(\S(?:.*\S)?)$/;
// Plain scalars that cannot start with a YAML indicator and hold no ": ", " #" or tab.
const safeText = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:(?!: | #|\t).)*$/;
const wholeNumber = /^[-+]?[0-9]+$/;
// Words and numbers YAML 1.2's core schema reads as something other than text.
const special =
  /^(?:true|false|null|~|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0o[0-7]+|0x[0-9a-fA-F]+)$/i;

export function parseFlatYaml(text: string): Record<string, string | number> | null {
  const data: Record<string, string | number> = {};
  for (const row of text.split("\n")) {
    const match = line.exec(row);
    const [, key = "", value = ""] = match ?? [];
    if (!match || key in data || value.endsWith(":") || !safeText.test(value)) return null;
    if (wholeNumber.test(value)) data[key] = Number(value);
    else if (special.test(value)) return null;
    else data[key] = value;
  }
  return data;
}
