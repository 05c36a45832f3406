// `npm run check:content [-- --spelling]`: validates content/ (or CONTENT_DIR) without building
// anything; prints every problem on its own line, in Swedish, then the guide's sections that
// explain them, and exits non-zero when there is any. With --spelling, the Swedish spelling of
// the questions and answers is checked too and counted with the warnings. Pages and question
// anchors of CONTENT_BASE (default: the merge base with origin/main) that no longer lead anywhere
// are problems too (issue 21).
import path from "node:path";
import { buildConfigFrom } from "../src/config/config.ts";
import { guideReferences } from "../src/content/messages.ts";
import { formatProblem } from "../src/content/problems.ts";
import { addressesAgainstRef } from "../src/editorial/address-check.ts";
import { defaultContentBase, UsageError } from "../src/editorial/content-at-ref.ts";
import { checkContent } from "../src/editorial/content-check.ts";

// No top-level await: scripts/run-cached.mjs runs this as a CommonJS bundle.
async function main() {
  const config = buildConfigFrom(process.env);
  const contentDir = config.contentDir;
  const inContent = (name: string) => path.join(contentDir, name).split(path.sep).join("/");
  const spelling = process.argv.includes("--spelling");
  const started = performance.now();
  const check = await checkContent(contentDir, {
    staticPages: config.site.staticPages,
    today: config.today,
    ...(spelling ? { spelling: { wordList: inContent("ordlista.txt") } } : {}),
  });
  // The addresses are compared only when the content itself is valid: a broken file would make
  // its page's anchors look gone.
  const base = config.contentBase ? { ref: config.contentBase } : defaultContentBase(contentDir);
  if (check.problems.length === 0 && "ref" in base) {
    try {
      check.problems.push(
        ...(await addressesAgainstRef(
          contentDir,
          base.ref,
          check.content,
          config.site.staticPages,
        )),
      );
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      console.error(`CONTENT_BASE: ${error.message}`);
      process.exitCode = 2;
      return;
    }
  } else if ("reason" in base) {
    console.log(
      `Adresserna jämförs inte med en tidigare version: ${base.reason}. Sätt CONTENT_BASE.`,
    );
  }
  const seconds = (value: number) => value.toFixed(2).replace(".", ",");
  const elapsed = seconds((performance.now() - started) / 1000);
  const { content, problems, warnings } = check;
  const questions = content.pages.flatMap((page) => page.sections.flatMap((s) => s.questions));
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

  if (problems.length > 0) {
    console.error(`${contentDir}/ har ${count(problems.length, "fel", "fel")} att rätta:`);
    for (const problem of problems) console.error(formatProblem(problem));
    const guide = guideReferences(problems, inContent("README.md"));
    console.error(`\nSå gör du rätt, i guiden:\n${guide.map((line) => `  ${line}`).join("\n")}`);
    process.exitCode = 1;
  } else {
    const advice =
      warnings.length > 0
        ? `; ${count(warnings.length, "varning", "varningar")}: npm run report:content`
        : "";
    const spellingTime =
      check.spellingSeconds === undefined
        ? ""
        : `, varav stavning ${seconds(check.spellingSeconds)} s`;
    console.log(
      `${contentDir}/ är rätt: ${count(content.pages.length, "sida", "sidor")}, ${count(questions.length, "fråga", "frågor")}, kontrollerat på ${elapsed} s${spellingTime}${advice}`,
    );
  }
}

void main();
