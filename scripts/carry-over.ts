// `npm run carry-over -- --from <earlier site folder or URL> [--now ISO] [--id ID] [--site DIR]`:
// after `npm run build`, keeps earlier deploys' hashed files in the new site (issue 21).
import { parseArgs } from "node:util";
import { carryOver } from "../src/publishing/carry-over.ts";
import { earlierSiteFrom } from "../src/publishing/earlier-site.ts";

const usage =
  "usage: npm run carry-over -- --from <folder|https://site/> [--now 2026-12-05T10:00:00Z] [--id <deploy id>] [--site dist] [--link] [--first]";

function fail(message: string): never {
  console.error(`carry-over: ${message}\n${usage}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        from: { type: "string" },
        now: { type: "string" },
        id: { type: "string" },
        site: { type: "string" },
        // Hard links instead of copies: for an earlier release on the same disk (nginx).
        link: { type: "boolean", default: false },
        // Says on purpose that there is no earlier site, so a forgotten --from is not silent.
        first: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

if (!values.from && !values.first) fail("--from is missing (or say --first for a first deploy)");
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) fail(`--now ${values.now} is not an ISO date and time`);
if (values.id !== undefined && !/^[A-Za-z0-9._-]{1,80}$/.test(values.id)) {
  fail(`--id ${values.id}: use letters, digits, ".", "_" and "-" (at most 80)`);
}

const site = values.site ?? process.env.OUTPUT_DIR ?? "dist";
const started = performance.now();
try {
  const result = await carryOver({
    site,
    earlier: values.from ? earlierSiteFrom(values.from, { hardLinks: values.link }) : null,
    now,
    id: values.id,
    log: (line) => console.log(line),
  });
  const [current] = result.manifest.deploys;
  console.log(
    `carry-over: deploy ${current?.id} keeps ${result.manifest.deploys.length} deploy(s); ` +
      `${result.carried.length} earlier file(s) added (${(result.carriedBytes / 1024).toFixed(1)} kB)` +
      `${result.pruned.length ? `, pruned ${result.pruned.join(", ")}` : ""} ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`carry-over: ${(error as Error).message}`);
  process.exit(1);
}
