// Writes a synthetic FAQ corpus in the content contract, derived from the real content, for benchmarks.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { stringify } from "yaml";
import { parseFrontMatter } from "../../../src/content/front-matter.ts";

export interface CorpusOptions {
  /** How many questions in total. */
  questions: number;
  /** Questions on each page; the last page holds the remainder. */
  questionsPerPage?: number;
  /** The real content to derive texts and structure from. */
  source?: string;
  /** The same seed gives byte-identical output. */
  seed?: number;
}

export interface CorpusSummary {
  pages: number;
  questions: number;
}

interface SourceQuestion {
  slug: string;
  question: string;
  body: string;
}

interface SourcePage {
  front: Record<string, unknown> & { sections: { id: string; title: string }[] };
  intro: string;
  /** Questions of each section, in the order the sections are listed. */
  sections: SourceQuestion[][];
}

// Words a real FAQ of the agency would use, so the search index grows as real content would.
const topics = [
  "sjukpenning",
  "föräldrapenning",
  "bostadsbidrag",
  "barnbidrag",
  "underhållsstöd",
  "aktivitetsersättning",
  "sjukersättning",
  "assistansersättning",
  "omvårdnadsbidrag",
  "graviditetspenning",
  "tillfällig föräldrapenning",
  "bilstöd",
  "merkostnadsersättning",
  "rehabiliteringsersättning",
  "närståendepenning",
  "smittbärarpenning",
  "adoptionsbidrag",
  "vårdbidrag",
  "handikappersättning",
  "studiehjälp",
];
const phrases = [
  "Du kan följa ditt ärende på Mina sidor",
  "Handläggningstiden beror på hur komplett din ansökan är",
  "Kontrollera att du har fyllt i alla uppgifter",
  "Du får ett beslut skickat till dig",
  "Om du har frågor kan du kontakta kundcenter",
  "Ansökan signeras med e-legitimation",
  "Bifoga intyg från arbetsgivare eller läkare",
  "Ändringar ska anmälas så snart som möjligt",
  "Beloppet betalas ut den 25:e varje månad",
  "Du kan ansöka retroaktivt i vissa fall",
];

/** A small seeded generator (mulberry32): the corpus must be the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("cannot pick from an empty list");
  return item;
}

async function readSourcePage(folder: string): Promise<SourcePage> {
  const index = parseFrontMatter("index.md", await readFile(path.join(folder, "index.md"), "utf8"));
  if (index.problems.length > 0)
    throw new Error(`${folder}/index.md: ${index.problems[0]?.message}`);
  const front = index.data as SourcePage["front"];
  const sections = await Promise.all(
    front.sections.map(async ({ id }) => {
      const files = (await readdir(path.join(folder, id))).filter((f) => f.endsWith(".md")).sort();
      return Promise.all(
        files.map(async (file) => {
          const parsed = parseFrontMatter(
            file,
            await readFile(path.join(folder, id, file), "utf8"),
          );
          if (parsed.problems.length > 0) {
            throw new Error(`${folder}/${id}/${file}: ${parsed.problems[0]?.message}`);
          }
          const { question } = parsed.data as { question: string };
          return { slug: path.basename(file, ".md"), question, body: parsed.body.trim() };
        }),
      );
    }),
  );
  return { front, intro: index.body.trim(), sections };
}

/** How many questions each section gets on a page of `size`, in the real page's proportions. */
export function sectionSizes(realSizes: number[], size: number): number[] {
  const total = realSizes.reduce((sum, n) => sum + n, 0);
  let before = 0;
  let cumulative = 0;
  return realSizes.map((n) => {
    cumulative += n;
    const end = Math.round((cumulative / total) * size);
    const count = end - before;
    before = end;
    return count;
  });
}

function variedAnswer(real: SourceQuestion, topic: string, id: number, random: () => number) {
  const extra = [pick(phrases, random), pick(phrases, random)].join(". ");
  return `${real.body}\n\nGäller ${topic}, ärendetyp FK${1000 + id}. ${extra}.\n`;
}

function questionFile(
  real: SourceQuestion,
  order: number,
  topic: string,
  id: number,
  random: () => number,
) {
  const question = random() < 0.5 ? `${real.question} (${topic})` : real.question;
  const front = stringify({ question, order, updated: "2024-12-04" }, { lineWidth: 0 });
  return `---\n${front}---\n\n${variedAnswer(real, topic, id, random)}`;
}

/** Writes `questions` questions into `dir` (emptied first), `questionsPerPage` to a page. */
export async function generateCorpus(
  dir: string,
  { questions, questionsPerPage = 17, source = "content", seed = 1 }: CorpusOptions,
): Promise<CorpusSummary> {
  const random = seededRandom(seed);
  const pageFolders = (await readdir(source, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const real = await Promise.all(
    pageFolders.map((name) => readSourcePage(path.join(source, name))),
  );
  if (real.length === 0) throw new Error(`${source} has no FAQ page to derive a corpus from`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // Site-wide files go along, so answers that place [[kontakt]] stay valid.
  for (const file of ["kontakt.yml", "sokord.yml"]) {
    await copyFile(path.join(source, file), path.join(dir, file)).catch((error) => {
      if (error.code !== "ENOENT") throw error;
    });
  }

  let written = 0;
  let pages = 0;
  while (written < questions) {
    const template = real[pages % real.length] as SourcePage;
    const size = Math.min(questionsPerPage, questions - written);
    const sizes = sectionSizes(
      template.sections.map((s) => s.length),
      size,
    );
    const topic = pick(topics, random);
    const slug = `fragor-${String(pages + 1).padStart(4, "0")}`;
    const sections = template.front.sections.filter((_, i) => (sizes[i] ?? 0) > 0);
    // The source page's earlier addresses (tidigare, borttagna) are its own history: copied onto
    // every generated page they would claim one old address many times.
    const { tidigare: _earlier, borttagna: _removed, ...pageFront } = template.front;
    const front = {
      ...pageFront,
      title: `Vanliga frågor och svar om ${topic}, del ${pages + 1}`,
      description: `Här hittar du vanliga frågor och svar om ${topic} och om att logga in på Mina sidor.`,
      sections,
    };
    const folder = path.join(dir, slug);
    await mkdir(folder, { recursive: true });
    await writeFile(
      path.join(folder, "index.md"),
      `---\n${stringify(front, { lineWidth: 0 })}---\n\n${template.intro}\n`,
    );
    for (const [s, section] of template.front.sections.entries()) {
      const count = sizes[s] ?? 0;
      if (count === 0) continue;
      await mkdir(path.join(folder, section.id));
      const pool = template.sections[s] ?? [];
      for (let q = 0; q < count; q++) {
        const realQuestion = pick(pool, random);
        const id = written + 1;
        const file = path.join(folder, section.id, `${realQuestion.slug}-${id}.md`);
        await writeFile(file, questionFile(realQuestion, (q + 1) * 10, topic, id, random));
        written++;
      }
    }
    pages++;
  }
  return { pages, questions: written };
}

// As a command: `tsx scripts/measure/bench/generate-corpus.ts <dir> [questions] [questionsPerPage]`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, questions = "10000", perPage = "17"] = process.argv.slice(2);
  if (!dir)
    throw new Error(
      "usage: tsx scripts/measure/bench/generate-corpus.ts <dir> [questions] [questionsPerPage]",
    );
  const summary = await generateCorpus(dir, {
    questions: Number(questions),
    questionsPerPage: Number(perPage),
  });
  console.log(`Wrote ${summary.questions} questions on ${summary.pages} pages to ${dir}`);
}
