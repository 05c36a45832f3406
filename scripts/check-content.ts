// `npm run check:content`: validates content/ (or CONTENT_DIR) without building anything; prints
// every problem on its own line, in Swedish, then the guide's sections that explain them, and
// exits non-zero when there is any.
import path from "node:path";
import { buildConfigFrom } from "../src/config/config.ts";
import { contentWarnings, todayInSweden } from "../src/content/content-warnings.ts";
import { loadContent } from "../src/content/load-content.ts";
import { guideReferences } from "../src/content/messages.ts";
import { formatProblem } from "../src/content/problems.ts";

const config = buildConfigFrom(process.env);
const contentDir = config.contentDir;
const started = performance.now();
const content = await loadContent(contentDir, config.site.staticPages);
const seconds = ((performance.now() - started) / 1000).toFixed(2).replace(".", ",");
const questions = content.pages.flatMap((page) => page.sections.flatMap((s) => s.questions));
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

if (content.problems.length > 0) {
  console.error(`${contentDir}/ har ${count(content.problems.length, "fel", "fel")} att rätta:`);
  for (const problem of content.problems) console.error(formatProblem(problem));
  const guide = path.join(contentDir, "README.md").split(path.sep).join("/");
  console.error(
    `\nSå gör du rätt, i guiden:\n${guideReferences(content.problems, guide)
      .map((l) => `  ${l}`)
      .join("\n")}`,
  );
  process.exitCode = 1;
} else {
  const warnings = contentWarnings(content, { today: process.env.TODAY ?? todayInSweden() });
  const advice =
    warnings.length > 0
      ? `; ${count(warnings.length, "varning", "varningar")}: npm run report:content`
      : "";
  console.log(
    `${contentDir}/ är rätt: ${count(content.pages.length, "sida", "sidor")}, ${count(questions.length, "fråga", "frågor")}, kontrollerat på ${seconds} s${advice}`,
  );
}
