// nginx releases side by side: each build in releases/<id>/ with the kept earlier deploys' hashed
// files linked in, `current` switched to it atomically, and releases no longer kept removed.
import { cp, lstat, readdir, readlink, rename, rm, symlink } from "node:fs/promises";
import path from "node:path";
import { carryOver } from "./carry-over.ts";
import { deployIdOf, hashedFilesOf, type RetentionPolicy } from "./deploy-manifest.ts";
import { folderSite } from "./earlier-site.ts";

export interface ReleaseOptions {
  /** The folder holding releases/ and current (nginx's root is <base>/current). */
  base: string;
  /** The new build to publish (dist/); it is copied, not moved. */
  site: string;
  now: Date;
  id?: string;
  policy?: RetentionPolicy;
  log?: (line: string) => void;
}

export interface ReleaseResult {
  id: string;
  /** Release folders removed because no kept deploy is theirs. */
  removed: string[];
}

/** The release folder name `current` points at, or null when there is no `current` yet. */
export async function currentRelease(base: string): Promise<string | null> {
  const link = path.join(base, "current");
  const info = await lstat(link).catch(() => null);
  if (!info) return null;
  if (!info.isSymbolicLink()) {
    throw new Error(
      `${link} is not a symbolic link: move that folder to ${path.join(base, "releases", "<name>")} and link current to it once by hand`,
    );
  }
  return path.basename(await readlink(link));
}

/**
 * Points `<base>/current` at releases/<id> with one rename(2) of a new symlink over the old one,
 * so nginx finds either the old release or the new one, never no release at all.
 */
export async function switchCurrent(base: string, id: string): Promise<void> {
  const next = path.join(base, `.current-${process.pid}`);
  await rm(next, { force: true });
  // Relative, so the whole base folder can be moved or mounted elsewhere.
  await symlink(path.join("releases", id), next);
  await rename(next, path.join(base, "current"));
}

export async function publishRelease(options: ReleaseOptions): Promise<ReleaseResult> {
  const { base, site, now, policy, log = () => {} } = options;
  const releases = path.join(base, "releases");
  const id = options.id ?? deployIdOf(await hashedFilesOf(site));
  const live = await currentRelease(base);
  if (live === id) throw new Error(`release ${id} is live already: nothing to publish`);

  // Copied beside the releases under a dot name, so a half-copied release is never a release.
  const staging = path.join(releases, `.staging-${id}-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await cp(site, staging, { recursive: true });
  const { manifest } = await carryOver({
    site: staging,
    // Linked from the live release: every release shares one copy of each kept file on disk.
    earlier: live ? folderSite(path.join(releases, live), true) : null,
    now,
    id,
    policy,
    log,
  });
  const target = path.join(releases, id);
  await rm(target, { recursive: true, force: true });
  await rename(staging, target);
  await switchCurrent(base, id);
  log(`release: current -> releases/${id}`);

  // The kept deploys' releases stay for a rollback (switchCurrent to one of them); others go,
  // with any staging folder a crashed run left behind.
  const keep = new Set(manifest.deploys.map((deploy) => deploy.id));
  const removed: string[] = [];
  for (const name of await readdir(releases)) {
    if (keep.has(name) || name === id) continue;
    await rm(path.join(releases, name), { recursive: true, force: true });
    removed.push(name);
  }
  if (removed.length) log(`release: removed ${removed.join(", ")}`);
  return { id, removed: removed.sort() };
}
