// sitemap.xml entries: every page with its date, in a stable order, and a clear error without one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type SitemapItem, sitemapEntries } from "../../src/publishing/sitemap.ts";

const baseUrl = "https://faq.example.se";

const item = (url: string, data: SitemapItem["data"]): SitemapItem => ({
  url,
  inputPath: `./src/pages${url}index.njk`,
  data,
});

describe("sitemapEntries", () => {
  it("dates FAQ pages by their latest update and other pages by their front matter", () => {
    const entries = sitemapEntries(
      [
        item("/tillganglighet/", { updated: "2026-11-28" }),
        item("/fragor-och-svar/", { faq: { lastUpdated: "2023-05-06" }, updated: "2020-01-01" }),
        item("/", { updated: new Date("2025-01-02") }),
      ],
      baseUrl,
    );
    assert.deepEqual(entries, [
      { loc: `${baseUrl}/`, lastmod: "2025-01-02" },
      { loc: `${baseUrl}/fragor-och-svar/`, lastmod: "2023-05-06" },
      { loc: `${baseUrl}/tillganglighet/`, lastmod: "2026-11-28" },
    ]);
  });

  it("leaves out pages marked sitemap: false and templates without a URL", () => {
    const entries = sitemapEntries(
      [item("/404.html", { sitemap: false }), { url: false, inputPath: "x.njk", data: {} }],
      baseUrl,
    );
    assert.deepEqual(entries, []);
  });

  it("names the template and the field to add when a page has no date", () => {
    assert.throws(
      () => sitemapEntries([item("/kakor/", {})], baseUrl),
      /src\/pages\/kakor\/index\.njk has no date for sitemap\.xml: add "updated: YYYY-MM-DD"/,
    );
  });
});
