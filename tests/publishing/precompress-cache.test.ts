// Precompression keeps its copies by the hash of the bytes: a second build with the same files
// writes the same .br and .gz from the cache, and a changed file is compressed anew.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { precompressAhead } from "../../src/publishing/precompress.ts";
import { precompressSite } from "../../src/publishing/site-compression.ts";

const page = `<!doctype html><html lang="sv"><title>Sida</title><p>${"Hej och välkommen. ".repeat(200)}</p>`;

describe("precompressSite with a cache", () => {
  let work = "";
  let cache = "";
  const site = (name: string) => path.join(work, name);

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), "fk-precompress-cache-"));
    cache = path.join(work, "cache");
    for (const name of ["first", "second", "third"]) {
      await mkdir(path.join(site(name), "sida"), { recursive: true });
      await writeFile(path.join(site(name), "sida/index.html"), page);
    }
    await precompressSite(site("first"), cache);
  });
  after(() => rm(work, { recursive: true, force: true }));

  it("writes what compressing without a cache writes", async () => {
    await precompressSite(site("third"), null);
    for (const ext of ["br", "gz"]) {
      assert.deepEqual(
        await readFile(path.join(site("first"), `sida/index.html.${ext}`)),
        await readFile(path.join(site("third"), `sida/index.html.${ext}`)),
      );
    }
  });

  it("takes the copies of unchanged bytes from the cache", async () => {
    const [folder] = await readdir(cache);
    const [entry] = (await readdir(path.join(cache, folder as string))).filter((name) =>
      name.endsWith(".gz"),
    );
    // Marked, to see which copy arrives: gzip would write the real bytes.
    await writeFile(path.join(cache, folder as string, entry as string), "från cachen");
    await precompressSite(site("second"), cache);
    assert.equal(
      await readFile(path.join(site("second"), "sida/index.html.gz"), "utf8"),
      "från cachen",
    );
  });

  it("compresses a changed file anew", async () => {
    await writeFile(path.join(site("second"), "sida/index.html"), `${page}<p>Ny text.</p>`);
    await rm(path.join(site("second"), "sida/index.html.gz"));
    await precompressSite(site("second"), cache);
    const gz = await readFile(path.join(site("second"), "sida/index.html.gz"));
    assert.notEqual(gz.toString("utf8"), "från cachen");
    assert.equal(gz[0], 0x1f);
  });
});

describe("precompressAhead", () => {
  it("fills the cache with the copies precompressSite then writes, the same bytes", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "fk-precompress-ahead-"));
    try {
      const cache = path.join(work, "cache");
      const source = path.join(work, "package", "decap-cms.js");
      const script = `window.cms = ${JSON.stringify("Innehåll ".repeat(300))};`;
      await mkdir(path.dirname(source), { recursive: true });
      await writeFile(source, script);
      await precompressAhead([source], cache);
      // One .br and one .gz, made before any site was written.
      const [folder] = await readdir(cache);
      const entries = await readdir(path.join(cache, folder as string));
      assert.deepEqual(entries.map((name) => path.extname(name)).sort(), [".br", ".gz"]);
      const gz = entries.find((name) => name.endsWith(".gz")) as string;
      const made = await readFile(path.join(cache, folder as string, gz));
      for (const name of ["ahead", "plain"]) {
        await mkdir(path.join(work, name, "admin"), { recursive: true });
        await writeFile(path.join(work, name, "admin/decap-cms.js"), script);
      }
      await precompressSite(path.join(work, "ahead"), cache);
      await precompressSite(path.join(work, "plain"), null);
      const read = (name: string, ext: string) =>
        readFile(path.join(work, name, `admin/decap-cms.js.${ext}`));
      assert.deepEqual(await read("ahead", "gz"), made, "the copy made ahead");
      for (const ext of ["br", "gz"])
        assert.deepEqual(await read("ahead", ext), await read("plain", ext));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
