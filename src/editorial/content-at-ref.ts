// Copies the content folder as it was at a git ref into a temporary folder, so that version can be
// loaded and compared with the working tree.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export interface ContentAtRef {
  /** The content folder's path in the repository, as git names it (content). */
  gitPath: string;
  /** The old content folder, or null when the ref has no such folder. */
  folder: string | null;
  /** Deletes the temporary copy. */
  remove(): Promise<void>;
}

/** A mistake in how the command was called; its message says what to do. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Git's output, or null when it fails; `failure` then holds the first line git gave as reason. */
function git(cwd: string, args: string[], failure?: { reason: string }): string | null {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
      .toString()
      .trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "");
    if (failure) failure.reason = stderr.trim().split("\n")[0] ?? "";
    return null;
  }
}

/** The content folder `contentDir` (of the working tree) as it was at `ref`. */
export async function contentAtRef(contentDir: string, ref: string): Promise<ContentAtRef> {
  const folder = path.resolve(contentDir);
  if (!existsSync(folder))
    throw new UsageError(`${contentDir} does not exist: set CONTENT_DIR to the content folder`);
  const failure = { reason: "" };
  const top = git(folder, ["rev-parse", "--show-toplevel"], failure);
  if (top === null)
    throw new UsageError(
      `git cannot read the repository of ${contentDir} (${failure.reason}): run this in a clone of the project`,
    );
  // A ref starting with "-" would be read as an option.
  const commit = ref.startsWith("-")
    ? null
    : git(folder, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if (commit === null)
    throw new UsageError(
      `"${ref}" is not a branch, tag or commit of this repository: name one that exists (git branch -a lists them), or fetch it first (git fetch origin main)`,
    );
  const prefix = (git(folder, ["rev-parse", "--show-prefix"]) ?? "").replace(/\/$/, "");
  if (prefix !== "" && git(top, ["cat-file", "-e", `${commit}:${prefix}`]) === null)
    return { gitPath: prefix, folder: null, remove: async () => {} };

  const copy = await mkdtemp(path.join(tmpdir(), "fk-content-at-ref-"));
  const remove = () => rm(copy, { recursive: true, force: true });
  try {
    const archive = path.join(copy, ".content-at-ref.tar");
    execFileSync(
      "git",
      ["archive", "--format=tar", `--output=${archive}`, commit, "--", prefix || "."],
      {
        cwd: top,
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    execFileSync("tar", ["-xf", archive, "-C", copy], { stdio: ["ignore", "ignore", "pipe"] });
    await rm(archive);
  } catch (error) {
    await remove();
    throw error;
  }
  return { gitPath: prefix, folder: path.join(copy, prefix), remove };
}

/**
 * The ref to compare a local change with when none is given: the merge base of HEAD and
 * origin/main, or null (with the reason) when the content is not in a git clone with origin/main.
 */
export function defaultContentBase(contentDir: string): { ref: string } | { reason: string } {
  const folder = path.resolve(contentDir);
  if (!existsSync(folder) || git(folder, ["rev-parse", "--show-toplevel"]) === null)
    return { reason: `${contentDir} är inte i ett git-repository` };
  if (git(folder, ["rev-parse", "--verify", "--quiet", "origin/main^{commit}"]) === null)
    return { reason: "origin/main finns inte här (hämta den med git fetch origin main)" };
  const base = git(folder, ["merge-base", "HEAD", "origin/main"]);
  return base ? { ref: base } : { reason: "HEAD och origin/main har ingen gemensam historia" };
}
