// `npm run build` runs scripts/build.ts from a bundle cached in .cache/commands/: it writes the same
// bytes as the TypeScript run through tsx, and a second run uses the bundle the first one made and
// the V8 code cache the first run left beside it. Each package in the bundle keeps its own address
// (import.meta.url) and resolves its own relative files.
// `npm start` runs its command again when it exits asking for a restart.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import { hashTree } from "../support/run-script.ts";

const run = promisify(execFile);

describe("scripts/run-cached.mjs", () => {
  const work = mkdtemp(path.join(tmpdir(), "fk-run-cached-"));
  after(async () => rm(await work, { recursive: true, force: true }));

  it("builds the same site as tsx does, from one cached bundle", { timeout: 180_000 }, async () => {
    const root = await work;
    const [viaTsx, first, second] = [
      path.join(root, "tsx"),
      path.join(root, "first"),
      path.join(root, "second"),
    ];
    const env = (output: string) => ({
      ...process.env,
      CONTENT_DIR: fixtureContentDir,
      OUTPUT_DIR: output,
    });
    // One after the other: the machine has two cores, and each build uses both.
    await run(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      env: env(viaTsx),
    });
    const cached = ["scripts/run-cached.mjs", "scripts/build.ts"];
    const { stdout } = await run(process.execPath, cached, { env: env(first) });
    // One folder per bundle, named by the command and its inputs' key; the newest is this source's.
    const folders = (await readdir(".cache/commands")).filter((name) =>
      /^build-[0-9a-f]{16}$/.test(name),
    );
    assert.ok(folders.length >= 1 && folders.length <= 2, folders.join(", "));
    const newest = async (name: string) => (await stat(path.join(".cache/commands", name))).mtimeMs;
    const times = await Promise.all(folders.map(newest));
    const folder = folders[times.indexOf(Math.max(...times))] as string;
    const bundle = path.join(".cache/commands", folder, "command.cjs");
    const made = (await stat(bundle)).mtimeMs;
    const codeCache = (await stat(`${bundle}.v8-cache`)).mtimeMs;
    await run(process.execPath, cached, { env: env(second) });
    assert.equal((await stat(bundle)).mtimeMs, made, "the second run compiled again");
    // V8 writes it again only when it rejects it (or there was none).
    assert.equal(
      (await stat(`${bundle}.v8-cache`)).mtimeMs,
      codeCache,
      "the code cache was not used",
    );
    assert.doesNotMatch(stdout, /error/i);
    const expected = await hashTree(viaTsx);
    assert.ok(Object.keys(expected).length > 10);
    assert.deepEqual(await hashTree(first), expected);
    assert.deepEqual(await hashTree(second), expected);
  });

  it("bundles each package with its own address and its own files beside it", async () => {
    // A project of one command and two packages: one finding files from its import.meta.url,
    // one (CommonJS) requiring a file beside itself. Bundled and run by run-cached.mjs there.
    const project = path.join(await work, "module-urls");
    const packages = path.join(project, "node_modules");
    await cp("tests/fixtures/scripts/module-urls", packages, { recursive: true });
    // The packages' manifests are written here, as an install would: a package.json under
    // tests/fixtures/ reads as a project of its own to install.
    const manifests = {
      "with-url": { name: "with-url", version: "1.0.0", type: "module", main: "index.js" },
      plain: { name: "plain", version: "1.0.0", main: "index.js" },
    };
    for (const [name, manifest] of Object.entries(manifests)) {
      await writeFile(path.join(packages, name, "package.json"), JSON.stringify(manifest));
    }
    await mkdir(path.join(project, "src"));
    await writeFile(
      path.join(project, "command.ts"),
      [
        'import { ownFolder, ownUrl } from "with-url";',
        'import { word } from "plain";',
        "console.log(JSON.stringify({ ownUrl, ownFolder, word, bundle: __filename }));",
      ].join("\n"),
    );
    const { stdout } = await run(
      process.execPath,
      [path.resolve("scripts/run-cached.mjs"), "command.ts"],
      { cwd: project },
    );
    const seen = JSON.parse(stdout) as Record<string, string>;
    const withUrl = path.join(packages, "with-url");
    assert.equal(seen.ownUrl, pathToFileURL(path.join(withUrl, "index.js")).href);
    assert.equal(seen.ownFolder, pathToFileURL(`${withUrl}/`).href);
    assert.equal(seen.word, "frågor");
    // From the bundle, not from the packages' files.
    assert.match(
      seen.bundle ?? "",
      /[\\/]\.cache[\\/]commands[\\/]command-[0-9a-f]{16}[\\/]command\.cjs$/,
    );
  });

  it("runs a command again when it exits with the restart code, and then ends", async () => {
    const marker = path.join(await work, "marker");
    const { stdout } = await run(
      process.execPath,
      ["scripts/run-cached.mjs", "--restart-on-exit=75", "tests/fixtures/scripts/exit-once.ts"],
      { env: { ...process.env, RUN_MARKER: marker } },
    );
    assert.equal(stdout, "first run\nsecond run\n");
  });
});
