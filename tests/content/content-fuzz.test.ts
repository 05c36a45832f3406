// Fuzzing the content loader with a fixed seed and a bounded number of cases, so `npm test` is
// repeatable; `npm run fuzz` runs the same property longer with a random seed.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { checkTree, unsafeMarkup } from "../../scripts/fuzz/content-fuzz.ts";
import { mutatedTree } from "../../scripts/fuzz/content-mutations.ts";
import { validTree } from "../../scripts/fuzz/content-tree.ts";

describe("the content loader, given mutated trees", () => {
  it("never throws or hangs, and either accepts a tree with safe HTML or names a file in it", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedTree, async (tree) => {
        await checkTree(tree);
      }),
      { seed: 14, numRuns: 100 },
    );
  });

  it("accepts the unmutated tree, so the mutations are what the problems are about", async () => {
    assert.equal((await checkTree(validTree)).accepted, true);
  });
});

describe("the fuzzer's markup check", () => {
  it("finds raw HTML, event handlers and script addresses, and passes the renderer's own markup", () => {
    assert.equal(unsafeMarkup("<p><script>alert(1)</script></p>"), "the element <script>");
    assert.equal(
      unsafeMarkup('<p><a href="#x" onclick="x()">x</a></p>'),
      "an event handler attribute",
    );
    assert.match(unsafeMarkup('<a href="javascript:alert(1)">x</a>') ?? "", /javascript/);
    assert.equal(unsafeMarkup("<p>&lt;script&gt; <strong>ok</strong></p>"), null);
  });
});
