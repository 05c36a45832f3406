// Turns an export of received feedback ("Fick du svar på din fråga?") into a Markdown report for
// editors: one row per question with its share of Nej, then a table of the texts of each question.
import { z } from "zod";
import { problem } from "../content/messages.ts";
import type { Problem } from "../content/problems.ts";
import { type FaqPage, isRealDate } from "../content/schema.ts";
import { escapeHtml } from "../shared/escape-html.ts";
import { hidePersonalNumbers } from "../shared/personal-number.ts";
import { tableCell } from "./content-report.ts";

/** One received vote, as the site sends it (see deploy/README.md). */
export const feedbackEntrySchema = z.object({
  page: z.string().regex(/^\/.*\/$/, 'must be the page\'s path, like "/teknisk-support/"'),
  anchor: z.string().min(1, "must name the question's anchor"),
  answer: z.enum(["ja", "nej"], { error: 'must be "ja" or "nej"' }),
  text: z.string({ error: "must be text" }).default(""),
  date: z
    .string({ error: "must be a date written YYYY-MM-DD" })
    .refine(isRealDate, "must be a real date written YYYY-MM-DD"),
});

export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;

/** The entries of an export (a JSON array of votes), or every problem found in it. */
export function parseFeedbackExport(
  file: string,
  source: string,
): { entries: FeedbackEntry[]; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { entries: [], problems: [problem("feedback-not-json", { file, detail: reason })] };
  }
  if (!Array.isArray(data)) {
    return { entries: [], problems: [problem("feedback-not-array", { file })] };
  }
  const entries: FeedbackEntry[] = [];
  const problems: Problem[] = [];
  data.forEach((item, index) => {
    const parsed = feedbackEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".");
        problems.push(
          problem("feedback-invalid-vote", {
            file,
            vote: index + 1,
            name: field,
            detail: issue.message,
          }),
        );
      }
  });
  return { entries, problems };
}

interface QuestionFeedback {
  key: string;
  title: string;
  ja: number;
  nej: number;
  texts: { date: string; text: string }[];
}

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)} %`;

/** Citizens' text, safe in a Markdown table: no personnummer, no HTML, no table syntax. */
const citizenText = (text: string) => tableCell(escapeHtml(hidePersonalNumbers(text)));

function titles(pages: FaqPage[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const page of pages)
    for (const section of page.sections)
      for (const question of section.questions)
        byKey.set(`${page.url}#${question.slug}`, question.question);
  return byKey;
}

/** The report: questions with the highest share of Nej first; `pages` give the questions' text. */
export function feedbackReport(entries: FeedbackEntry[], pages: FaqPage[]): string {
  const known = titles(pages);
  const byQuestion = new Map<string, QuestionFeedback>();
  for (const entry of entries) {
    const key = `${entry.page}#${entry.anchor}`;
    let question = byQuestion.get(key);
    if (!question) {
      question = {
        key,
        title: known.get(key) ?? "(frågan finns inte längre)",
        ja: 0,
        nej: 0,
        texts: [],
      };
      byQuestion.set(key, question);
    }
    question[entry.answer] += 1;
    if (entry.answer === "nej" && entry.text.trim()) question.texts.push(entry);
  }
  const questions = [...byQuestion.values()].sort(
    (a, b) =>
      b.nej / (b.ja + b.nej) - a.nej / (a.ja + a.nej) || b.nej - a.nej || (a.key < b.key ? -1 : 1),
  );
  const dates = entries.map((entry) => entry.date).sort();
  const lines = ["# Fick du svar på din fråga?", ""];
  if (questions.length === 0) {
    lines.push("Exporten innehåller inga svar.", "");
    return lines.join("\n");
  }
  lines.push(
    `${entries.length} svar om ${questions.length} frågor, ${dates[0]} – ${dates.at(-1)}. Frågorna med störst andel Nej först.`,
    "",
    "| Fråga | Adress | Svar | Ja | Nej | Andel Nej | Texter |",
    "|---|---|---:|---:|---:|---:|---:|",
  );
  for (const q of questions) {
    const total = q.ja + q.nej;
    lines.push(
      `| ${tableCell(q.title)} | \`${tableCell(q.key)}\` | ${total} | ${q.ja} | ${q.nej} | ${percent(q.nej, total)} | ${q.texts.length} |`,
    );
  }
  lines.push("");
  for (const q of questions.filter((question) => question.texts.length > 0)) {
    lines.push(
      `## ${tableCell(q.title)}`,
      "",
      `\`${q.key}\`: ${q.nej} av ${q.ja + q.nej} svarade Nej (${percent(q.nej, q.ja + q.nej)}).`,
      "",
    );
    lines.push("| Datum | Vad saknades? |", "|---|---|");
    for (const { date, text } of [...q.texts].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    ))
      lines.push(`| ${date} | ${citizenText(text)} |`);
    lines.push("");
  }
  return lines.join("\n");
}
