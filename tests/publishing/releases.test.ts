// nginx releases: each build beside the earlier ones, `current` switched by one rename, never
// missing for a reader, and the releases no kept deploy needs removed.
import assert from "node:assert/strict";
import {
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { Worker } from "node:worker_threads";
import { currentRelease, publishRelease, switchCurrent } from "../../src/publishing/releases.ts";

const day = 24 * 60 * 60 * 1000;
const start = new Date("2026-12-01T08:00:00Z");

async function fakeBuild(folder: string, version: number): Promise<void> {
  const files: Record<string, string> = {
    "index.html": `<link href="/assets/site.${version}.css">`,
    [`assets/site.${version}.css`]: `body{--v:${version}}`,
    [`pagefind/b${version}/pagefind.js`]: `// ${version}`,
  };
  for (const [file, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), body);
  }
}

describe("publishRelease", () => {
  let work = "";
  const base = () => path.join(work, "www");

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-releases-"));
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  async function release(version: number, gap = day) {
    const site = path.join(work, `dist-${version}`);
    await fakeBuild(site, version);
    return publishRelease({
      base: base(),
      site,
      id: `r${version}`,
      now: new Date(start.getTime() + version * gap),
    });
  }

  it("puts the build in releases/<id>/ and points current at it, keeping the earlier files", async () => {
    await release(0);
    assert.equal(await currentRelease(base()), "r0");
    await release(1);
    assert.equal(await readlink(path.join(base(), "current")), path.join("releases", "r1"));
    assert.ok((await lstat(path.join(base(), "current"))).isSymbolicLink());
    const served = path.join(base(), "current");
    assert.equal(
      await readFile(path.join(served, "index.html"), "utf8"),
      '<link href="/assets/site.1.css">',
    );
    // The page of release r0, still open in a browser, finds its stylesheet and bundle in r1.
    assert.equal(await readFile(path.join(served, "assets/site.0.css"), "utf8"), "body{--v:0}");
    assert.ok(await stat(path.join(served, "pagefind/b0/pagefind.js")));
    // Linked, not copied: one copy on disk for every release that serves it.
    const [inOld, inNew] = await Promise.all([
      stat(path.join(base(), "releases/r0/assets/site.0.css")),
      stat(path.join(served, "assets/site.0.css")),
    ]);
    assert.equal(inNew.ino, inOld.ino);
  });

  it("removes the releases of deploys no longer kept, and only those", async () => {
    for (let version = 0; version < 13; version++) await release(version, 8 * day);
    const names = (await readdir(path.join(base(), "releases"))).sort();
    assert.deepEqual(names, ["r10", "r11", "r12", "r3", "r4", "r5", "r6", "r7", "r8", "r9"]);
    const served = new Set(await readdir(path.join(base(), "current/assets")));
    assert.ok(served.has("site.3.css") && !served.has("site.2.css"));
  });

  it("refuses to publish the release that is live, and leaves it serving", async () => {
    await release(0);
    await assert.rejects(release(0), /release r0 is live already/);
    assert.equal(await currentRelease(base()), "r0");
    assert.ok(await stat(path.join(base(), "current/index.html")));
  });

  it("says what to do when current is a folder rather than a link", async () => {
    await mkdir(path.join(base(), "current"), { recursive: true });
    await assert.rejects(release(0), /current is not a symbolic link: move that folder/);
  });
});

describe("switchCurrent", () => {
  let work = "";
  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-switch-"));
    for (const id of ["a", "b"]) {
      await mkdir(path.join(work, "releases", id), { recursive: true });
      await writeFile(path.join(work, "releases", id, "index.html"), id);
    }
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it("never leaves a moment without current for a reader in another thread", async () => {
    await switchCurrent(work, "a");
    // A reader that opens current/index.html as fast as it can, as nginx would, counting misses.
    const reader = new Worker(
      `const { readFileSync } = require("node:fs");
       const { parentPort, workerData } = require("node:worker_threads");
       let reads = 0, misses = 0, stop = false;
       parentPort.on("message", () => { stop = true; });
       (function loop() {
         for (let i = 0; i < 200; i++) {
           try { readFileSync(workerData); reads++; } catch { misses++; }
         }
         if (stop) parentPort.postMessage({ reads, misses }); else setImmediate(loop);
       })();`,
      { eval: true, workerData: path.join(work, "current", "index.html") },
    );
    for (let switches = 0; switches < 400; switches++) {
      await switchCurrent(work, switches % 2 ? "a" : "b");
    }
    const counts = await new Promise<{ reads: number; misses: number }>((resolve) => {
      reader.once("message", resolve);
      reader.postMessage("stop");
    });
    await reader.terminate();
    assert.ok(counts.reads > 0);
    assert.equal(counts.misses, 0);
    assert.deepEqual((await readdir(work)).sort(), ["current", "releases"]);
  });
});
