// Writes a large, valid, deterministic content tree for measuring validation and build times:
// `tsx scripts/generate-corpus.ts <dir> [questions] [questionsPerPage]`.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface CorpusOptions {
  questions: number;
  questionsPerPage: number;
  /** Sections per page; questions are spread over them in turn. */
  sectionsPerPage?: number;
}

const words = [
  "försäkring",
  "ansökan",
  "ersättning",
  "handläggning",
  "inloggning",
  "e-legitimation",
  "bank‑id",
  "Mina sidor",
  "blankett",
  "beslut",
  "utbetalning",
  "sjukpenning",
  "föräldrapenning",
  "intyg",
  "läkare",
  "arbetsgivare",
  "bostadsbidrag",
  "underhållsstöd",
  "aktivitetsersättning",
];

/** A deterministic sentence of `length` words, different for each `seed`. */
function sentence(seed: number, length: number): string {
  const picked = Array.from({ length }, (_, i) => words[(seed * 7 + i * 13) % words.length]);
  const text = picked.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export async function generateCorpus(dir: string, options: CorpusOptions): Promise<void> {
  const { questions, questionsPerPage, sectionsPerPage = 3 } = options;
  await rm(dir, { recursive: true, force: true });
  const pages = Math.ceil(questions / questionsPerPage);
  for (let p = 0; p < pages; p++) {
    const slug = `sida-${String(p + 1).padStart(4, "0")}`;
    const count = Math.min(questionsPerPage, questions - p * questionsPerPage);
    const sections = Array.from({ length: Math.min(sectionsPerPage, count) }, (_, s) => ({
      id: `avsnitt-${s + 1}`,
      title: `Avsnitt ${s + 1}`,
    }));
    const index = [
      "---",
      `title: Vanliga frågor och svar ${p + 1}`,
      `description: ${sentence(p, 12)}`,
      "updated: 2024-12-04",
      "sections:",
      ...sections.flatMap((s) => [`  - id: ${s.id}`, `    title: ${s.title}`]),
      "---",
      "",
      sentence(p + 1, 20),
      "",
    ].join("\n");
    await mkdir(path.join(dir, slug), { recursive: true });
    await writeFile(path.join(dir, slug, "index.md"), index);
    for (const section of sections) await mkdir(path.join(dir, slug, section.id));
    const writes: Promise<void>[] = [];
    for (let q = 0; q < count; q++) {
      const section = sections[q % sections.length];
      if (!section) continue;
      const n = p * questionsPerPage + q;
      const other = `fraga-${String(p * questionsPerPage + ((q + 1) % count) + 1).padStart(5, "0")}`;
      const body = [
        sentence(n, 30),
        "",
        `- **${words[n % words.length]}**: ${sentence(n + 3, 8)}`,
        `- Läs mer hos [Försäkringskassan](https://www.forsakringskassan.se/) eller i [en annan fråga](#${other}).`,
        "",
        sentence(n + 5, 25),
        "",
      ].join("\n");
      const file = [
        "---",
        `question: ${sentence(n, 9).slice(0, -1)}?`,
        `order: ${Math.floor(q / sections.length + 1) * 10}`,
        "updated: 2025-01-15",
        "---",
        "",
        body,
      ].join("\n");
      const name = `fraga-${String(n + 1).padStart(5, "0")}.md`;
      writes.push(writeFile(path.join(dir, slug, section.id, name), file));
    }
    await Promise.all(writes);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "corpus", questions = "10000", perPage = "17"] = process.argv.slice(2);
  await generateCorpus(dir, { questions: Number(questions), questionsPerPage: Number(perPage) });
  console.log(`Wrote ${questions} questions, ${perPage} per page, to ${dir}/`);
}
