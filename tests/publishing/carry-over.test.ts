// The carry-over: earlier deploys' hashed files merged into a new build, from a folder and over
// real HTTP from the project's static server, with the manifest of deploys and the prune.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, afterEach, before, beforeEach, describe, it } from "node:test";
import { siteConfigFrom } from "../../src/config/config.ts";
import { carryOver } from "../../src/publishing/carry-over.ts";
import { parseManifest } from "../../src/publishing/deploy-manifest.ts";
import { folderSite, urlSite } from "../../src/publishing/earlier-site.ts";
import { headerRulesFor } from "../../src/publishing/headers.ts";
import { startStaticServer } from "../../src/publishing/static-server.ts";
import { hashTree } from "../support/run-script.ts";

const day = 24 * 60 * 60 * 1000;
const start = new Date("2026-12-01T08:00:00Z");

/** A small built site whose hashed files are named by `version`, the way a build names them. */
async function fakeBuild(folder: string, version: string): Promise<void> {
  const files: Record<string, string | Buffer> = {
    "index.html": `<link href="/assets/site.${version}.css"><script src="/pagefind/b${version}/pagefind.js">`,
    [`assets/site.${version}.css`]: `body{--v:${version}}`.repeat(40),
    [`assets/site.${version}.css.br`]: `br ${version}`,
    [`assets/site.${version}.css.gz`]: `gz ${version}`,
    [`pagefind/b${version}/pagefind.js`]: `// pagefind ${version}`,
    [`pagefind/b${version}/fragment/sv_${version}.pf_fragment`]: Buffer.from([0x1f, 0x8b, 8, 0]),
    "search-entry.json": `{"bundle":"b${version}"}`,
  };
  for (const [file, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), body);
  }
}

async function manifestOf(site: string) {
  const parsed = parseManifest(await readFile(path.join(site, "deploys.json"), "utf8"));
  if ("problem" in parsed) throw new Error(parsed.problem);
  return parsed;
}

describe("carryOver", () => {
  let work = "";
  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-carry-"));
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  /** Builds deploy `n` at `start + n * gap` from the deploy before it, through a folder. */
  async function deploy(n: number, gap = day) {
    const site = path.join(work, `site-${n}`);
    await fakeBuild(site, String(n));
    const lines: string[] = [];
    const result = await carryOver({
      site,
      earlier: n === 0 ? null : folderSite(path.join(work, `site-${n - 1}`)),
      now: new Date(start.getTime() + n * gap),
      log: (line) => lines.push(line),
    });
    return { site, result, lines };
  }

  it("starts the manifest on a first deploy and says so", async () => {
    const { site, result, lines } = await deploy(0);
    assert.match(lines.join("\n"), /first deploy/);
    assert.deepEqual(result.carried, []);
    const manifest = await manifestOf(site);
    assert.equal(manifest.deploys.length, 1);
    assert.equal(manifest.deploys[0]?.time, start.toISOString());
    assert.deepEqual(manifest.deploys[0]?.files, [
      "assets/site.0.css",
      "assets/site.0.css.br",
      "assets/site.0.css.gz",
      "pagefind/b0/fragment/sv_0.pf_fragment",
      "pagefind/b0/pagefind.js",
    ]);
  });

  it("copies the earlier deploy's hashed files byte for byte and leaves the build's own files alone", async () => {
    await deploy(0);
    const site = path.join(work, "site-1");
    await fakeBuild(site, "1");
    const built = await hashTree(site);
    const { carried, carriedBytes } = await carryOver({
      site,
      earlier: folderSite(path.join(work, "site-0")),
      now: new Date(start.getTime() + day),
    });
    const after = await hashTree(site);
    const earlier = await hashTree(path.join(work, "site-0"));
    for (const [file, hash] of Object.entries(built)) assert.equal(after[file], hash, file);
    assert.equal(carried.length, 5);
    for (const file of carried) assert.equal(after[file], earlier[file], file);
    // Every carried file's bytes, counted once each even though they are copied in parallel.
    const sizes = await Promise.all(
      carried.map(async (file) => (await readFile(path.join(site, file))).length),
    );
    assert.equal(
      carriedBytes,
      sizes.reduce((sum, size) => sum + size, 0),
    );
    // Unhashed files of the earlier deploy (its HTML, search entry) are never carried.
    assert.equal(after["index.html"], built["index.html"]);
    const manifest = await manifestOf(site);
    assert.deepEqual(
      manifest.deploys.map((d) => d.time),
      [new Date(start.getTime() + day).toISOString(), start.toISOString()],
    );
  });

  it("keeps at least 10 deploys and prunes older ones by age, through a chain of deploys", async () => {
    // 13 deploys 8 days apart: only the count keeps anything.
    for (let n = 0; n < 13; n++) await deploy(n, 8 * day);
    const last = path.join(work, "site-12");
    const manifest = await manifestOf(last);
    assert.deepEqual(
      manifest.deploys.map((d) => d.id).length,
      10,
      "the newest deploy and 9 earlier ones",
    );
    const files = Object.keys(await hashTree(last));
    for (let n = 3; n <= 12; n++) assert.ok(files.includes(`assets/site.${n}.css`), `deploy ${n}`);
    for (let n = 0; n < 3; n++) {
      assert.ok(!files.includes(`assets/site.${n}.css`), `deploy ${n} pruned`);
      assert.ok(!files.includes(`pagefind/b${n}/pagefind.js`), `bundle ${n} pruned`);
    }
  });

  it("keeps every deploy of the last 7 days, even past 10", async () => {
    for (let n = 0; n < 14; n++) await deploy(n, day / 4);
    const manifest = await manifestOf(path.join(work, "site-13"));
    assert.equal(manifest.deploys.length, 14);
    assert.ok(
      Object.keys(await hashTree(path.join(work, "site-13"))).includes("assets/site.0.css"),
    );
  });

  it("writes the same manifest for the same builds and the same --now", async () => {
    await deploy(0);
    const { site } = await deploy(1);
    const first = await readFile(path.join(site, "deploys.json"), "utf8");
    await carryOver({
      site,
      earlier: folderSite(path.join(work, "site-0")),
      now: new Date(start.getTime() + day),
    });
    assert.equal(await readFile(path.join(site, "deploys.json"), "utf8"), first);
  });

  it("leaves out, and names, a listed file the earlier site does not have", async () => {
    await deploy(0);
    await rm(path.join(work, "site-0/pagefind/b0/pagefind.js"));
    const { site, lines, result } = await deploy(1);
    assert.deepEqual(result.missing, ["pagefind/b0/pagefind.js"]);
    assert.match(lines.join("\n"), /1 file\(s\) .* missing .*pagefind\/b0\/pagefind\.js/);
    const manifest = await manifestOf(site);
    assert.ok(!manifest.deploys[1]?.files.includes("pagefind/b0/pagefind.js"));
  });

  it("treats an invalid earlier manifest as a first deploy, with the reason", async () => {
    await deploy(0);
    await writeFile(path.join(work, "site-0/deploys.json"), '{"version":1,"deploys":"x"}');
    const { lines, result } = await deploy(1);
    assert.match(
      lines.join("\n"),
      /not a manifest of deploys \(deploys: .*\): treated as the first/,
    );
    assert.deepEqual(result.carried, []);
  });
});

