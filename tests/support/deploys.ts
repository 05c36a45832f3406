// Builds deploys of the fixture site the way merged pull requests make them (a content edit, a
// code edit) and publishes them into one served folder by a whole-folder rename, as GitHub Pages,
// Netlify and Cloudflare Pages replace a site: the deploy test's hosts (issue 21).
import { execFile } from "node:child_process";
import { cp, mkdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import { carryOver } from "../../src/publishing/carry-over.ts";
import { urlSite } from "../../src/publishing/earlier-site.ts";

const run = promisify(execFile);

/** The project's files a build reads: copied, so a deploy can carry a code edit of its own. */
const buildInputs = [
  "src",
  "scripts",
  "_includes",
  ".eleventy.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];

export interface DeployChanges {
  /** Edits a copy of the fixture content (an editor's pull request). */
  content?: (contentDir: string) => Promise<void>;
  /** Edits a copy of the project's code (a developer's pull request). */
  code?: (projectDir: string) => Promise<void>;
}

/** Builds one deploy under `workDir/<name>/` and returns its site folder. */
export async function buildDeploy(
  workDir: string,
  name: string,
  changes: DeployChanges = {},
): Promise<string> {
  const base = path.resolve(workDir, name);
  const project = path.join(base, "project");
  const contentDir = path.join(base, "content");
  const siteDir = path.join(base, "site");
  await rm(base, { recursive: true, force: true });
  await mkdir(project, { recursive: true });
  await Promise.all(
    buildInputs.map((input) => cp(input, path.join(project, input), { recursive: true })),
  );
  await symlink(path.resolve("node_modules"), path.join(project, "node_modules"), "dir");
  await cp(fixtureContentDir, contentDir, { recursive: true });
  await changes.content?.(contentDir);
  await changes.code?.(project);
  await run(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: project,
    env: { ...process.env, CONTENT_DIR: contentDir, OUTPUT_DIR: siteDir },
  });
  return siteDir;
}

/** Replaces the text `from` with `to` in a file, failing when `from` is not there. */
export async function replaceInFile(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  await writeFile(file, text.replace(from, to));
}

export interface PublishOptions {
  /**
   * Runs the carry-over first, as CI does before uploading: from the live site at this address,
   * or, with null, as a first deploy (which only writes the manifest of deploys).
   */
  keepFrom?: string | null;
  now?: Date;
}

/**
 * Publishes `siteDir` as the served folder `servedDir`: a copy is made beside it (with the
 * earlier deploys' hashed files carried in, as CI does before uploading), then renamed over it.
 */
export async function publish(
  siteDir: string,
  servedDir: string,
  { keepFrom, now = new Date() }: PublishOptions = {},
): Promise<void> {
  const incoming = `${servedDir}.incoming`;
  const outgoing = `${servedDir}.outgoing`;
  await rm(incoming, { recursive: true, force: true });
  await cp(siteDir, incoming, { recursive: true });
  if (keepFrom !== undefined) {
    await carryOver({ site: incoming, earlier: keepFrom ? urlSite(keepFrom) : null, now });
  }
  await rm(outgoing, { recursive: true, force: true });
  await rename(servedDir, outgoing).catch(() => {});
  await rename(incoming, servedDir);
  await rm(outgoing, { recursive: true, force: true });
}
