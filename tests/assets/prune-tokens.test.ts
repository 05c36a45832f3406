// Only the tokens a rule uses reach the stylesheet, and a rule using a token nobody declares fails.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pruneTokens } from "../../src/assets/prune-tokens.ts";

describe("pruneTokens", () => {
  it("keeps the tokens rules use, and those they use in turn, and drops the rest", () => {
    const css =
      ":root{--a:#fff;--b:var(--c);--c:0 0 0 2px red;--unused:1px}p{color:var(--a);box-shadow:var(--b)}";
    assert.equal(
      pruneTokens(css),
      ":root{--a:#fff;--b:var(--c);--c:0 0 0 2px red}p{color:var(--a);box-shadow:var(--b)}",
    );
  });

  it("drops the space Sass keeps after a kept token's colon", () => {
    assert.equal(
      pruneTokens(":root{--a: #fff}p{color:var(--a)}"),
      ":root{--a:#fff}p{color:var(--a)}",
    );
  });

  it("keeps values with semicolons in quotes and brackets whole", () => {
    const css = ':root{--v:"6;1";--f:"A;B",sans-serif;--x:url(a;b)}b{font-family:var(--f)}';
    assert.equal(pruneTokens(css), ':root{--f:"A;B",sans-serif}b{font-family:var(--f)}');
  });

  it("removes a theme block whose tokens no rule uses", () => {
    const css =
      ":root{--a:#fff}@media (prefers-color-scheme: dark){:root{--z:#000}}p{color:var(--a)}";
    assert.equal(pruneTokens(css), ":root{--a:#fff}p{color:var(--a)}");
  });

  it("keeps every theme's declaration of a used token", () => {
    const css =
      ":root{--a:#fff;--b:red}@media (prefers-color-scheme: dark){:root{--a:#000;--b:blue}}p{color:var(--a)}";
    assert.equal(
      pruneTokens(css),
      ":root{--a:#fff}@media (prefers-color-scheme: dark){:root{--a:#000}}p{color:var(--a)}",
    );
  });

  it("names the token and the file when a rule uses one no theme declares", () => {
    assert.throws(
      () => pruneTokens(":root{--a:#fff}p{color:var(--fkds-renamed)}", "src/styles/main.scss"),
      /src\/styles\/main\.scss: var\(--fkds-renamed\) is used but no token declares it/,
    );
  });
});
