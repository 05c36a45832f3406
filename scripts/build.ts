// `npm run build`: builds the site from CONTENT_DIR (content/) into OUTPUT_DIR (dist/), swapping
// it in only when everything succeeded. Run by the preview as a child process, it also sends the
// outcome over IPC, so problems reach the preview as data.

import { buildConfigFrom } from "../src/config/config.ts";
import { withPlacement } from "../src/config/site-path.ts";
import { formatProblem } from "../src/content/problems.ts";
import { buildSite } from "../src/pipeline/build-site.ts";

// No top-level await: scripts/run-cached.mjs runs this as a CommonJS bundle.
async function main() {
  const config = withPlacement(buildConfigFrom(process.env), process.env);
  const outcome = await buildSite(config);
  if (!outcome.ok && "problems" in outcome) {
    const { problems } = outcome;
    console.error(
      `Content has ${problems.length} problem(s); nothing was built and ${config.outputDir}/ is unchanged:`,
    );
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  } else if (!outcome.ok) {
    console.error(`Build failed; ${config.outputDir}/ is unchanged.`);
    console.error(outcome.error);
  }
  process.send?.(outcome);
  process.exitCode = outcome.ok ? 0 : 1;
}

void main();
