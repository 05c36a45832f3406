// `npm run check:content`: validates content/ (or CONTENT_DIR) without building anything; prints
// every problem on its own line and exits non-zero when there is any.

import { buildConfigFrom } from "../src/config/config.ts";
import { contentWarnings } from "../src/content/content-warnings.ts";
import { loadContent } from "../src/content/load-content.ts";
import { formatProblem } from "../src/content/problems.ts";

const { contentDir, site, today } = buildConfigFrom(process.env);
const started = performance.now();
const content = await loadContent(contentDir, site.staticPages, { today });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const questions = content.pages.flatMap((page) => page.sections.flatMap((s) => s.questions));

if (content.problems.length > 0) {
  console.error(`${contentDir}/ has ${content.problems.length} problem(s) to fix:`);
  for (const problem of content.problems) console.error(formatProblem(problem));
  process.exitCode = 1;
} else {
  const warnings = contentWarnings(content, { today });
  const advice =
    warnings.length > 0 ? `; ${warnings.length} warning(s): npm run report:content` : "";
  console.log(
    `${contentDir}/ is valid: ${content.pages.length} page(s), ${questions.length} question(s), checked in ${seconds} s${advice}`,
  );
}
