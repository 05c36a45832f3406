// Compares two loaded versions of the content question by question, so a reviewer sees which
// questions were added, changed, moved or removed, not which Markdown lines.
import type { LoadedContent } from "../content/load-content.ts";
import type { FaqPage } from "../content/schema.ts";

/** One question as a reviewer reads it: its words, its answer and where it stands. */
export interface QuestionVersion {
  slug: string;
  question: string;
  /** The rendered answer: a change to the Markdown that renders the same is not a change. */
  answerHtml: string;
  updated?: string;
  pageSlug: string;
  pageTitle: string;
  sectionId: string;
  sectionTitle: string;
  /** The question's address on the site: /<page-slug>/#<question-slug>. */
  anchor: string;
}

/** What of a question changed: its text, its answer or its `updated` date. */
export type ChangedPart = "question" | "answer" | "updated";

export type QuestionChange =
  | { kind: "added"; after: QuestionVersion }
  | { kind: "changed"; before: QuestionVersion; after: QuestionVersion; parts: ChangedPart[] }
  /** Same slug, other section or page; `parts` says what else changed (often nothing). */
  | { kind: "moved"; before: QuestionVersion; after: QuestionVersion; parts: ChangedPart[] }
  | { kind: "removed"; before: QuestionVersion };

export interface PlaceOfPage {
  pageSlug: string;
  pageTitle: string;
  url: string;
}

export type PlaceChange =
  | ({ kind: "page-added" | "page-removed" } & PlaceOfPage)
  | ({
      kind: "section-added" | "section-removed";
      sectionId: string;
      sectionTitle: string;
    } & PlaceOfPage);

export interface ContentChanges {
  /** Added, changed and moved questions in the new version's order, then the removed ones. */
  questions: QuestionChange[];
  /** Pages and sections that appeared or disappeared (a new page's sections are not listed). */
  places: PlaceChange[];
  /** How many content problems each version has: questions in broken files are missing here. */
  problems: { before: number; after: number };
}

export type ComparedContent = Pick<LoadedContent, "pages" | "problems">;

/** Every question of `pages`, in the order the site shows them. */
export function questionVersions(pages: FaqPage[]): QuestionVersion[] {
  return pages.flatMap((page) =>
    page.sections.flatMap((section) =>
      section.questions.map((q) => ({
        slug: q.slug,
        question: q.question,
        answerHtml: q.answerHtml,
        ...(q.updated ? { updated: q.updated } : {}),
        pageSlug: page.slug,
        pageTitle: page.title,
        sectionId: section.id,
        sectionTitle: section.title,
        anchor: `${page.url}#${q.slug}`,
      })),
    ),
  );
}

function changedParts(before: QuestionVersion, after: QuestionVersion): ChangedPart[] {
  const parts: ChangedPart[] = [];
  if (before.question !== after.question) parts.push("question");
  if (before.answerHtml !== after.answerHtml) parts.push("answer");
  if ((before.updated ?? "") !== (after.updated ?? "")) parts.push("updated");
  return parts;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Pairs each new question with its old version: same anchor first, then same slug elsewhere. */
function pairQuestions(before: QuestionVersion[], after: QuestionVersion[]) {
  const unpaired = new Set(before);
  const pairs = new Map<QuestionVersion, QuestionVersion>();
  const pairWithFirst = (q: QuestionVersion, candidates: QuestionVersion[] = []) => {
    const old = candidates.find((candidate) => unpaired.has(candidate));
    if (!old) return;
    unpaired.delete(old);
    pairs.set(q, old);
  };
  // The slug is the question's anchor within its page: that is what identifies it.
  const byAnchor = groupBy(before, (q) => q.anchor);
  for (const q of after) pairWithFirst(q, byAnchor.get(q.anchor));
  // A slug that left one page and appeared on another is the same question, moved.
  const bySlug = groupBy(before, (q) => q.slug);
  for (const q of after.filter((q) => !pairs.has(q))) pairWithFirst(q, bySlug.get(q.slug));
  return { pairs, removed: before.filter((old) => unpaired.has(old)) };
}

function comparePlaces(before: FaqPage[], after: FaqPage[]): PlaceChange[] {
  const placeOf = (page: FaqPage): PlaceOfPage => ({
    pageSlug: page.slug,
    pageTitle: page.title,
    url: page.url,
  });
  const oldPages = new Map(before.map((page) => [page.slug, page]));
  const newPages = new Map(after.map((page) => [page.slug, page]));
  const changes: PlaceChange[] = [];
  for (const page of after) {
    const old = oldPages.get(page.slug);
    if (!old) {
      changes.push({ kind: "page-added", ...placeOf(page) });
      continue;
    }
    const oldIds = new Set(old.sections.map((s) => s.id));
    const newIds = new Set(page.sections.map((s) => s.id));
    for (const section of page.sections.filter((s) => !oldIds.has(s.id)))
      changes.push({ kind: "section-added", ...placeOf(page), ...sectionOf(section) });
    for (const section of old.sections.filter((s) => !newIds.has(s.id)))
      changes.push({ kind: "section-removed", ...placeOf(page), ...sectionOf(section) });
  }
  for (const page of before.filter((page) => !newPages.has(page.slug)))
    changes.push({ kind: "page-removed", ...placeOf(page) });
  return changes;
}

function sectionOf(section: { id: string; title: string }) {
  return { sectionId: section.id, sectionTitle: section.title };
}

/** What changed from `before` to `after`, question by question. */
export function compareContent(before: ComparedContent, after: ComparedContent): ContentChanges {
  const oldQuestions = questionVersions(before.pages);
  const newQuestions = questionVersions(after.pages);
  const { pairs, removed } = pairQuestions(oldQuestions, newQuestions);
  const questions: QuestionChange[] = [];
  for (const q of newQuestions) {
    const old = pairs.get(q);
    if (!old) {
      questions.push({ kind: "added", after: q });
      continue;
    }
    const parts = changedParts(old, q);
    if (old.pageSlug !== q.pageSlug || old.sectionId !== q.sectionId)
      questions.push({ kind: "moved", before: old, after: q, parts });
    else if (parts.length > 0) questions.push({ kind: "changed", before: old, after: q, parts });
  }
  questions.push(...removed.map((old) => ({ kind: "removed" as const, before: old })));
  return {
    questions,
    places: comparePlaces(before.pages, after.pages),
    problems: { before: before.problems.length, after: after.problems.length },
  };
}
