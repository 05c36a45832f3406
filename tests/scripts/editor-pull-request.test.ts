// An editor's pull request, end to end through `npm run build`, on a temporary copy of content/:
// a question added, one reworded, one moved to another section, one deleted, and a new section
// with a question of its own. Nothing here names the content: the page, sections, questions and
// orders are taken from the copy at test time, so any content that passes `npm run check:content`
// keeps this test passing. A broken question file then fails the build and leaves the last good
// output exactly as it was.
//
// Every assert.ok has a message: without one, a failing assert.ok makes Node re-read the source to
// quote the expression, which under tsx's loader took minutes here (nodejs/node#52962).
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { siteConfigFrom, staticPages, todayInSweden } from "../../src/config/config.ts";

// The builds below run with this environment, so they have this configuration.
const site = siteConfigFrom(process.env);

import { type LoadedContent, loadContent } from "../../src/content/load-content.ts";
import { formatProblem } from "../../src/content/problems.ts";
import type { FaqPage } from "../../src/content/schema.ts";
import {
  addPage,
  addQuestion,
  addSection,
  anchorsOf,
  linkedAnchors,
  moveQuestion,
  type NewQuestion,
  orderAllocator,
  questionPath,
  rewordQuestion,
  slugAllocator,
} from "../support/edit-content.ts";
import { brokenAnchorLinks, collapseSpace, headings, ids, outline } from "../support/page-html.ts";
import {
  leadsTo,
  mentions,
  type PagefindFragment,
  readFragments,
} from "../support/pagefind-index.ts";
import { hashTree, runScript } from "../support/run-script.ts";

const load = (contentDir: string) => loadContent(contentDir, staticPages);
const questionsOf = (page: FaqPage) => page.sections.flatMap((section) => section.questions);

/**
 * The page to edit: the one with the most questions, once it has at least three and one of them
 * is linked from nowhere (so that one can be deleted, one moved and one reworded). Questions are
 * added first when the content has too few, and a page when it has none.
 */
async function pageToEdit(contentDir: string): Promise<FaqPage> {
  let { pages } = await load(contentDir);
  if (pages.length === 0) {
    const slug = slugAllocator(staticPages.map((url) => url.replaceAll("/", "")))("fragor");
    const section = { id: "allmant", title: "Allmänt" };
    await addPage(contentDir, { slug, title: "Frågor", updated: todayInSweden(), section });
    ({ pages } = await load(contentDir));
  }
  const [page] = [...pages].sort((a, b) => questionsOf(b).length - questionsOf(a).length);
  const [section] = page?.sections ?? [];
  assert.ok(page && section, "the content has a page with a section");
  const linked = await linkedAnchors(contentDir);
  const questions = questionsOf(page);
  const unlinked = questions.filter((q) => !linked.has(q.slug)).length;
  const missing = Math.max(3 - questions.length, unlinked === 0 ? 1 : 0);
  const slug = slugAllocator([...anchorsOf(page), ...linked]);
  const order = orderAllocator(page);
  for (let n = 1; n <= missing; n++) {
    await addQuestion(contentDir, page.slug, section.id, {
      slug: slug("fraga"),
      question: `Fråga nummer ${n}?`,
      order: order(section.id),
      answer: `Svar nummer ${n}.`,
    });
  }
  const prepared = (await load(contentDir)).pages.find((p) => p.slug === page.slug);
  assert.ok(prepared, `${page.slug} is still there`);
  return prepared;
}

/** What the pull request changed, to check the built site against. */
interface PullRequest {
  /** The page's section ids in their new order. */
  sectionIds: string[];
  newSection: { id: string; question: NewQuestion };
  added: NewQuestion & { section: string };
  reworded: { slug: string; before: string; after: string };
  moved: { slug: string; from: string; to: string };
  deleted: { slug: string };
}

