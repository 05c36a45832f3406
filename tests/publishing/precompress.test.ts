// The build's precompressed copies: a .br and a .gz beside every text file, equal to it once
// decompressed, the same bytes on every build, and none where compressing would not help.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from "node:zlib";
import { brotliBytes, largeFileBytes } from "../../src/publishing/precompress.ts";
import { precompressSite, SiteCompression } from "../../src/publishing/site-compression.ts";

const page = `<!doctype html><html lang="sv"><title>Sida</title>${"<p>Vanliga frågor och svar.</p>".repeat(200)}</html>`;
const site: Record<string, string | Buffer> = {
  "index.html": page,
  "support/index.html": page.replace("Sida", "Support"),
  "assets/site.0123456789.css": `${"body { margin: 0 } .app-accordion { display: block }\n".repeat(50)}`,
  "assets/site.0123456789.js": `${"export function open(x) { return x + 1; }\n".repeat(50)}`,
  "pagefind/pagefind-entry.json": JSON.stringify({ languages: { sv: { hash: "x".repeat(400) } } }),
  "sitemap.xml": `<?xml version="1.0"?><urlset>${"<url><loc>https://example.se/</loc></url>".repeat(30)}</urlset>`,
  "favicon.svg": `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0h16v16H0z"/>'.repeat(20)}</svg>`,
  // Too small to gain from compression.
  "robots.txt": "User-agent: *\n",
  // Pagefind's own files are gzip already and are not text.
  "pagefind/fragment/sv_1.pf_fragment": Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]),
  "pagefind/wasm.sv.pagefind": Buffer.alloc(2000, 7),
};

const folders: string[] = [];
after(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function builtSite(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "fk-precompress-"));
  folders.push(dir);
  for (const [name, body] of Object.entries(site)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), body);
  }
  return dir;
}

describe("precompressSite", () => {
  it("writes a .br and a .gz beside every text file, each decompressing to the file", async () => {
    const dir = await builtSite();
    const summary = await precompressSite(dir);
    assert.deepEqual(summary, { files: 8, compressed: 7 });
    for (const name of Object.keys(site).filter((n) => /\.(html|css|js|json|xml|svg)$/.test(n))) {
      const original = await readFile(path.join(dir, name));
      const br = await readFile(path.join(dir, `${name}.br`));
      const gz = await readFile(path.join(dir, `${name}.gz`));
      assert.deepEqual(brotliDecompressSync(br), original, name);
      assert.deepEqual(gunzipSync(gz), original, name);
      assert.ok(br.length < gz.length && gz.length < original.length, name);
    }
  });

  it("leaves out files too small to gain and files that are not text", async () => {
    const dir = await builtSite();
    await precompressSite(dir);
    for (const name of [
      "robots.txt",
      "pagefind/fragment/sv_1.pf_fragment",
      "pagefind/wasm.sv.pagefind",
    ]) {
      assert.equal(existsSync(path.join(dir, `${name}.br`)), false, name);
      assert.equal(existsSync(path.join(dir, `${name}.gz`)), false, name);
    }
  });

  it("writes the same bytes for the same site, with no time stamp in the gzip header", async () => {
    const [first, second] = [await builtSite(), await builtSite()];
    await precompressSite(first);
    await precompressSite(second);
    for (const name of ["index.html", "assets/site.0123456789.css"]) {
      for (const suffix of [".br", ".gz"]) {
        const [a, b] = await Promise.all(
          [first, second].map((dir) => readFile(path.join(dir, `${name}${suffix}`))),
        );
        assert.deepEqual(a, b, `${name}${suffix}`);
      }
      const gz = await readFile(path.join(first, `${name}.gz`));
      assert.equal(gz.readUInt32LE(4), 0, "gzip MTIME is zero");
    }
  });

  it("takes the copies of unchanged files from its cache, and still none for a file too small", async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), "fk-precompress-cache-"));
    folders.push(cacheDir);
    await precompressSite(await builtSite(), cacheDir);
    // Marked, to see which copy arrives: brotli would write the real one.
    const cached = (await readdir(cacheDir, { recursive: true })).filter((n) => n.endsWith(".br"));
    assert.equal(cached.length, 7, "the copies of the 7 files worth compressing");
    for (const name of cached) await writeFile(path.join(cacheDir, name), "från cachen");
    const dir = await builtSite();
    assert.deepEqual(await precompressSite(dir, cacheDir), { files: 8, compressed: 7 });
    assert.equal(await readFile(path.join(dir, "index.html.br"), "utf8"), "från cachen");
    assert.equal(existsSync(path.join(dir, "robots.txt.br")), false);
  });

  it("leaves out the folders it is told to skip", async () => {
    const dir = await builtSite();
    assert.deepEqual(await precompressSite(dir, null, { skip: ["pagefind"] }), {
      files: 7,
      compressed: 6,
    });
    assert.equal(existsSync(path.join(dir, "pagefind/pagefind-entry.json.br")), false);
    assert.equal(existsSync(path.join(dir, "index.html.br")), true);
  });

  it("compresses only the folders it is told to, with the same bytes as a whole run", async () => {
    const [dir, whole] = [await builtSite(), await builtSite()];
    assert.deepEqual(await precompressSite(dir, null, { only: ["assets", "support"] }), {
      files: 3,
      compressed: 3,
    });
    assert.equal(existsSync(path.join(dir, "index.html.br")), false);
    assert.equal(existsSync(path.join(dir, "sitemap.xml.gz")), false);
    // The files of assets/ keep their place in the site: shared assets get the highest quality.
    await precompressSite(whole, null);
    for (const file of ["assets/site.0123456789.js.br", "support/index.html.gz"]) {
      assert.deepEqual(
        await readFile(path.join(dir, file)),
        await readFile(path.join(whole, file)),
      );
    }
  });
});

