// Earlier addresses (issue 21): what the pages' and questions' `tidigare` and `borttagna` say
// about addresses that no longer exist, resolved to where each now leads, and the mistakes in them.
import { readFileSync } from "node:fs";
import { problem } from "./messages.ts";
import { type Problem, withFieldLines } from "./problems.ts";
import type { FaqPage, Question } from "./schema.ts";

/** An old question anchor, and the question it now opens. */
export interface MovedAnchor {
  /** The old anchor (without #). */
  anchor: string;
  /** The question's address now: /<page>/#<slug>. */
  url: string;
  question: string;
}

/** A question removed on purpose: its old anchor and the words to search for instead. */
export interface RemovedAnchor {
  anchor: string;
  /** /sok/?q=… with the words of the old anchor. */
  searchUrl: string;
}

/** What a live page shows for addresses of it that no longer name one of its questions. */
export interface PageEarlierAddresses {
  /** Question slug → the old anchors of this page it answers to (same-page renames). */
  aliases: Record<string, string[]>;
  /** Old anchors of this page whose question is now on another page. */
  moved: MovedAnchor[];
  removed: RemovedAnchor[];
}

/** An earlier folder name of a page: /<from>/ now leads to /<to>/. */
export interface PageRedirect {
  from: string;
  to: string;
  title: string;
  /** Old anchors of the old page whose question is not at the same anchor of the new page. */
  moved: MovedAnchor[];
}

export interface EarlierAddresses {
  /** Per live page slug. */
  pages: Map<string, PageEarlierAddresses>;
  redirects: PageRedirect[];
  problems: Problem[];
}

/** `gammal-slug` or `gammal-sida/gammal-slug` as the page and anchor it names. */
export function splitEarlierAnchor(entry: string, ownPage: string) {
  const slash = entry.indexOf("/");
  return slash === -1
    ? { page: ownPage, anchor: entry }
    : { page: entry.slice(0, slash), anchor: entry.slice(slash + 1) };
}

/** The search a removed question's address offers: its anchor's words. */
export function removedSearchUrl(anchor: string): string {
  return `/sok/?q=${encodeURIComponent(anchor.replace(/-/g, " ")).replace(/%20/g, "+")}`;
}

const questionUrl = (page: string, slug: string) => `/${page}/#${slug}`;

