// The editors' list of what citizens searched for and did not find (issue 23): each term of the
// week counted, with the question whose `sokord` would catch it when one is close, so that adding
// the term there is one edit.
import { z } from "zod";
import { problem } from "../content/messages.ts";
import type { Problem } from "../content/problems.ts";
import { type FaqPage, isRealDate } from "../content/schema.ts";
import { escapeHtml } from "../shared/escape-html.ts";
import { tableCell } from "./content-report.ts";

export const noResultSearchSchema = z.strictObject({
  term: z.string().min(1, "must be the search term"),
  date: z.string().refine(isRealDate, "must be a real date written YYYY-MM-DD"),
});

export type NoResultSearch = z.infer<typeof noResultSearchSchema>;

/** The searches of an export of GET /export/searches (a JSON array), or every problem in it. */
export function parseSearchExport(
  file: string,
  source: string,
): { searches: NoResultSearch[]; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { searches: [], problems: [problem("feedback-not-json", { file, detail })] };
  }
  if (!Array.isArray(data)) {
    return { searches: [], problems: [problem("feedback-not-array", { file })] };
  }
  const searches: NoResultSearch[] = [];
  const problems: Problem[] = [];
  data.forEach((item, index) => {
    const parsed = noResultSearchSchema.safeParse(item);
    if (parsed.success) searches.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push(
          problem("feedback-invalid-vote", {
            file,
            vote: index + 1,
            name: issue.path.join("."),
            detail: issue.message,
          }),
        );
  });
  return { searches, problems };
}

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);

/**
 * How alike two words are: the same 1; the same stem 0.8 (4+ letters shared from the start, all
 * but the last two of the shorter word: Swedish endings, "webbläsarna" and "webbläsare"); one
 * typo 0.7.
 */
function likeness(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let shared = 0;
  while (shared < short.length && short[shared] === long[shared]) shared++;
  if (shared >= 4 && shared >= short.length - 2) return 0.8;
  if (short.length >= 5 && long.length - short.length <= 1 && oneEditApart(short, long)) return 0.7;
  return 0;
}

function oneEditApart(short: string, long: string): boolean {
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const rest = short.length === long.length ? short.slice(i + 1) : short.slice(i);
  return long.slice(i + 1) === rest;
}

interface Candidate {
  address: string;
  title: string;
  words: string[];
}

function candidates(pages: FaqPage[]): Candidate[] {
  return pages.flatMap((page) =>
    page.sections.flatMap((section) =>
      section.questions.map((question) => ({
        address: `${page.url}#${question.slug}`,
        title: question.question,
        words: [...words(question.question), ...(question.sokord ?? []).flatMap(words)],
      })),
    ),
  );
}

/** The question a term is closest to, if at least half of its words are like one of the question's. */
export function closestQuestion(term: string, pages: FaqPage[]): Candidate | null {
  const termWords = words(term);
  if (termWords.length === 0) return null;
  let best: { candidate: Candidate; score: number } | null = null;
  for (const candidate of candidates(pages)) {
    const score =
      termWords
        .map((word) => Math.max(0, ...candidate.words.map((other) => likeness(word, other))))
        .reduce((sum, value) => sum + value, 0) / termWords.length;
    if (score >= 0.5 && (!best || score > best.score)) best = { candidate, score };
  }
  return best?.candidate ?? null;
}

/** The report's section: terms by how often they were searched, the week given by `since`. */
export function noResultReport(
  searches: NoResultSearch[],
  pages: FaqPage[],
  since: string,
): string {
  const counts = new Map<string, number>();
  for (const { term, date } of searches) {
    if (date < since) continue;
    const key = term.toLowerCase().replace(/\s+/g, " ").trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lines = ["# Sökningar utan träff", ""];
  if (counts.size === 0)
    return [...lines, `Inga sökningar utan träff sedan ${since}.`, ""].join("\n");
  const terms = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const total = terms.reduce((sum, [, count]) => sum + count, 0);
  lines.push(
    `${total} sökningar utan träff sedan ${since}, ${terms.length} olika. Där en fråga ligger nära står den: lägg ordet i dess \`sokord\` om den svarar på det.`,
    "",
    "| Sökord | Antal | Närmaste fråga |",
    "|---|---:|---|",
  );
  for (const [term, count] of terms) {
    const near = closestQuestion(term, pages);
    const question = near ? `${tableCell(near.title)} (\`${tableCell(near.address)}\`)` : "–";
    lines.push(`| ${tableCell(escapeHtml(term))} | ${count} | ${question} |`);
  }
  lines.push("");
  return lines.join("\n");
}
