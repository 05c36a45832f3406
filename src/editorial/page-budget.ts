// The page budget in an editor's words: a FAQ page whose HTML and CSS, compressed as the server
// sends them, exceed DESIGN.md's 14 kB is a problem on the page's index.md that names its longest
// answers, so a content change that outgrows the budget fails with what to shorten (issue 22).
import { problem } from "../content/messages.ts";
import type { Problem } from "../content/problems.ts";
import type { FaqPage } from "../content/schema.ts";

/** DESIGN.md: a FAQ page's HTML + CSS, compressed, fits in one TCP round trip. */
export const pageBudgetBytes = 14_000;

/** How many of a page's longest answers the message names. */
const namedAnswers = 3;

/** Bytes as an editor reads them: kilobytes with a decimal comma ("14,3"). */
const kilobytes = (bytes: number) => (bytes / 1000).toFixed(1).replace(".", ",");

/**
 * One problem per page over the budget. `compressedBytes` gives a page's HTML + CSS as sent
 * (brotli), or undefined for a page the build did not write (the build's own checks catch that).
 */
export function pageBudgetProblems(
  pages: readonly FaqPage[],
  compressedBytes: (page: FaqPage) => number | undefined,
  budget = pageBudgetBytes,
): Problem[] {
  return pages.flatMap((page) => {
    const bytes = compressedBytes(page);
    if (bytes === undefined || bytes <= budget) return [];
    const largest = page.sections
      .flatMap((section) => section.questions)
      .map((q) => ({ file: q.file, bytes: Buffer.byteLength(q.answerHtml) }))
      .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file))
      .slice(0, namedAnswers)
      .map(({ file, bytes }) => `${file} (${kilobytes(bytes)} kB okomprimerat)`);
    return [
      problem("page-over-budget", {
        file: page.file,
        page: page.url,
        kb: kilobytes(bytes),
        max: budget / 1000,
        largest,
      }),
    ];
  });
}
