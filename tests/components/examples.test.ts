// Every component example, rendered in memory through its macro, is a valid part of a Swedish page.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import {
  componentExamples,
  macroName,
  type RenderedExample,
  renderExamples,
} from "./component-examples.ts";

describe("component examples", () => {
  let rendered: RenderedExample[] = [];
  before(async () => {
    rendered = await renderExamples();
  });

  it("names each macro after its folder", () => {
    assert.equal(macroName("cookie-banner"), "appCookieBanner");
    assert.equal(macroName("skip-link"), "appSkipLink");
  });

  it("gives every component with a macro at least one example", () => {
    const components = new Set(componentExamples().map((example) => example.component));
    assert.ok(components.has("accordion") && components.has("search"), [...components].join(", "));
    assert.equal(rendered.length, componentExamples().length);
  });

  it("renders every example as valid HTML (html-validate, .htmlvalidate.json)", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const { component, example, document } of rendered) {
      // The file name only tells html-validate where to look for .htmlvalidate.json.
      const report = await validator.validateString(
        document,
        `src/components/${component}/example.html`,
      );
      for (const message of report.results.flatMap((result) => result.messages)) {
        errors.push(
          `${component} "${example}" ${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
        );
      }
    }
    assert.deepEqual(errors, []);
  });

  it("renders the parameters it is given, not whatever the page happens to hold", () => {
    const html = (component: string, example: string) =>
      rendered.find((item) => item.component === component && item.example === example)?.html ?? "";
    assert.match(html("accordion", "one question"), /id="hur-signerar-jag"/);
    assert.match(
      html("last-updated", "default"),
      /<time datetime="2024-12-04">4 december 2024<\/time>/,
    );
    assert.match(html("cookie-banner", "with analytics"), /data-analytics-site-id="7"/);
    assert.doesNotMatch(html("cookie-banner", "without analytics"), /data-analytics/);
    assert.match(html("header", "with search"), /id="sidhuvud-sok-falt"/);
    assert.doesNotMatch(html("header", "without search (the search page)"), /app-search/);
    assert.match(html("search", "search page, two pages"), /<optgroup label="Föräldrapenning">/);
    const manyPages = html("search", "search page, many pages (no section filter)");
    assert.match(manyPages, /<select class="app-search__select" id="sok-sida" name="sida">/);
    assert.doesNotMatch(manyPages, /name="avsnitt"/);
    assert.equal(html("related-links", "no groups").trim(), "");
  });
});
