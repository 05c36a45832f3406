// A save in two steps (the file emptied, then written): the preview waits for the saved files to
// stand still before it shows their problems, and reads them again if they changed meanwhile; and
// it looks at a saved file once more, as chokidar drops a second change within 50 ms.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileSignatures, filesSettled, withSecondLook } from "../../src/preview/files-settled.ts";

describe("filesSettled", () => {
  let work = "";
  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-settled-"));
  });
  after(() => rm(work, { recursive: true, force: true }));

  it("says a file written again after it was read has changed, once it stands still", async () => {
    const file = path.join(work, "fraga.md");
    await writeFile(file, "");
    const before = fileSignatures([file]);
    // The second step of the save lands while the preview waits.
    setTimeout(() => void writeFile(file, "---\nquestion: Hur?\norder: 10\n---\nSå här.\n"), 20);
    const started = performance.now();
    assert.equal(await filesSettled([file], before, { quietMs: 60 }), true);
    assert.ok(performance.now() - started >= 60, "it waited for the file to stand still");
  });

  it("says a file that stood still has not changed, and a file gone meanwhile has", async () => {
    const still = path.join(work, "stilla.md");
    const gone = path.join(work, "borta.md");
    await writeFile(still, "text");
    await writeFile(gone, "text");
    assert.equal(await filesSettled([still], fileSignatures([still])), false);
    const before = fileSignatures([still, gone]);
    await rm(gone);
    assert.equal(await filesSettled([still, gone], before), true);
  });

  it("stops waiting for a file that never stands still", async () => {
    const busy = path.join(work, "upptagen.md");
    await writeFile(busy, "");
    const before = fileSignatures([busy]);
    let size = 0;
    const writer = setInterval(() => void writeFile(busy, "x".repeat(++size)), 5);
    try {
      const started = performance.now();
      assert.equal(await filesSettled([busy], before, { quietMs: 60, maxMs: 200 }), true);
      assert.ok(performance.now() - started < 1000);
    } finally {
      clearInterval(writer);
    }
  });
});

describe("withSecondLook", () => {
  let work = "";
  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-second-look-"));
  });
  after(() => rm(work, { recursive: true, force: true }));

  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("hands a file on again when it changed just after its event, and once when it did not", async () => {
    const rewritten = path.join(work, "andra-steget.md");
    const still = path.join(work, "stilla.md");
    await writeFile(rewritten, "");
    await writeFile(still, "text");
    const handed: string[] = [];
    const changed = withSecondLook((file) => handed.push(path.basename(file)), 40);
    changed(rewritten);
    changed(still);
    await wait(10);
    // The second step, which chokidar would not report.
    await writeFile(rewritten, "---\nquestion: Hur?\norder: 10\n---\nSå här.\n");
    await wait(200);
    assert.deepEqual(handed.sort(), ["andra-steget.md", "andra-steget.md", "stilla.md"]);
  });
});
