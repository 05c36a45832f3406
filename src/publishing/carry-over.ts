// The carry-over: after a build, merges into it the content-hashed files that the kept earlier
// deploys' pages may still ask for, and writes the manifest of deploys (issue 21).
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  type Deploy,
  type DeployManifest,
  deployIdOf,
  filesToCarry,
  hashedFilesOf,
  keptDeploys,
  manifestName,
  parseManifest,
  type RetentionPolicy,
  renderManifest,
  retention,
} from "./deploy-manifest.ts";
import type { EarlierSite } from "./earlier-site.ts";

export interface CarryOverOptions {
  /** The new build, written to in place. */
  site: string;
  /** The site that is live now; null on a first deploy. */
  earlier: EarlierSite | null;
  /** The new deploy's time (the same `now` gives the same output). */
  now: Date;
  /** The new deploy's id; by default a hash of its hashed files. */
  id?: string;
  policy?: RetentionPolicy;
  log?: (line: string) => void;
}

export interface CarryOverResult {
  manifest: DeployManifest;
  /** Files copied or downloaded into the site. */
  carried: string[];
  /** Their bytes: what the kept files add to this deploy. */
  carriedBytes: number;
  /** Files a kept deploy lists that the earlier site did not have (dropped from the manifest). */
  missing: string[];
  /** Ids of the earlier deploys no longer kept. */
  pruned: string[];
}

const parallel = 8;

async function earlierDeploys(
  earlier: EarlierSite | null,
  log: (line: string) => void,
): Promise<Deploy[]> {
  if (!earlier) {
    log("carry-over: no earlier site given: this is the first deploy, nothing to carry");
    return [];
  }
  const text = await earlier.manifestText(manifestName);
  if (text === null) {
    log(`carry-over: ${earlier.label} has no ${manifestName}: treated as the first deploy`);
    return [];
  }
  const parsed = parseManifest(text);
  if ("problem" in parsed) {
    log(
      `carry-over: ${earlier.label.replace(/\/?$/, "/")}${manifestName} is not a manifest of deploys (${parsed.problem}): treated as the first deploy`,
    );
    return [];
  }
  return parsed.deploys;
}

/** Runs `work` over `items`, `parallel` at a time (downloads would otherwise go one by one). */
async function forEachLimited<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}

/**
 * The build's own hashed files. A site the carry-over already ran on holds earlier deploys' files
 * too: its own manifest names them, so a second run gives the same result as the first.
 */
async function ownFilesOf(site: string): Promise<string[]> {
  const files = await hashedFilesOf(site);
  const text = await readFile(path.join(site, manifestName), "utf8").catch(() => null);
  const parsed = text === null ? null : parseManifest(text);
  if (!parsed || "problem" in parsed) return files;
  const carried = new Set(filesToCarry(parsed.deploys));
  return files.filter((file) => !carried.has(file));
}

export async function carryOver(options: CarryOverOptions): Promise<CarryOverResult> {
  const { site, earlier, now, policy = retention, log = () => {} } = options;
  const ownFiles = await ownFilesOf(site);
  const current: Deploy = {
    id: options.id ?? deployIdOf(ownFiles),
    time: now.toISOString(),
    files: ownFiles,
  };
  // The same id again (a re-run, or a rollback to an earlier build) is one deploy, now live.
  const previous = (await earlierDeploys(earlier, log)).filter((d) => d.id !== current.id);
  const kept = keptDeploys([current, ...previous], now, policy);
  const pruned = previous.filter((deploy) => !kept.includes(deploy)).map((deploy) => deploy.id);

  const carried: string[] = [];
  const missing = new Set<string>();
  let carriedBytes = 0;
  await forEachLimited(filesToCarry(kept), async (relative) => {
    const target = path.join(site, relative);
    // Already there from an earlier run of this same carry-over: hashed, so the same bytes.
    if (await stat(target).catch(() => null)) return;
    if (!earlier || !(await earlier.fetchFile(relative, target))) {
      missing.add(relative);
      return;
    }
    carried.push(relative);
    // Read before adding: `total += await x` would add to the total as it was before the await.
    const { size } = await stat(target);
    carriedBytes += size;
  });
  if (missing.size > 0) {
    log(
      `carry-over: ${missing.size} file(s) listed for kept deploys are missing from ${earlier?.label}, left out: ${[...missing].slice(0, 5).join(", ")}${missing.size > 5 ? ", …" : ""}`,
    );
  }
  const manifest: DeployManifest = {
    version: 1,
    deploys: kept.map((deploy, index) =>
      index === 0 ? deploy : { ...deploy, files: deploy.files.filter((f) => !missing.has(f)) },
    ),
  };
  await writeFile(path.join(site, manifestName), renderManifest(manifest));
  carried.sort();
  return { manifest, carried, carriedBytes, missing: [...missing].sort(), pruned };
}
