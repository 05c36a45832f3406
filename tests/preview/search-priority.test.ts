// The preview's search indexing runs under `nice`: Pagefind's Node API starts the wrapper it is
// pointed at, and the wrapper starts the real binary at a lower priority.
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { getPriority, tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { lowerSearchPriority } from "../../src/preview/search-priority.ts";

describe("lowerSearchPriority", () => {
  let work = "";
  let wrapper: string | null = null;
  const saved = process.env.PAGEFIND_EXTENDED_BINARY_PATH;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-search-priority-"));
    wrapper = await lowerSearchPriority(work);
  });
  after(async () => {
    if (saved === undefined) delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    else process.env.PAGEFIND_EXTENDED_BINARY_PATH = saved;
    await rm(work, { recursive: true, force: true });
  });

  it("points Pagefind's Node API at a wrapper that runs the real binary", async () => {
    assert.ok(wrapper, "a wrapper on a machine with nice and Pagefind's binary");
    assert.equal(process.env.PAGEFIND_EXTENDED_BINARY_PATH, wrapper);
    const { stdout } = await promisify(execFile)(wrapper, ["--version"]);
    assert.match(stdout, /^pagefind \d+\.\d+\.\d+/);
  });

  it("starts Pagefind's service 10 steps nicer than the preview", async () => {
    const service = spawn(wrapper as string, ["--service"], {
      stdio: ["pipe", "ignore", "ignore"],
    });
    try {
      // The wrapper execs nice, which execs Pagefind: one process, named "pagefind-nice" (the
      // script, still at the preview's priority) until it is the binary, "pagefind" or
      // "pagefind_extend" (a name is cut at 15 characters). On a busy machine that takes a while.
      const binary = /\(pagefind(_extend)?\)/;
      let stat = "";
      for (let tries = 0; tries < 250 && !binary.test(stat); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        stat = await readFile(`/proc/${service.pid}/stat`, "utf8");
      }
      assert.match(stat, binary);
      // Field 19 of /proc/<pid>/stat is the nice value (fields after the command's closing paren).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      assert.equal(fields[16], String(Math.min(19, getPriority() + 10)));
    } finally {
      service.kill();
    }
  });
});