describe("SiteCompression", () => {
  it("compresses pages handed over as they are written, before their folder exists, as precompressSite does", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "fk-precompress-"));
    folders.push(dir);
    const compression = new SiteCompression(dir, null);
    const names = Object.keys(site);
    for (const name of names) {
      // The build hands a page over before Eleventy makes its folder and writes it.
      if (name.endsWith(".html")) compression.add(path.join(dir, name), site[name] as string);
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), site[name] as string | Buffer);
    }
    assert.deepEqual(await compression.finish(), { files: 8, compressed: 7 });
    const plain = await builtSite();
    await precompressSite(plain, null);
    for (const name of names.filter((n) => /\.(html|css|js|json|xml|svg)$/.test(n))) {
      for (const suffix of [".br", ".gz"]) {
        assert.deepEqual(
          await readFile(path.join(dir, `${name}${suffix}`)),
          await readFile(path.join(plain, `${name}${suffix}`)),
          `${name}${suffix}`,
        );
      }
    }
  });

  it("compresses a handed-over page from the bytes it was given, without reading it again", async () => {
    const dir = await builtSite();
    const compression = new SiteCompression(dir, null);
    compression.add("index.html", page.replace("Sida", "Given"));
    await compression.finish();
    assert.match(gunzipSync(await readFile(path.join(dir, "index.html.gz"))).toString(), /Given/);
  });
});

describe("brotliBytes by size", () => {
  it("gives a file of largeFileBytes or more (Decap CMS's script) quality 4, a smaller one 5", async () => {
    const words = "Innehåll som redaktörerna skriver i Decap CMS. ";
    const params = (body: Buffer, quality: number) => ({
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_LGWIN]: Math.min(22, Math.ceil(Math.log2(body.length + 1))),
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    const large = Buffer.from(words.repeat(Math.ceil(largeFileBytes / words.length)));
    const small = large.subarray(0, largeFileBytes - 1);
    assert.deepEqual(await brotliBytes(large, false), brotliCompressSync(large, params(large, 4)));
    assert.deepEqual(await brotliBytes(small, false), brotliCompressSync(small, params(small, 5)));
  });
});
