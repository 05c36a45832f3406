// Decides which tests a CI run needs from the files it changed: "content" (only the content's own
// files under content/, the fast verdict for an editor's change) or "full" (everything npm test
// runs). Plain JavaScript with no dependencies, so CI runs it before npm ci.
import { execFileSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/**
 * The content's own file types: Markdown answers and pages, their YAML data (kontakt.yml,
 * sokord.yml) and the spelling word list. Anything else under content/ (a .js, .njk, .scss, .ts …)
 * is code placed there, and code is tested in full.
 */
const contentFile = /^content\/(?:[^/]+\/)*[^/]+\.(?:md|ya?ml|txt)$/;

/**
 * "content" when every changed path is a content file, else "full". No changed paths (an empty
 * diff, or one that could not be read) is "full": a run that cannot tell runs everything.
 * @param {readonly string[]} paths changed paths, relative to the repository's root
 * @returns {"content" | "full"}
 */
export function scopeOf(paths) {
  const changed = paths.map((p) => p.trim()).filter(Boolean);
  if (changed.length === 0) return "full";
  return changed.every((p) => contentFile.test(p)) ? "content" : "full";
}

/**
 * The changed paths that are not content files: why a run is "full".
 * @param {readonly string[]} paths
 * @returns {string[]}
 */
export function codePaths(paths) {
  return paths.map((p) => p.trim()).filter((p) => p && !contentFile.test(p));
}

/**
 * The paths a pull request changes since it left its base. --no-renames lists a moved file under
 * both names, so moving code into content/ (or a content file out of it) still counts as code.
 * @param {string} baseSha
 * @returns {string[]}
 */
export function changedSince(baseSha) {
  const out = execFileSync("git", ["diff", "--name-only", "--no-renames", `${baseSha}...HEAD`], {
    encoding: "utf8",
  });
  return out.split("\n").filter(Boolean);
}

/**
 * The CLI: EVENT_NAME and BASE_SHA from the workflow. Only a pull request can be "content"; a push
 * to main or a manual run tests everything. Writes scope=<scope> to $GITHUB_OUTPUT and the reason
 * to $GITHUB_STEP_SUMMARY when they are set, and always to stdout.
 */
function main() {
  const { EVENT_NAME, BASE_SHA, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY } = process.env;
  const paths = EVENT_NAME === "pull_request" && BASE_SHA ? changedSince(BASE_SHA) : [];
  const scope = scopeOf(paths);
  const code = codePaths(paths);
  const reason =
    scope === "content"
      ? `Only content changed (${paths.length} files): the content checks run.`
      : paths.length === 0
        ? `Not a pull request's diff (${EVENT_NAME ?? "no event"}): every test runs.`
        : `Code changed, every test runs: ${code.slice(0, 10).join(", ")}${code.length > 10 ? " …" : ""}`;
  if (GITHUB_OUTPUT) appendFileSync(GITHUB_OUTPUT, `scope=${scope}\n`);
  if (GITHUB_STEP_SUMMARY) appendFileSync(GITHUB_STEP_SUMMARY, `${reason}\n`);
  process.stdout.write(`scope=${scope}\n${reason}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
