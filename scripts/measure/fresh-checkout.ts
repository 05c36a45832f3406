// A fresh clone's view of the project for timing a first build: a temporary folder linking each of
// the project's own entries but not its build caches (.cache/) or outputs, so that a command run
// there starts, as CI's first build of a branch does, with nothing compiled, parsed or compressed.
import { mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** What a fresh clone does not have: the caches, the site and the reports a build leaves. */
const leftOut = /^(\.cache|dist|dist\..*|\.dist-.*|reports|test-results|playwright-report)$/;

export interface FreshCheckout {
  dir: string;
  remove: () => Promise<void>;
}

/** Links `project`'s entries (default: the working folder) into a new temporary folder. */
export async function freshCheckout(project: string = process.cwd()): Promise<FreshCheckout> {
  const dir = await mkdtemp(path.join(tmpdir(), "fk-fresh-checkout-"));
  const entries = await readdir(project);
  await Promise.all(
    entries
      .filter((name) => !leftOut.test(name))
      .map((name) => symlink(path.join(project, name), path.join(dir, name))),
  );
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
