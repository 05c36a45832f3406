// What every message of the catalogue is made of: the place it points to, the entry's shape, and
// the helpers that write fields, values and lists as an editor reads them.
import type { GuideSection } from "./guide.ts";

/** Where in a file a message points: the line, and the front matter field if it is about one. */
export interface Place {
  file: string;
  line?: number;
  /** A front matter field as a path: `order`, `sections[1].id`, `related[0].links[0].url`. */
  field?: string;
}

export interface Entry<Params> {
  /** A short Swedish name for the kind, for report tables. */
  title: string;
  guide: GuideSection;
  severity: "problem" | "warning";
  text(params: Params & Place): { message: string; suggestion?: string };
}

export const define = <Params = object>(entry: Entry<NoInfer<Params>>) => entry;
export const quote = (text: string) => `"${text}"`;
export const listOf = (items: string[]) =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;

export const containerNouns: Record<string, string> = {
  tidigare: "värde",
  borttagna: "värde",
  sections: "sektion",
  related: "grupp",
  links: "länk",
};

/** `sections[1].id` as an editor reads it: `fältet "id" i sektion 2 under "sections"`. */
export function describeField(field: string): string {
  const parts = [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => ({
    name: m[1] ?? "",
    index: m[2] === undefined ? undefined : Number(m[2]),
  }));
  // Segments from the outside in: a list item ("sektion 2"), a group ("telefon") or the field.
  const segments: Array<{ kind: "item" | "group" | "field"; text: string; list?: string }> = [];
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]?.name ?? "";
    const index = parts[i + 1]?.index;
    if (index !== undefined) {
      segments.push({
        kind: "item",
        text: `${containerNouns[name] ?? "del"} ${index + 1}`,
        list: name,
      });
      i++;
    } else if (name) {
      segments.push({ kind: i === parts.length - 1 ? "field" : "group", text: name });
    }
  }
  const first = segments[0];
  const last = segments.pop();
  if (!first || !last) return "front matter";
  let text = last.kind === "field" ? `fältet ${quote(last.text)}` : last.text;
  for (const segment of [...segments].reverse()) {
    text += segment.kind === "item" ? ` i ${segment.text}` : ` under ${quote(segment.text)}`;
  }
  // A list at the top is named last: "fältet "id" i sektion 2 under "sections"".
  return first.kind === "item" ? `${text} under ${quote(first.list ?? "")}` : text;
}

/** What an entry of `tidigare` or `borttagna` names, in the file it is in. */
export function earlierWhat(file: string, field: string): string {
  if (!file.endsWith("index.md"))
    return "ett ankare som frågan hade förut: filnamnet utan .md (gammal-fraga), eller sidans mapp och ankaret (gammal-sida/gammal-fraga) om frågan låg på en annan sida";
  return field.startsWith("borttagna")
    ? "ankaret för en fråga som har tagits bort från sidan: filnamnet utan .md"
    : "ett namn som sidans mapp hade förut";
}

/** Ends `text` with a full stop unless it already ends a sentence. */
export const sentence = (text: string) => (/[.?!…]$/.test(text) ? text : `${text}.`);

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A value as the message quotes it: text in quotes, other kinds named. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "ingenting";
  if (typeof value === "string") return quote(value);
  if (Array.isArray(value)) return "en lista";
  if (typeof value === "object") return "en grupp av fält";
  return String(value);
}

export const fieldExamples: Record<string, string> = {
  question: "question: Hur loggar jag in på Mina sidor?",
  order: "order: 10",
  updated: "updated: 2024-12-04",
  title: "title: Vanliga frågor och svar om …",
  description: "description: Här hittar du svar på …",
  sections: "sections: (och under den en rad per sektion: - id: … och title: …)",
  id: "id: inloggning",
  heading: "heading: För personlig kontakt",
  links: "links: (och under den en rad per länk: - text: … och url: https://…)",
  text: "text: Kontakta kundcenter",
  url: "url: https://www.forsakringskassan.se/…",
};
