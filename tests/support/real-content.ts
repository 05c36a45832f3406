// The real content, for the checks that hold for any content: they derive what they check from it
// at test time and never name a question, count, date or slug of it.

import { staticPages } from "../../src/config/config.ts";
import { loadContent } from "../../src/content/load-content.ts";
import type { FaqPage, Question } from "../../src/content/schema.ts";

/** The folder `npm run build` read: CONTENT_DIR, or content/. */
export const realContentDir = process.env.CONTENT_DIR ?? "content";

export interface PlacedQuestion {
  page: FaqPage;
  question: Question;
  /** Where the question is published: /<page>/#<question>. */
  url: string;
}

/** The real FAQ pages; throws when the content is invalid (the build would have failed). */
export async function realFaqPages(): Promise<FaqPage[]> {
  const { pages, problems } = await loadContent(realContentDir, staticPages);
  if (problems.length > 0) throw new Error(`${realContentDir} has ${problems.length} problem(s)`);
  return pages;
}

export function questionsOf(pages: FaqPage[]): PlacedQuestion[] {
  return pages.flatMap((page) =>
    page.sections.flatMap((section) =>
      section.questions.map((question) => ({
        page,
        question,
        url: `/${page.slug}/#${question.slug}`,
      })),
    ),
  );
}

/** Lower-case words of at least four letters, hyphenated words split. */
function wordsOf(text: string): string[] {
  return (text.toLocaleLowerCase("sv").match(/\p{L}{4,}/gu) ?? []).filter(
    (word, i, all) => all.indexOf(word) === i,
  );
}

/**
 * The word of each question's text that the fewest other questions share (the longest among
 * equals), so that searching it is a fair test that the question can be found.
 */
export function distinctiveWords(questions: PlacedQuestion[]): Map<PlacedQuestion, string> {
  const texts = questions.map((q) => q.question.question.toLocaleLowerCase("sv"));
  const sharedBy = (word: string) => texts.filter((text) => text.includes(word)).length;
  const chosen = new Map<PlacedQuestion, string>();
  for (const placed of questions) {
    const [best] = wordsOf(placed.question.question).sort(
      (a, b) => sharedBy(a) - sharedBy(b) || b.length - a.length || a.localeCompare(b),
    );
    chosen.set(placed, best ?? placed.question.question);
  }
  return chosen;
}
