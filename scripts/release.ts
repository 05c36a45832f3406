// `npm run release -- --base /var/www/fk-faq [--site dist] [--id ID] [--now ISO]`: publishes a
// build as an nginx release beside the earlier ones and switches `current` to it (issue 21).
import { parseArgs } from "node:util";
import { publishRelease } from "../src/publishing/releases.ts";

const usage =
  "usage: npm run release -- --base /var/www/fk-faq [--site dist] [--id <deploy id>] [--now 2026-12-05T10:00:00Z]";

function fail(message: string): never {
  console.error(`release: ${message}\n${usage}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        base: { type: "string" },
        site: { type: "string" },
        id: { type: "string" },
        now: { type: "string" },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

if (!values.base) fail("--base is missing: the folder that holds releases/ and current");
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) fail(`--now ${values.now} is not an ISO date and time`);
if (values.id !== undefined && !/^[A-Za-z0-9._-]{1,80}$/.test(values.id)) {
  fail(`--id ${values.id}: use letters, digits, ".", "_" and "-" (at most 80)`);
}

try {
  const { id } = await publishRelease({
    base: values.base,
    site: values.site ?? process.env.OUTPUT_DIR ?? "dist",
    now,
    id: values.id,
    log: (line) => console.log(line),
  });
  console.log(
    `release: ${id} is live; run \`nginx -t && nginx -s reload\` only if nginx.conf changed`,
  );
} catch (error) {
  console.error(`release: ${(error as Error).message}`);
  process.exit(1);
}
