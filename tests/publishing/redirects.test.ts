// The renamed pages' redirects in the hosts' formats (issue 21).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderNginxRedirects, renderRedirectsFile } from "../../src/publishing/redirects.ts";

describe("renamed pages' redirects", () => {
  it("give _redirects a 301 for each way the old address is written", () => {
    assert.equal(
      renderRedirectsFile([{ from: "gammal", to: "ny" }])
        .split("\n")
        .slice(1)
        .join("\n"),
      "/gammal /ny/ 301\n/gammal/ /ny/ 301\n/gammal/index.html /ny/ 301\n",
    );
  });

  it("give nginx an exact-match location answering 301 for each", () => {
    const conf = renderNginxRedirects([{ from: "gammal", to: "ny" }]);
    assert.match(conf, /^location = \/gammal\/ \{\n {4}return 301 \/ny\/;\n\}$/m);
    assert.match(conf, /^location = \/gammal \{\n {4}return 301 \/ny\/;\n\}$/m);
    assert.match(conf, /^location = \/gammal\/index\.html \{\n {4}return 301 \/ny\/;\n\}$/m);
  });

  it("are comments only when no page was renamed, so nginx can always include the file", () => {
    for (const text of [renderRedirectsFile([]), renderNginxRedirects([])]) {
      assert.deepEqual(
        text
          .trim()
          .split("\n")
          .filter((line) => !line.startsWith("#")),
        [],
      );
    }
  });
});

describe("renamed pages' redirects under a path prefix (issue 22)", () => {
  it("keep old and new addresses inside the prefix", () => {
    const file = renderRedirectsFile([{ from: "gammal", to: "ny" }], "/pr-3/");
    assert.ok(file.includes("/pr-3/gammal/ /pr-3/ny/ 301\n"), file);
    assert.ok(!/^\/gammal/m.test(file), file);
    assert.ok(
      renderNginxRedirects([{ from: "gammal", to: "ny" }], "/pr-3/").includes(
        "location = /pr-3/gammal/ {\n    return 301 /pr-3/ny/;",
      ),
    );
  });
});