/** Makes the editor's changes to `page` in the copy; `builtHtml` holds ids not to reuse. */
async function makePullRequest(
  contentDir: string,
  page: FaqPage,
  builtHtml: string,
): Promise<PullRequest> {
  const linked = await linkedAnchors(contentDir);
  const slug = slugAllocator([...anchorsOf(page), ...ids(builtHtml)]);
  const order = orderAllocator(page);
  const located = page.sections.flatMap((section) =>
    section.questions.map((question) => ({
      section: section.id,
      question,
      file: questionPath(contentDir, page.slug, section.id, question.slug),
    })),
  );
  const deleted = [...located].reverse().find(({ question }) => !linked.has(question.slug));
  const [moved, reworded] = located.filter((entry) => entry !== deleted);
  const first = page.sections[0]?.id;
  assert.ok(deleted && moved && reworded && first, "pageToEdit made enough questions");

  // A new section, listed second, with a question of its own.
  const newSection = { id: slug("nytt-avsnitt"), title: "Nytt avsnitt" };
  const position = Math.min(1, page.sections.length);
  await addSection(contentDir, page.slug, newSection, position);
  const sectionIds = page.sections.map((section) => section.id);
  sectionIds.splice(position, 0, newSection.id);
  const sectionQuestion = {
    slug: slug("fraga-i-nytt-avsnitt"),
    question: "Vad handlar det nya avsnittet om?",
    order: order(newSection.id),
    answer: "Om det som redaktören lade till.",
  };
  await addQuestion(contentDir, page.slug, newSection.id, sectionQuestion);

  // A question moved to another section of the page (the new one if there is no other), last there.
  const to = page.sections.find((section) => section.id !== moved.section)?.id ?? newSection.id;
  await moveQuestion(moved.file, path.join(contentDir, page.slug, to), order(to));

  // A new question, last in the first section, with a link to the moved one.
  const added = {
    slug: slug("ny-fraga"),
    question: "Hur lägger jag till en fråga?",
    order: order(first),
    answer: `Skriv den i en ny fil. Se också [frågan som flyttades](#${moved.question.slug}).`,
  };
  await addQuestion(contentDir, page.slug, first, added);

  // A question reworded; the rest of its file stays as it was.
  const wordings = ["Hur lyder frågan nu?", "Hur lyder frågan efter ändringen?"];
  const newWording = wordings.find((text) => text !== reworded.question.question) ?? "";
  await rewordQuestion(reworded.file, newWording);

  await rm(deleted.file);

  return {
    sectionIds,
    newSection: { id: newSection.id, question: sectionQuestion },
    added: { ...added, section: first },
    reworded: {
      slug: reworded.question.slug,
      before: reworded.question.question,
      after: newWording,
    },
    moved: { slug: moved.question.slug, from: moved.section, to },
    deleted: { slug: deleted.question.slug },
  };
}

interface BuiltSite {
  html: string;
  fragments: PagefindFragment[];
  sitemap: string;
}

async function readBuiltSite(outputDir: string, page: FaqPage): Promise<BuiltSite> {
  return {
    html: await readFile(path.join(outputDir, page.slug, "index.html"), "utf8"),
    fragments: await readFragments(outputDir),
    sitemap: await readFile(path.join(outputDir, "sitemap.xml"), "utf8"),
  };
}

/** The ids of the questions under the section heading `sectionId`. */
function questionsUnder(html: string, sectionId: string): string[] {
  return outline(html).find((section) => section.id === sectionId)?.questions ?? [];
}

function headingText(html: string, id: string): string | undefined {
  return headings(html).find((heading) => heading.level === 3 && heading.id === id)?.text;
}

/** Whether a search record leads to the question at `#slug` and holds `text`. */
function indexed(site: BuiltSite, page: FaqPage, slug: string, text?: string): boolean {
  return site.fragments.some(
    (fragment) =>
      leadsTo(fragment, page.url, slug) && (text === undefined || mentions(fragment, text)),
  );
}

const brokenQuestion = [
  "---",
  "question: Trasig fråga",
  "order: tio",
  "---",
  "",
  '<script>alert(1)</script> <img src=x onerror="alert(1)"> [klicka](javascript:alert(1))',
  "",
  "<!-- anteckning -->",
  "",
].join("\n");

