// Compares the site's addresses with a base version (issue 21): a page or question anchor that
// the base had and this version no longer leads anywhere must be declared in `tidigare` or
// `borttagna`, with the exact line to add named in the problem.
import path from "node:path";
import { displayName, readContentFile } from "../content/content-files.ts";
import { type LoadedContent, loadContent } from "../content/load-content.ts";
import { problem } from "../content/messages.ts";
import { fieldLine, type Problem } from "../content/problems.ts";
import type { FaqPage, Question } from "../content/schema.ts";
import { contentAtRef } from "./content-at-ref.ts";

type Addressed = Pick<LoadedContent, "pages" | "earlier">;

/** Every address of a version: its pages (with old folders) and each page's anchors. */
function addressesOf(content: Addressed): Map<string, Set<string>> {
  const addresses = new Map<string, Set<string>>();
  const add = (page: string, anchors: Iterable<string>) => {
    const set = addresses.get(page) ?? new Set<string>();
    for (const anchor of anchors) set.add(anchor);
    addresses.set(page, set);
  };
  for (const page of content.pages) {
    const earlier = content.earlier.pages.get(page.slug);
    add(page.slug, [
      ...page.sections.flatMap((s) => s.questions.map((q) => q.slug)),
      ...Object.values(earlier?.aliases ?? {}).flat(),
      ...(earlier?.moved ?? []).map((m) => m.anchor),
      ...(earlier?.removed ?? []).map((r) => r.anchor),
    ]);
  }
  for (const redirect of content.earlier.redirects)
    add(
      redirect.from,
      redirect.moved.map((m) => m.anchor),
    );
  return addresses;
}

/** Whether `anchor` of the old page `page` still leads somewhere in `after`. */
function anchorLeads(
  after: Addressed,
  live: Map<string, Set<string>>,
  page: string,
  anchor: string,
) {
  if (live.get(page)?.has(anchor)) return true;
  const redirect = after.earlier.redirects.find((r) => r.from === page);
  return redirect !== undefined && (live.get(redirect.to)?.has(anchor) ?? false);
}

const questionsOf = (page: FaqPage) => page.sections.flatMap((s) => s.questions);

/** The list field with `entry` added, as the editor would write it. */
function listWith(name: string, existing: readonly string[] | undefined, entry: string) {
  return `${name}: [${[...(existing ?? []), entry].join(", ")}]`;
}

/** A problem about `field` of `file`, with the line the field is on when it is there already. */
function atField(found: Problem, field: string): Problem {
  const read = readContentFile(found.file);
  const line = read && !("problem" in read) ? fieldLine(read.text, field) : undefined;
  return { ...found, field, ...(line === undefined ? {} : { line }) };
}

/**
 * The problems of `after` against `before`: one per page folder and per question anchor of the
 * base that no longer leads anywhere. `base` names the base in the message; `contentDir` is the
 * content folder of `after`, for the file of a page that is gone.
 */
export function disappearedAddresses(
  before: Addressed,
  after: Addressed,
  { base, contentDir }: { base: string; contentDir: string },
): Problem[] {
  const live = addressesOf(after);
  const pageOf = new Map(after.pages.map((page) => [page.slug, page]));
  const redirected = new Map(after.earlier.redirects.map((r) => [r.from, r.to]));
  const beforePages = new Map(before.pages.map((page) => [page.slug, page]));
  const afterQuestions = after.pages.flatMap((page) =>
    questionsOf(page).map((question) => ({ question, page })),
  );
  const problems: Problem[] = [];

  for (const [slug, anchors] of addressesOf(before)) {
    const target = pageOf.has(slug) ? slug : redirected.get(slug);
    const old = beforePages.get(slug);
    if (target === undefined) {
      problems.push(pageGone(slug, old, after.pages, base, contentDir));
      continue;
    }
    for (const anchor of [...anchors].sort()) {
      if (anchorLeads(after, live, slug, anchor)) continue;
      const was = old && questionsOf(old).find((q) => q.slug === anchor);
      // Where the question went: the same file name on another page, else the same question.
      const now =
        afterQuestions.find((entry) => entry.question.slug === anchor) ??
        (was
          ? afterQuestions.find((entry) => entry.question.question === was.question)
          : undefined);
      problems.push(
        now
          ? anchorRenamed(slug, anchor, target, now, base)
          : anchorRemoved(slug, anchor, pageOf.get(target) as FaqPage, base),
      );
    }
  }
  return problems;
}

function anchorRenamed(
  oldPage: string,
  anchor: string,
  target: string,
  now: { question: Question; page: FaqPage },
  base: string,
): Problem {
  const entry = now.page.slug === target ? anchor : `${oldPage}/${anchor}`;
  const add = listWith("tidigare", now.question.tidigare, entry);
  return atField(
    problem("address-gone", {
      file: now.question.file,
      url: `/${oldPage}/#${anchor}`,
      base,
      add,
      where: "frågans front matter, så leder den gamla adressen hit",
    }),
    "tidigare",
  );
}

function anchorRemoved(oldPage: string, anchor: string, page: FaqPage, base: string): Problem {
  return atField(
    problem("address-gone", {
      file: page.file,
      url: `/${oldPage}/#${anchor}`,
      base,
      add: listWith("borttagna", page.borttagna, anchor),
      where: `${page.file} om frågan är borttagen: då visar adressen ”Frågan finns inte längre” och en sökning`,
      or: `Finns frågan kvar under ett annat filnamn, lägg i stället till tidigare: [${anchor}] i den frågans fil.`,
    }),
    "borttagna",
  );
}

/** A page folder that is gone: the page that took most of its questions should name it. */
function pageGone(
  slug: string,
  old: FaqPage | undefined,
  pages: FaqPage[],
  base: string,
  contentDir: string,
): Problem {
  const oldSlugs = new Set(old ? questionsOf(old).map((q) => q.slug) : []);
  const oldTexts = new Set(old ? questionsOf(old).map((q) => q.question) : []);
  const shared = (page: FaqPage) =>
    questionsOf(page).filter((q) => oldSlugs.has(q.slug) || oldTexts.has(q.question)).length;
  const [heir] = pages
    .map((page) => ({ page, count: shared(page) }))
    .filter((entry) => entry.count > 0 || entry.page.title === old?.title)
    .sort((a, b) => b.count - a.count);
  const url = `/${slug}/`;
  if (heir)
    return atField(
      problem("address-gone", {
        file: heir.page.file,
        url,
        base,
        add: listWith("tidigare", heir.page.tidigare, slug),
        where: `${heir.page.file}, så leder den gamla adressen till sidan som ersätter den`,
      }),
      "tidigare",
    );
  return problem("address-gone", {
    file: displayName(path.join(contentDir, slug, "index.md")),
    url,
    base,
    add: `tidigare: [${slug}]`,
    where: "index.md för den sida som ersätter den, så leder den gamla adressen dit",
  });
}

/** Loads `contentDir` as it was at `base` and compares its addresses with `content`'s. */
export async function addressesAgainstRef(
  contentDir: string,
  base: string,
  content: Addressed,
  staticPages: string[],
): Promise<Problem[]> {
  const old = await contentAtRef(contentDir, base);
  try {
    if (!old.folder) return [];
    const before = await loadContent(old.folder, staticPages);
    return disappearedAddresses(before, content, { base, contentDir });
  } finally {
    await old.remove();
  }
}
