// What the preview does for a changed file: content re-renders its page, templates every page,
// styles and browser code the assets and every page, and the build's own code asks for a restart.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { changeKind } from "../../src/preview/change-kind.ts";
import { PreviewContent } from "../../src/preview/preview-content.ts";

describe("changeKind", () => {
  const content = new PreviewContent("tests/fixtures/content", []);

  it("knows content files, also when the content folder is elsewhere", () => {
    assert.equal(
      changeKind("tests/fixtures/content/support/ovrigt/pdf-blank-sida.md", content),
      "content",
    );
    assert.equal(changeKind("tests/fixtures/content/support/index.md", content), "content");
    assert.equal(changeKind("tests/fixtures/seed-teknisk-support.txt", content), "code");
  });

  it("re-renders for templates and static files", () => {
    assert.equal(changeKind("_includes/layouts/base.njk", content), "template");
    assert.equal(changeKind("src/components/accordion/template.njk", content), "template");
    assert.equal(changeKind("src/static/favicon.svg", content), "template");
  });

  it("rebuilds the assets for styles and browser code", () => {
    assert.equal(changeKind("src/styles/_core.scss", content), "assets");
    assert.equal(changeKind("src/components/accordion/_index.scss", content), "assets");
    assert.equal(changeKind("src/components/accordion/accordion.ts", content), "assets");
    assert.equal(changeKind("src/browser/main.ts", content), "assets");
  });

  it("asks for a restart for the build's own code", () => {
    assert.equal(changeKind("src/content/load-content.ts", content), "code");
    assert.equal(changeKind("src/eleventy/filters.ts", content), "code");
    assert.equal(changeKind(".eleventy.ts", content), "code");
  });
});