describe("carryOver from the published site over HTTP", () => {
  let work = "";
  let origin = "";
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  const live = () => path.join(work, "live");

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-carry-http-"));
    await mkdir(live());
    // The project's own server with the production headers, on a port the system picks.
    server = await startStaticServer({
      root: live(),
      port: 0,
      rules: headerRulesFor(siteConfigFrom({})),
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server?.close();
    await rm(work, { recursive: true, force: true });
  });

  it("reads the published deploys.json and downloads the files it lists", async () => {
    // The live site has no deploys.json yet: a 404 is a first deploy.
    await fakeBuild(live(), "0");
    const lines: string[] = [];
    await carryOver({
      site: live(),
      earlier: urlSite(origin),
      now: start,
      log: (l) => lines.push(l),
    });
    assert.match(lines.join("\n"), /has no deploys\.json: treated as the first deploy/);

    const next = path.join(work, "next");
    await fakeBuild(next, "1");
    const result = await carryOver({
      site: next,
      earlier: urlSite(`${origin}/`),
      now: new Date(start.getTime() + day),
    });
    assert.equal(result.carried.length, 5);
    const [published, merged] = [await hashTree(live()), await hashTree(next)];
    for (const file of result.carried) assert.equal(merged[file], published[file], file);
    // The gzip bytes of a fragment arrive as stored, not decompressed on the way.
    assert.deepEqual(
      [...(await readFile(path.join(next, "pagefind/b0/fragment/sv_0.pf_fragment")))],
      [0x1f, 0x8b, 8, 0],
    );
    assert.equal((await manifestOf(next)).deploys.length, 2);
  });

  it("fails with the address when the site cannot be reached, rather than dropping every earlier file", async () => {
    const next = path.join(work, "unreachable");
    await fakeBuild(next, "2");
    await assert.rejects(
      carryOver({ site: next, earlier: urlSite("http://127.0.0.1:9/"), now: start }),
      /http:\/\/127\.0\.0\.1:9\/deploys\.json.* could not be read/,
    );
  });
});
