// The pages the budgets are weighed on: every HTML page citizens are sent to, not Pagefind's files
// and not the pages that say noindex (the editors' CMS at /admin/).
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { sitePages } from "../../../../scripts/measure/bench/page-weight.ts";

describe("sitePages", () => {
  const site = mkdtemp(path.join(tmpdir(), "fk-site-pages-"));
  after(async () => rm(await site, { recursive: true, force: true }));

  it("lists the citizens' pages by URL path, without Pagefind's files or noindex pages", async () => {
    const dir = await site;
    const files: Record<string, string> = {
      "index.html": "<!doctype html><title>Start</title>",
      "support/index.html": "<!doctype html><title>Frågor</title>",
      "404.html": "<!doctype html><title>Hittades inte</title>",
      "admin/index.html": '<!doctype html><meta name="robots" content="noindex, nofollow">',
      "pagefind/fragment.html": "<p>",
    };
    for (const [name, html] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), html);
    }
    assert.deepEqual(await sitePages(dir), ["/", "/404.html", "/support/"]);
  });
});