describe("an editor's pull request, built with npm run build", () => {
  let work = "";
  let contentDir = "";
  let outputDir = "";
  let page: FaqPage;
  let pr: PullRequest;
  let edited: LoadedContent;
  let firstBuild: BuiltSite;
  let secondBuild: BuiltSite;
  const build = () =>
    runScript("scripts/build.ts", { CONTENT_DIR: contentDir, OUTPUT_DIR: outputDir });

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-editor-pr-"));
    contentDir = path.join(work, "content");
    outputDir = path.join(work, "out", "dist");
    await cp("content", contentDir, { recursive: true });
  });
  after(() => rm(work, { recursive: true, force: true }));

  it("builds the content as it is", async () => {
    page = await pageToEdit(contentDir);
    const result = await build();
    assert.equal(result.code, 0, result.stderr);
    firstBuild = await readBuiltSite(outputDir, page);
  });

  it("passes the content check after the editor's changes, and builds again", async () => {
    pr = await makePullRequest(contentDir, page, firstBuild.html);
    edited = await load(contentDir);
    assert.deepEqual(edited.problems.map(formatProblem), []);
    const result = await build();
    assert.equal(result.code, 0, result.stderr);
    secondBuild = await readBuiltSite(outputDir, page);
  });

  it("shows the new section in its place among the page's sections, with its question", () => {
    const { html } = secondBuild;
    const shown = outline(html).filter((section) => pr.sectionIds.includes(section.id));
    assert.deepEqual(
      shown.map((section) => section.id),
      pr.sectionIds,
    );
    const { slug, question } = pr.newSection.question;
    assert.ok(questionsUnder(html, pr.newSection.id).includes(slug), `#${slug} is in the section`);
    assert.equal(headingText(html, slug), question);
  });

  it("shows the new question with its answer, last in its section", () => {
    const { html } = secondBuild;
    assert.ok(!ids(firstBuild.html).has(pr.added.slug), `#${pr.added.slug} was not there before`);
    assert.equal(headingText(html, pr.added.slug), pr.added.question);
    assert.equal(questionsUnder(html, pr.added.section).at(-1), pr.added.slug);
    assert.match(html, /Skriv den i en ny fil\./);
    assert.ok(html.includes(`href="#${pr.moved.slug}"`), "the answer's link to the moved question");
  });

  it("shows the reworded question with its new text and not the old one", () => {
    const { slug, before, after } = pr.reworded;
    assert.equal(headingText(firstBuild.html, slug), collapseSpace(before));
    assert.equal(headingText(secondBuild.html, slug), after);
    // The old text is left only on other questions that have the same text, if any.
    const editedPage = edited.pages.find((p) => p.slug === page.slug);
    const sameText = (text: string) => collapseSpace(text) === collapseSpace(before);
    const others = questionsOf(editedPage ?? page).filter((q) => sameText(q.question));
    const shown = headings(secondBuild.html).filter((h) => h.level === 3 && sameText(h.text));
    assert.equal(shown.length, others.length);
  });

  it("shows the moved question under its new section only", () => {
    const { slug, from, to } = pr.moved;
    assert.ok(questionsUnder(firstBuild.html, from).includes(slug), `#${slug} was under #${from}`);
    assert.ok(questionsUnder(secondBuild.html, to).includes(slug), `#${slug} is under #${to}`);
    assert.ok(!questionsUnder(secondBuild.html, from).includes(slug), `not under #${from}`);
  });

  it("removes the deleted question from the page and from the search index", () => {
    const { slug } = pr.deleted;
    assert.ok(ids(firstBuild.html).has(slug), `#${slug} was on the page`);
    assert.ok(indexed(firstBuild, page, slug), `a search record led to #${slug}`);
    assert.ok(!ids(secondBuild.html).has(slug), `#${slug} is gone from the page`);
    assert.ok(!indexed(secondBuild, page, slug), `no search record leads to #${slug}`);
  });

  it("indexes the new, the new section's and the reworded question for search", () => {
    for (const { slug, question } of [pr.added, pr.newSection.question]) {
      assert.ok(indexed(secondBuild, page, slug, question), `a record for #${slug}`);
    }
    const { slug, after } = pr.reworded;
    assert.ok(indexed(secondBuild, page, slug, after), `a record for #${slug}`);
    assert.ok(indexed(secondBuild, page, pr.moved.slug), `a record for #${pr.moved.slug}`);
  });

  it("links every anchor on the page to an id, and lists the page in sitemap.xml", async () => {
    assert.deepEqual(await brokenAnchorLinks(outputDir, page.url, secondBuild.html), []);
    const loc = `<loc>${site.baseUrl}${page.url}</loc>`;
    assert.ok(secondBuild.sitemap.includes(loc), `sitemap.xml has ${loc}`);
  });

  it("fails on a broken question file, names each problem, and leaves the output as it was", async () => {
    const hashes = await hashTree(outputDir);
    const editedPage = edited.pages.find((p) => p.slug === page.slug) ?? page;
    const slug = slugAllocator(anchorsOf(editedPage))("trasig-fraga");
    const broken = questionPath(contentDir, page.slug, pr.added.section, slug);
    await writeFile(broken, brokenQuestion);

    const result = await build();
    assert.notEqual(result.code, 0);
    const lines = result.stderr.split("\n").filter((line) => line.includes(`${broken}:`));
    const expected = [
      'Fältet "order" ska vara ett heltal, men här står "tio"',
      "Svaret innehåller HTML (<script>, <img>)",
      'Länken börjar med "javascript:"',
      'Svaret innehåller en HTML-kommentar "<!--"',
    ];
    for (const problem of expected) {
      assert.ok(
        lines.some((line) => line.includes(problem)),
        `stderr names ${problem}:\n${result.stderr}`,
      );
    }
    assert.match(result.stderr, /nothing was built/);
    assert.deepEqual(await hashTree(outputDir), hashes);
    // No staging or previous folder is left next to the output folder.
    assert.deepEqual(await readdir(path.dirname(outputDir)), [path.basename(outputDir)]);
  });
});
