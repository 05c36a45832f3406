// Only the tokens a rule uses reach the stylesheet, and a rule using a token nobody declares fails.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compileStyles } from "../../src/assets/assets.ts";
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

  it("names the token when only an @media block (the dark theme) declares it", () => {
    assert.throws(
      () =>
        pruneTokens(
          "@media (prefers-color-scheme:dark){:root{--a:#fff}}p{color:var(--a)}",
          "src/styles/main.scss",
        ),
      /src\/styles\/main\.scss: var\(--a\) is declared only inside an @media block/,
    );
  });

  it("keeps a token the light theme declares and the dark theme declares again", () => {
    const css =
      ":root{--a:#000}@media (prefers-color-scheme:dark){:root{--a:#fff}}p{color:var(--a)}";
    assert.equal(pruneTokens(css), css);
  });
});

// The build's own compiler over fixture stylesheets that use FKUI's real theme, as after an upgrade.
describe("compileStyles after an FKUI upgrade", () => {
  const fixture = (name: string) => `tests/fixtures/styles/${name}.scss`;

  it("fails naming the file and the token a rule uses that the theme no longer declares", async () => {
    await assert.rejects(
      compileStyles(fixture("renamed-token")),
      /tests\/fixtures\/styles\/renamed-token\.scss: var\(--fkds-color-text-renamed\) is used but no token declares it/,
    );
  });

  it("fails naming the token that only the dark theme declares", async () => {
    await assert.rejects(
      compileStyles(fixture("dark-only-token")),
      /var\(--app-dark-only\) is declared only inside an @media block/,
    );
  });

  it("fails naming the component's Sass that is gone", async () => {
    await assert.rejects(
      compileStyles(fixture("removed-component")),
      /removed-component\/variables/,
    );
  });
});
