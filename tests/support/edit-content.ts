// Edits a copy of content/ as an editor's pull request would: question files added, reworded, moved
// and deleted, sections and pages added. Front matter is changed through the yaml package's
// Document API, so the rest of a file (other fields, comments, flow or block style, the Markdown
// body) stays as the editor wrote it.
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Document, isSeq, parseDocument, stringify } from "yaml";
import type { FaqPage } from "../../src/content/schema.ts";

/** The same fence the loader reads (src/eleventy/front-matter.ts). */
const fence = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** The file of a question, by the content contract: <page>/<section>/<slug>.md. */
export function questionPath(contentDir: string, page: string, section: string, slug: string) {
  return path.join(contentDir, page, section, `${slug}.md`);
}

/** Parses the front matter of `file`, lets `edit` change it, and writes it back before the body. */
export async function editFrontMatter(file: string, edit: (front: Document) => void) {
  const source = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  const match = fence.exec(source);
  if (match?.index !== 0) throw new Error(`${file} has no front matter to edit`);
  const front = parseDocument(match[1] ?? "");
  edit(front);
  // lineWidth 0: long questions stay on one line, as editors write them.
  const body = source.slice(match[0].length);
  await writeFile(file, `---\n${front.toString({ lineWidth: 0 })}---\n${body}`);
}

/** A Markdown file with `fields` as front matter and `body` below it. */
function markdownFile(fields: Record<string, unknown>, body: string): string {
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${body}\n`;
}

export interface NewQuestion {
  slug: string;
  question: string;
  order: number;
  answer: string;
}

/** Writes a new question file into a section folder. */
export async function addQuestion(
  contentDir: string,
  page: string,
  section: string,
  q: NewQuestion,
) {
  const file = questionPath(contentDir, page, section, q.slug);
  await writeFile(file, markdownFile({ question: q.question, order: q.order }, q.answer));
  return file;
}

export async function rewordQuestion(file: string, question: string) {
  await editFrontMatter(file, (front) => front.set("question", question));
}

/** Moves a question file to another section folder of its page, giving it `order` there. */
export async function moveQuestion(file: string, toFolder: string, order: number) {
  const moved = path.join(toFolder, path.basename(file));
  await rename(file, moved);
  await editFrontMatter(moved, (front) => front.set("order", order));
  return moved;
}

/** Adds a section folder to a page and lists it at `position` in the page's `sections`. */
export async function addSection(
  contentDir: string,
  page: string,
  section: { id: string; title: string },
  position: number,
) {
  await mkdir(path.join(contentDir, page, section.id));
  await editFrontMatter(path.join(contentDir, page, "index.md"), (front) => {
    const sections = front.get("sections");
    if (!isSeq(sections)) throw new Error(`${page}/index.md has no list "sections"`);
    sections.items.splice(position, 0, front.createNode(section));
  });
}

/** Writes a new FAQ page with one (empty) section. */
export async function addPage(
  contentDir: string,
  page: { slug: string; title: string; updated: string; section: { id: string; title: string } },
) {
  await mkdir(path.join(contentDir, page.slug, page.section.id), { recursive: true });
  const front = {
    title: page.title,
    description: `${page.title}.`,
    updated: page.updated,
    sections: [page.section],
  };
  await writeFile(path.join(contentDir, page.slug, "index.md"), markdownFile(front, page.title));
}

/** Hands out slugs not in `taken` nor handed out before: `base`, else `base-2`, `base-3` … */
export function slugAllocator(taken: Iterable<string>): (base: string) => string {
  const used = new Set(taken);
  return (base) => {
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}

/** Hands out orders unique in their section: each after every order used there so far. */
export function orderAllocator(page: FaqPage): (sectionId: string) => number {
  const used = new Map(page.sections.map((s) => [s.id, s.questions.map((q) => q.order)]));
  return (sectionId) => {
    const orders = used.get(sectionId) ?? [];
    const order = Math.max(0, ...orders) + 10;
    used.set(sectionId, [...orders, order]);
    return order;
  };
}

/** Every anchor a page uses: its section ids and question slugs. */
export function anchorsOf(page: FaqPage): string[] {
  return page.sections.flatMap((s) => [s.id, ...s.questions.map((q) => q.slug)]);
}

/** Every `#anchor` written in a Markdown file of the content: questions linked from somewhere. */
export async function linkedAnchors(contentDir: string): Promise<Set<string>> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const linked = new Set<string>();
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith(".md"))) {
    const text = await readFile(path.join(entry.parentPath, entry.name), "utf8");
    for (const match of text.matchAll(/#([a-z0-9]+(?:-[a-z0-9]+)*)/g)) linked.add(match[1] ?? "");
  }
  return linked;
}
