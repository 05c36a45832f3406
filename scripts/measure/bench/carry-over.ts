// Measures the carry-over (issue 21): simulates a run of deploys of one content tree, each a
// content edit and every other one a code change, and prints the bytes the kept files add to
// each deploy and the time the carry-over takes, from a folder and over HTTP.
//   node --import tsx scripts/measure/bench/carry-over.ts [--content content] [--deploys 12] [--work DIR]
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { siteConfigFrom } from "../../../src/config/config.ts";
import { carryOver } from "../../../src/publishing/carry-over.ts";
import { folderSite, urlSite } from "../../../src/publishing/earlier-site.ts";
import { headerRulesFor } from "../../../src/publishing/headers.ts";
import { startStaticServer } from "../../../src/publishing/static-server.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    deploys: { type: "string", default: "12" },
    work: { type: "string" },
  },
});
const deploys = Number(values.deploys);
const work = values.work ?? path.join(tmpdir(), `fk-carry-bench-${process.pid}`);
const start = new Date("2026-12-01T07:00:00Z");
const hour = 60 * 60 * 1000;

async function filesOf(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function bytesOf(folder: string): Promise<number> {
  let total = 0;
  for (const file of await filesOf(folder)) total += (await stat(file)).size;
  return total;
}

/** The content edit of deploy `n`: one more sentence in the first question's answer. */
async function editContent(content: string, n: number): Promise<void> {
  const questions = (await filesOf(content))
    // content/<page>/<section>/<question>.md: not the pages' index.md, not the editors' README.md.
    .filter(
      (file) => file.endsWith(".md") && path.relative(content, file).split(path.sep).length === 3,
    )
    .sort();
  const first = questions[0];
  if (!first) throw new Error(`no question file in ${content}`);
  await writeFile(first, `${await readFile(first, "utf8")}\nÄndrad i publicering ${n}.\n`);
}

/**
 * A code change, simulated after the build: every asset gets new bytes and a new hash in its
 * name, as an edit to the styles and scripts would give it (the bench does not edit src/).
 */
async function changeAssets(site: string, n: number): Promise<void> {
  const assets = path.join(site, "assets");
  for (const name of await readdir(assets)) {
    const match = /^([^.]+)\.([0-9a-f]+)\.(css|js)(\.br|\.gz)?$/.exec(name);
    if (!match) continue;
    const [, base, hash, ext, compressed = ""] = match;
    const renamed = `${base}.${createHash("sha256").update(`${hash}${n}`).digest("hex").slice(0, 10)}.${ext}${compressed}`;
    const bytes = await readFile(path.join(assets, name));
    await writeFile(
      path.join(assets, renamed),
      compressed ? bytes : Buffer.concat([bytes, Buffer.from(`/*${n}*/`)]),
    );
    await rm(path.join(assets, name));
  }
}

/** Until every Pagefind file sits in pagefind/<hash>/ (issue 21), moves them there. */
async function bundlePagefind(site: string): Promise<boolean> {
  const folder = path.join(site, "pagefind");
  const entry = path.join(folder, "pagefind-entry.json");
  if (!(await stat(entry).catch(() => null))) return false;
  const id = createHash("sha256")
    .update(await readFile(entry))
    .digest("hex")
    .slice(0, 12);
  const names = await readdir(folder);
  await mkdir(path.join(folder, id));
  for (const name of names) await rename(path.join(folder, name), path.join(folder, id, name));
  return true;
}

function build(content: string, output: string): void {
  const result = spawnSync(process.execPath, ["scripts/run-cached.mjs", "scripts/build.ts"], {
    env: { ...process.env, CONTENT_DIR: content, OUTPUT_DIR: output, TODAY: "2026-12-01" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

await rm(work, { recursive: true, force: true });
const content = path.join(work, "content");
await cp(values.content, content, { recursive: true });
const server = await startStaticServer({
  root: work,
  port: 0,
  rules: headerRulesFor(siteConfigFrom({})),
});
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
let simulatedLayout = false;
console.log(
  "deploy | own hashed+all | carried files | carried bytes | deploys.json | folder ms | HTTP ms",
);
for (let n = 0; n < deploys; n++) {
  const site = path.join(work, `site-${n}`);
  if (n > 0) await editContent(content, n);
  build(content, site);
  // Code changes on odd deploys, each one kept by the deploys after it (as a merged change is).
  if (n > 0) await changeAssets(site, Math.ceil(n / 2));
  simulatedLayout = (await bundlePagefind(site)) || simulatedLayout;
  const ownBytes = await bytesOf(site);
  const now = new Date(start.getTime() + n * hour);
  // Over HTTP into a copy first (GitHub Pages' case, local loopback: no network latency) ...
  const viaHttp = `${site}-http`;
  await cp(site, viaHttp, { recursive: true });
  let t = performance.now();
  await carryOver({
    site: viaHttp,
    earlier: n ? urlSite(`${origin}/site-${n - 1}/`) : null,
    now,
  });
  const httpMs = performance.now() - t;
  await rm(viaHttp, { recursive: true, force: true });
  // ... then from the folder (a host's cache, nginx), the site the next deploy reads.
  t = performance.now();
  const result = await carryOver({
    site,
    earlier: n ? folderSite(path.join(work, `site-${n - 1}`)) : null,
    now,
  });
  const folderMs = performance.now() - t;
  const manifestBytes = (await stat(path.join(site, "deploys.json"))).size;
  console.log(
    `${String(n + 1).padStart(6)} | ${kB(ownBytes).padStart(14)} | ${String(result.carried.length).padStart(13)} | ${kB(result.carriedBytes).padStart(13)} | ${kB(manifestBytes).padStart(12)} | ${Math.round(folderMs).toString().padStart(9)} | ${Math.round(httpMs).toString().padStart(7)}`,
  );
  if (n >= 2) await rm(path.join(work, `site-${n - 2}`), { recursive: true, force: true });
}
server.close();
if (simulatedLayout) {
  console.log(
    "(Pagefind's files were moved into pagefind/<hash>/ after each build: the bundle layout of issue 21, simulated)",
  );
}
console.log("(odd deploys also change every asset's bytes and hash, simulated after the build)");
console.log(`(deploys an hour apart: all within 7 days, so all kept; ${work})`);
// A --work folder is left for a look at what was carried; the default temporary one is removed.
if (!values.work) await rm(work, { recursive: true, force: true });
