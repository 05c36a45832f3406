// Grows a content tree by pages of random sentences made of one FAQ page's own words (issue 26):
// questions that share every word with the real ones but say nothing, the hardest neighbours a
// real answer can have in search. `npm run bench:search -- --grow=600` ranks among them.
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { seededRandom } from "./bench/generate-corpus.ts";

/** The page whose words the sentences are made of: the support page, in the fixtures' words. */
export const wordsPageDir = "tests/fixtures/many-pages/support";

const sections = [
  ["inloggning", "Inloggning"],
  ["signering", "Signering"],
  ["ovrigt", "Övrigt"],
] as const;

/** Every word of three letters or more in the page's Markdown files, as often as it stands there. */
async function wordsOf(dir: string): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  const texts = await Promise.all(
    files
      .filter((file) => file.endsWith(".md"))
      .map((file) => readFile(path.join(dir, file), "utf8")),
  );
  // Not the addresses of links nor the front matter's keys: they are not words a reader sees.
  const text = texts
    .join("\n")
    .replace(/\(https?:[^)]*\)|https?:\S+/g, " ")
    .replace(/^[\s-]*[a-z]+:/gm, " ");
  return text.toLowerCase().match(/[a-zåäö]{3,}/g) ?? [];
}

/**
 * Copies `contentDir` to `outDir` and adds `pages` pages of 17 questions each, like
 * /work/shared/bench/gen-corpus.mjs (a nine-word question, an answer of about 50 words in
 * sentences and steps), but with a generator whose sentences do not repeat: that script's
 * generator loses precision and cycles every 10,466 words, so its 600 pages hold the same
 * phrases dozens of times.
 */
export async function growContent(contentDir: string, outDir: string, pages: number, seed = 42) {
  await cp(contentDir, outDir, { recursive: true });
  const words = await wordsOf(wordsPageDir);
  const random = seededRandom(seed);
  const pick = () => words[Math.floor(random() * words.length)] ?? "";
  const sentence = (length: number) => {
    const text = Array.from({ length }, pick).join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  };
  for (let p = 0; p < pages; p++) {
    const dir = path.join(outDir, `slump-${String(p).padStart(4, "0")}`);
    for (const [id] of sections) await mkdir(path.join(dir, id), { recursive: true });
    const sectionList = sections.map(([id, title]) => `  - id: ${id}\n    title: ${title}`);
    await writeFile(
      path.join(dir, "index.md"),
      `---\ntitle: "Slumpade frågor ${p}"\ndescription: "${sentence(8)}."\nupdated: 2024-12-04\n` +
        `sections:\n${sectionList.join("\n")}\n---\n${sentence(20)}.\n`,
    );
    for (let q = 0; q < 17; q++) {
      const [id] = sections[q % sections.length] ?? sections[0];
      const body = [
        `${sentence(15)}.`,
        "",
        `1. Klicka på **${pick()}**.`,
        `2. Klicka på **${pick()}**.`,
        `3. ${sentence(6)}.`,
        "",
        `${sentence(25)}.`,
      ].join("\n");
      await writeFile(
        path.join(dir, id, `fraga-${q}.md`),
        `---\nquestion: "${sentence(9)}?"\norder: ${(q + 1) * 10}\n---\n${body}\n`,
      );
    }
  }
}
