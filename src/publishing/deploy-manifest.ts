// The manifest of deploys (dist/deploys.json): which content-hashed files each recent deploy's
// pages may ask for, and the retention rule that decides which of them a new deploy still serves.
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/** The file, at the site's root, that lists the deploys whose hashed files are still served. */
export const manifestName = "deploys.json";

const deploySchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,80}$/, "a short id of letters, digits, . _ -"),
  time: z.iso.datetime({ offset: true }),
  // Relative paths inside the site, never absolute or climbing out of it (a tampered manifest).
  files: z.array(z.string().regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[^\\\0]+$/, "a relative path")),
});

const manifestSchema = z.object({
  version: z.literal(1),
  /** Newest first: index 0 is the deploy that is live. */
  deploys: z.array(deploySchema),
});

export type Deploy = z.infer<typeof deploySchema>;
export type DeployManifest = z.infer<typeof manifestSchema>;

/** At least this many deploys and at least this long: whichever keeps more (DESIGN.md). */
export interface RetentionPolicy {
  deploys: number;
  days: number;
}

export const retention: RetentionPolicy = { deploys: 10, days: 7 };

const dayMs = 24 * 60 * 60 * 1000;

/** The manifest in `text`, or a one-line reason why it is not one. */
export function parseManifest(text: string): DeployManifest | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: `not JSON (${(error as Error).message})` };
  }
  const result = manifestSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return { problem: `${issue?.path.join(".") || "(root)"}: ${issue?.message}` };
}

/** Stable text: two carry-overs of the same deploys at the same `now` write the same bytes. */
export function renderManifest(manifest: DeployManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * The deploys a new deploy keeps serving, newest first. A deploy is kept while it is one of the
 * last `policy.deploys`, or while it stopped being live (the next deploy's time) less than
 * `policy.days` ago. Counting from when it was replaced rather than from when it was published
 * keeps every deploy the "published less than 7 days ago" rule keeps, and also a long-lived
 * deploy whose pages citizens loaded until a moment ago.
 */
export function keptDeploys(deploys: Deploy[], now: Date, policy = retention): Deploy[] {
  return deploys.filter((_, index) => {
    if (index < policy.deploys) return true;
    const replacedAt = Date.parse(deploys[index - 1]?.time ?? "");
    return now.getTime() - replacedAt < policy.days * dayMs;
  });
}

/** Every file the kept earlier deploys list that the new deploy does not have itself. */
export function filesToCarry(kept: Deploy[]): string[] {
  const [current, ...earlier] = kept;
  const own = new Set(current?.files ?? []);
  const wanted = new Set(earlier.flatMap((deploy) => deploy.files).filter((f) => !own.has(f)));
  return [...wanted].sort();
}

/**
 * Whether a site path is named by its content and may be carried: the build's assets and
 * everything in a Pagefind bundle folder (pagefind/<id>/...). Pagefind's files at the root of
 * pagefind/ are not: they keep their names from build to build.
 */
export function isHashedPath(relative: string): boolean {
  const parts = relative.split("/");
  if (parts[0] === "assets") return parts.length >= 2;
  return parts[0] === "pagefind" && parts.length >= 3;
}

async function filesUnder(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), {
    recursive: true,
    withFileTypes: true,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .map((relative) => relative.split(path.sep).join("/"));
}

/** The content-hashed files of a built site, with their .br and .gz copies, sorted. */
export async function hashedFilesOf(site: string): Promise<string[]> {
  const files = [...(await filesUnder(site, "assets")), ...(await filesUnder(site, "pagefind"))];
  return files.filter(isHashedPath).sort();
}

/** A deploy id named by the deploy's hashed files, for when the caller gives none. */
export function deployIdOf(files: string[]): string {
  return createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 12);
}
