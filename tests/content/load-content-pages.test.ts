// loadContent tells its caller of each page folder as soon as it is loaded (the build streams the
// page's search record meanwhile), in the order of the content's pages, and loads the same content.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { manyPagesContentDir } from "../../scripts/measure/fixture-site.ts";
import { type LoadedPage, loadContent } from "../../src/content/load-content.ts";

describe("loadContent's onPage", () => {
  it("is told of every page folder once, in the content's page order, before loading ends", async () => {
    const told: LoadedPage[] = [];
    let ended = false;
    const content = await loadContent(manyPagesContentDir, [], {
      onPage: (loaded, root) => {
        assert.equal(ended, false);
        assert.ok(root.folders.includes(loaded.links.url.slice(1, -1)));
        told.push(loaded);
      },
    }).finally(() => {
      ended = true;
    });
    assert.ok(content.pages.length >= 6, `${content.pages.length} pages`);
    assert.equal(content.problems.length, 0);
    assert.deepEqual(
      told.map((loaded) => loaded.page),
      content.pages,
      "the same page objects, in the same order",
    );
    assert.deepEqual(content, await loadContent(manyPagesContentDir, []));
  });
});
