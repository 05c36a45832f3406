// The manifest of deploys: its format, which files count as hashed, and the retention rule's edges.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import {
  type Deploy,
  deployIdOf,
  filesToCarry,
  hashedFilesOf,
  isHashedPath,
  keptDeploys,
  parseManifest,
  renderManifest,
} from "../../src/publishing/deploy-manifest.ts";

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const now = new Date("2026-12-05T12:00:00Z");

/** `count` deploys, newest first, the first published `gaps[0]` ms before now, and so on. */
function deploysEvery(gap: number, count: number): Deploy[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `d${index}`,
    time: new Date(now.getTime() - index * gap).toISOString(),
    files: [`assets/site.${index}.css`],
  }));
}

const ids = (deploys: Deploy[]) => deploys.map((deploy) => deploy.id);

describe("keptDeploys", () => {
  it("keeps the last 10 deploys however old they are", () => {
    const kept = keptDeploys(deploysEvery(30 * day, 14), now);
    assert.deepEqual(ids(kept), ["d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9"]);
  });

  it("keeps every deploy replaced less than 7 days ago, however many there are", () => {
    // 40 deploys an hour apart: all replaced within the last 40 hours.
    assert.equal(keptDeploys(deploysEvery(hour, 40), now).length, 40);
  });

  it("prunes an 11th deploy exactly when 7 days have passed since it was replaced", () => {
    const deploys = deploysEvery(day, 12);
    // d10 was replaced by d9, published 9 days ago: pruned; with a gap just under 7 days, kept.
    assert.deepEqual(ids(keptDeploys(deploys, now)).at(-1), "d9");
    const edge = deploys.map((deploy, index) =>
      index === 9
        ? { ...deploy, time: new Date(now.getTime() - 7 * day + 1).toISOString() }
        : deploy,
    );
    assert.deepEqual(ids(keptDeploys(edge, now)).slice(9), ["d9", "d10"]);
    const exactly = deploys.map((deploy, index) =>
      index === 9 ? { ...deploy, time: new Date(now.getTime() - 7 * day).toISOString() } : deploy,
    );
    assert.deepEqual(ids(keptDeploys(exactly, now)).slice(9), ["d9"]);
  });

  it("counts age from the replacement, not the publication: a long-lived deploy stays 7 more days", () => {
    // d10 was published 60 days ago but live until d9 replaced it 2 days ago.
    const deploys = deploysEvery(hour, 10).map((deploy, index) =>
      index === 9 ? { ...deploy, time: new Date(now.getTime() - 2 * day).toISOString() } : deploy,
    );
    deploys.push({ id: "d10", time: new Date(now.getTime() - 60 * day).toISOString(), files: [] });
    assert.deepEqual(ids(keptDeploys(deploys, now)).at(-1), "d10");
  });

  it("prunes by count and age together", () => {
    const kept = keptDeploys(deploysEvery(day, 30), now);
    // The first 10 by count; d10..: replaced by d(n-1) at (n-1) days ago, kept while < 7 days.
    assert.deepEqual(ids(kept), ids(deploysEvery(day, 10)));
    assert.equal(keptDeploys(deploysEvery(day / 2, 30), now).length, 15);
  });
});

describe("filesToCarry", () => {
  it("lists the kept earlier deploys' files that the new deploy lacks, once each", () => {
    const kept: Deploy[] = [
      { id: "new", time: now.toISOString(), files: ["assets/a.1.css", "pagefind/b2/x"] },
      { id: "old", time: now.toISOString(), files: ["assets/a.1.css", "assets/a.0.css"] },
      { id: "older", time: now.toISOString(), files: ["assets/a.0.css", "pagefind/b0/x"] },
    ];
    assert.deepEqual(filesToCarry(kept), ["assets/a.0.css", "pagefind/b0/x"]);
  });
});

describe("the hashed files of a build", () => {
  it("are the assets and the Pagefind bundle folders with their .br and .gz, not the entry files", async () => {
    const site = await mkdtemp(path.join(tmpdir(), "fk-hashed-"));
    try {
      for (const file of [
        "index.html",
        "search-entry.json",
        "assets/site.abc.css",
        "assets/site.abc.css.br",
        "pagefind/pagefind-entry.json",
        "pagefind/9f8e/pagefind.js",
        "pagefind/9f8e/fragment/sv_1.pf_fragment",
      ]) {
        await mkdir(path.dirname(path.join(site, file)), { recursive: true });
        await writeFile(path.join(site, file), file);
      }
      assert.deepEqual(await hashedFilesOf(site), [
        "assets/site.abc.css",
        "assets/site.abc.css.br",
        "pagefind/9f8e/fragment/sv_1.pf_fragment",
        "pagefind/9f8e/pagefind.js",
      ]);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
    assert.equal(isHashedPath("deploys.json"), false);
    assert.equal(isHashedPath("pagefind/pagefind.js"), false);
  });

  it("name a deploy by its files when no id is given", () => {
    assert.match(deployIdOf(["assets/a.1.css"]), /^[0-9a-f]{12}$/);
    assert.notEqual(deployIdOf(["assets/a.1.css"]), deployIdOf(["assets/a.2.css"]));
  });
});

describe("deploys.json", () => {
  const manifest = {
    version: 1 as const,
    deploys: [{ id: "abc123", time: "2026-12-05T12:00:00.000Z", files: ["assets/site.1.css"] }],
  };

  it("reads back what it writes", () => {
    assert.deepEqual(parseManifest(renderManifest(manifest)), manifest);
    assert.match(renderManifest(manifest), /^\{\n {2}"version": 1,\n {2}"deploys": \[\n/);
  });

  it("names what is wrong with a manifest that is not one", () => {
    assert.match(String(Object(parseManifest("<html>")).problem), /not JSON/);
    assert.match(String(Object(parseManifest('{"version":2,"deploys":[]}')).problem), /^version: /);
    for (const file of ["../etc/passwd", "/etc/passwd", "assets/../../x", "assets/./x"]) {
      const tampered = { ...manifest, deploys: [{ ...manifest.deploys[0], files: [file] }] };
      assert.match(
        String(Object(parseManifest(JSON.stringify(tampered))).problem),
        /^deploys\.0\.files\.0: /,
        file,
      );
    }
    const badTime = { ...manifest, deploys: [{ ...manifest.deploys[0], time: "igår" }] };
    assert.match(String(Object(parseManifest(JSON.stringify(badTime))).problem), /time/);
  });
});