/** Reads a file's text for the line of a field; a problem without a line is still a problem. */
function readSource(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/**
 * What earlierAddresses reads of a page (everything but the answers and dates): while it stays the
 * same, a save cannot change the earlier addresses, and the preview keeps them.
 */
export function earlierSignature(page: FaqPage): string {
  return JSON.stringify([
    page.slug,
    page.file,
    page.title,
    page.tidigare,
    page.borttagna,
    page.sections.map((section) => [
      section.id,
      section.questions.map((q) => [q.slug, q.file, q.question, q.tidigare]),
    ]),
  ]);
}

interface Claim {
  question: Question;
  page: FaqPage;
  field: string;
}

/**
 * Resolves every `tidigare` and `borttagna` of `pages` and checks them: an earlier anchor or
 * folder that is still live, that names itself, or that two claim; a removed anchor still live or
 * also claimed. `staticPages` are the site's other addresses (/sok/), which no page may take over.
 */
export function earlierAddresses(
  pages: FaqPage[],
  staticPages: string[] = [],
  source: (file: string) => string = readSource,
): EarlierAddresses {
  const found: Problem[] = [];
  const bySlug = new Map(pages.map((page) => [page.slug, page]));
  // Anchors a page has now: its sections and questions, and the file that owns each.
  const liveAnchors = new Map(
    pages.map((page) => {
      const anchors = new Map<string, string>();
      for (const section of page.sections) {
        anchors.set(section.id, page.file);
        for (const q of section.questions) anchors.set(q.slug, q.file);
      }
      return [page.slug, anchors];
    }),
  );

  // Pages: earlier folder names.
  const redirectTo = new Map<string, FaqPage>();
  const statics = new Set(staticPages.map((url) => url.replace(/^\/|\/$/g, "")));
  for (const page of pages) {
    (page.tidigare ?? []).forEach((name, index) => {
      const place = { file: page.file, field: `tidigare[${index}]`, name };
      const live = bySlug.get(name);
      const first = redirectTo.get(name);
      if (name === page.slug) found.push(problem("earlier-page-self", place));
      else if (live) found.push(problem("earlier-page-live", { ...place, other: live.file }));
      else if (statics.has(name))
        found.push(problem("earlier-page-live", { ...place, other: `/${name}/` }));
      else if (first) found.push(problem("earlier-page-twice", { ...place, other: first.file }));
      else redirectTo.set(name, page);
    });
  }
  // An old page's anchors live on at the page it became.
  const resolvePage = (name: string) => (bySlug.has(name) ? name : redirectTo.get(name)?.slug);

  // Questions: earlier anchors, keyed by the page they lead to now (a renamed page's anchors
  // arrive at the page it became) and the anchor.
  const claims = new Map<string, Claim & { oldPage: string }>();
  for (const page of pages) {
    for (const question of page.sections.flatMap((s) => s.questions)) {
      (question.tidigare ?? []).forEach((entry, index) => {
        const old = splitEarlierAnchor(entry, page.slug);
        const place = { file: question.file, field: `tidigare[${index}]`, entry };
        const lands = resolvePage(old.page) ?? old.page;
        const key = `${lands}/${old.anchor}`;
        const liveOwner = liveAnchors.get(lands)?.get(old.anchor);
        const first = claims.get(key);
        if (lands === page.slug && old.anchor === question.slug)
          found.push(problem("earlier-anchor-self", place));
        else if (!bySlug.has(lands))
          found.push(problem("earlier-anchor-no-page", { ...place, page: old.page }));
        else if (liveOwner)
          found.push(
            problem("earlier-anchor-live", { ...place, url: `/${lands}/`, other: liveOwner }),
          );
        else if (first)
          found.push(problem("earlier-anchor-twice", { ...place, other: first.question.file }));
        else claims.set(key, { question, page, field: place.field, oldPage: old.page });
      });
    }
  }

  const result = new Map<string, PageEarlierAddresses>(
    pages.map((page) => [page.slug, { aliases: {}, moved: [], removed: [] }]),
  );
  const redirects: PageRedirect[] = [...redirectTo].map(([from, page]) => ({
    from,
    to: page.slug,
    title: page.title,
    moved: [],
  }));
  const redirectOf = new Map(redirects.map((r) => [r.from, r]));

  // Removed anchors: declared on the page they were on (or the page it became).
  for (const page of pages) {
    (page.borttagna ?? []).forEach((anchor, index) => {
      const place = { file: page.file, field: `borttagna[${index}]`, anchor };
      const liveOwner = liveAnchors.get(page.slug)?.get(anchor);
      const claim = claims.get(`${page.slug}/${anchor}`);
      if (liveOwner) found.push(problem("removed-live", { ...place, other: liveOwner }));
      else if (claim)
        found.push(problem("removed-and-earlier", { ...place, other: claim.question.file }));
      else result.get(page.slug)?.removed.push({ anchor, searchUrl: removedSearchUrl(anchor) });
    });
  }

  // Each claimed old anchor, where a citizen arrives with it: on the question's own page the
  // question answers to the old id; elsewhere the page the address lands on sends the citizen on,
  // and a renamed page's redirect page does so before it even gets there.
  for (const [key, { question, page, oldPage }] of claims) {
    const lands = key.slice(0, key.indexOf("/"));
    const anchor = key.slice(lands.length + 1);
    if (lands === page.slug) {
      const own = result.get(page.slug);
      if (own) own.aliases[question.slug] = [...(own.aliases[question.slug] ?? []), anchor];
      continue;
    }
    const moved = {
      anchor,
      url: questionUrl(page.slug, question.slug),
      question: question.question,
    };
    result.get(lands)?.moved.push(moved);
    if (oldPage !== lands) redirectOf.get(oldPage)?.moved.push(moved);
  }
  const byAnchor = (a: { anchor: string }, b: { anchor: string }) =>
    a.anchor < b.anchor ? -1 : a.anchor > b.anchor ? 1 : 0;
  for (const entry of result.values()) entry.moved.sort(byAnchor);
  for (const redirect of redirects) redirect.moved.sort(byAnchor);

  const problems = withLines(found, source);
  return {
    pages: result,
    redirects: redirects.sort((a, b) => (a.from < b.from ? -1 : 1)),
    problems,
  };
}

/** Gives each problem the line of its field, reading each file once. */
function withLines(problems: Problem[], source: (file: string) => string): Problem[] {
  const sources = new Map<string, string>();
  return problems.map((p) => {
    const text = sources.get(p.file) ?? source(p.file);
    sources.set(p.file, text);
    return withFieldLines([p], text)[0] ?? p;
  });
}
