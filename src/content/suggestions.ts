// Computes the concrete fix a content message proposes: the field an editor meant, a file name the
// slug rule accepts, a free order number, the anchors that exist, a date or Markdown to write instead.

import { swedishMonths } from "../shared/swedish-months.ts";
import { editDistance, nearestName } from "./problems.ts";

/** Swedish (and near-English) words editors reach for, and the field each one means. */
const fieldWords: Record<string, string> = {
  fråga: "question",
  fraga: "question",
  frågan: "question",
  ordning: "order",
  ordningsföljd: "order",
  nummer: "order",
  sortering: "order",
  uppdaterad: "updated",
  uppdaterat: "updated",
  datum: "updated",
  update: "updated",
  rubrik: "title",
  titel: "title",
  beskrivning: "description",
  sektioner: "sections",
  avsnitt: "sections",
  relaterade: "related",
  relaterat: "related",
  länkar: "links",
  länk: "links",
  adress: "url",
  länktext: "text",
  namn: "title",
};

/** The field an editor probably meant by `name`: a Swedish word for it, or a near typo. */
export function suggestField(name: string, known: readonly string[]): string | undefined {
  const word = fieldWords[name.trim().toLowerCase()];
  if (word && known.includes(word)) return word;
  return nearestName(name, known);
}

/** `text` as the slug rule accepts it: lower case, å/ä/ö as a/a/o, other runs as one hyphen. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A question file name the slug rule accepts: `Ny Fråga.md` → `ny-fraga.md`. */
export function suggestFileName(name: string): string | undefined {
  const slug = slugify(name.replace(/\.(md|markdown|txt)$/i, ""));
  return slug === "" ? undefined : `${slug}.md`;
}

/** The smallest whole number above `taken` that no question of the section uses. */
export function nextFreeOrder(taken: number, used: Iterable<number>): number {
  const all = new Set(used);
  let order = Math.floor(taken) + 1;
  while (all.has(order)) order++;
  return order;
}

/** A number after every used one, on the tens the guide recommends: puts a question last. */
export function lastOrder(used: Iterable<number>): number {
  const highest = Math.max(0, ...used);
  return Math.floor(highest / 10) * 10 + 10;
}

/** The existing names closest to `wanted`, best first: for a link to an anchor that is gone. */
export function nearestNames(wanted: string, existing: Iterable<string>, count = 3): string[] {
  const target = wanted.toLowerCase();
  return [...existing]
    .map((name) => {
      const lower = name.toLowerCase();
      // A name sharing a word with the wanted one is nearer than its edit distance says.
      const sharesWord = target.split("-").some((part) => part.length > 2 && lower.includes(part));
      // So is one that starts the same way: "#tva" is nearer "#two" than "#a".
      let prefix = 0;
      while (prefix < target.length && target[prefix] === lower[prefix]) prefix++;
      const score = editDistance(target, lower) - (sharesWord ? 5 : 0) - Math.min(prefix, 3) / 2;
      return { name, score };
    })
    .sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : 1))
    .slice(0, count)
    .map((entry) => entry.name);
}

const months: readonly string[] = swedishMonths;

const pad = (value: number) => String(value).padStart(2, "0");

/** The date YYYY-MM-DD an editor meant by "4 december 2024", "2024/12/04", "4/12 2024" or "20241204". */
export function suggestDate(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  let parts: [number, number, number] | undefined;
  const named = /^(\d{1,2})\s*\.?\s*([a-zåäö]+)\.?\s+(\d{4})$/.exec(text);
  const ymd = /^(\d{4})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{4})$/.exec(text);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (named) {
    const month = months.findIndex((name) => name.startsWith(named[2]?.slice(0, 3) ?? "-"));
    if (month >= 0) parts = [Number(named[3]), month + 1, Number(named[1])];
  } else if (ymd) parts = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else if (dmy) parts = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  else if (compact) parts = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    // A day the month does not have (2024-02-30): the month's last day is the likely meaning.
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${pad(month)}-${pad(last)}`;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

const numberWords: Record<string, number> = {
  ett: 1,
  en: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  tjugo: 20,
  trettio: 30,
  fyrtio: 40,
  femtio: 50,
  sextio: 60,
  sjuttio: 70,
  åttio: 80,
  nittio: 90,
  hundra: 100,
};

/** The whole number an editor meant by "tio", "30." or "40 "; undefined when it is a guess. */
export function suggestWholeNumber(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase().replace(/\.$/, "");
  if (/^\d+$/.test(text)) return Number(text);
  return numberWords[text];
}

const markdownForTag: Array<[RegExp, string]> = [
  [/<\/?(?:b|strong)\b[^>]*>/gi, "**"],
  [/<\/?(?:i|em)\b[^>]*>/gi, "*"],
  [/<br\s*\/?>/gi, "\n"],
  [/<li\b[^>]*>/gi, "\n- "],
  [/<\/(?:li|ul|ol)>|<(?:ul|ol)\b[^>]*>/gi, ""],
  [/<\/p>\s*<p\b[^>]*>/gi, "\n\n"],
  [/<\/?(?:p|span|font|div|o:p)\b[^>]*>/gi, ""],
];

/**
 * HTML pasted from Word or a web page rewritten as Markdown, when it only uses simple tags (bold,
 * italic, links, line breaks, lists, paragraphs, spans); undefined when something else is left.
 */
export function htmlToMarkdown(html: string): string | undefined {
  let text = html.replace(
    /<a\b[^>]*?href\s*=\s*["']?([^"'\s>]+)["']?[^>]*>([\s\S]*?)<\/a>/gi,
    (_, href: string, inner: string) => `[${inner.trim()}](${href})`,
  );
  for (const [pattern, replacement] of markdownForTag) text = text.replace(pattern, replacement);
  text = text
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return /<\/?[a-z][^>]*>|<!--/i.test(text) ? undefined : text;
}

/** The tag names in `html`, each once, in order: `<p class=x><b>` → ["<p>", "<b>"]. */
export function tagNames(html: string): string[] {
  const names = [...html.matchAll(/<\/?([a-z][a-z0-9:-]*)/gi)].map(
    (match) => `<${match[1]?.toLowerCase()}>`,
  );
  return [...new Set(names)];
}
