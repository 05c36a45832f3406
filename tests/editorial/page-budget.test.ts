// The page budget in an editor's words: a page over DESIGN.md's 14 kB (compressed) is a Swedish
// problem on its index.md naming its longest answers; a page within it, or not built, is none.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import { staticPages } from "../../src/config/config.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { pageBudgetBytes, pageBudgetProblems } from "../../src/editorial/page-budget.ts";

const { pages } = await loadContent(fixtureContentDir, staticPages);
const page = pages[0];
if (!page) throw new Error(`${fixtureContentDir} has no page`);
const answers = page.sections.flatMap((s) => s.questions);
const longest = [...answers].sort(
  (a, b) => Buffer.byteLength(b.answerHtml) - Buffer.byteLength(a.answerHtml),
)[0];

describe("pageBudgetProblems", () => {
  it("is a problem on the page's index.md, in Swedish, naming the size and the longest answers", () => {
    const problems = pageBudgetProblems(pages, () => 15_250);
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem?.file, page.file);
    assert.equal(problem?.code, "page-over-budget");
    const line = formatProblem(problem ?? assert.fail());
    assert.ok(
      line.startsWith(`${page.file}: Sidan ${page.url} är 15,3 kB komprimerad, mer än de 14 kB`),
      line,
    );
    assert.ok(line.includes(`${longest?.file} (`), `names the longest answer: ${line}`);
    assert.equal(line.match(/kB okomprimerat/g)?.length, Math.min(3, answers.length));
  });

  it("is nothing for a page at the budget, or one the build did not write", () => {
    assert.deepEqual(
      pageBudgetProblems(pages, () => pageBudgetBytes),
      [],
    );
    assert.deepEqual(
      pageBudgetProblems(pages, () => undefined),
      [],
    );
  });
});
