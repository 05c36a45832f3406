// A page's internal URLs under the site's path prefix (issue 22).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { prefixSitePaths } from "../../src/publishing/path-prefix.ts";

describe("site paths under a path prefix", () => {
  const page = [
    '<link rel="stylesheet" href="/assets/site.1.css"><script src="/assets/site.2.js"></script>',
    '<meta http-equiv="refresh" content="0; url=/ny/">',
    '<link rel="canonical" href="https://faq.example.se/pr-1/kakor/">',
    '<form action="/sok/"><div data-pagefind-src="/pagefind/abc/pagefind.js" data-target=\'/ny/\'>',
    '<a href="#innehall">Gå till innehåll</a><a href="//cdn.example.se/x">x</a>',
    "<p>Skriv /kakor/ i adressfältet.</p>",
  ].join("\n");

  it("adds the prefix to every attribute that holds a site path", () => {
    const out = prefixSitePaths(page, "/pr-1/");
    for (const expected of [
      'href="/pr-1/assets/site.1.css"',
      'src="/pr-1/assets/site.2.js"',
      'content="0; url=/pr-1/ny/"',
      'action="/pr-1/sok/"',
      'data-pagefind-src="/pr-1/pagefind/abc/pagefind.js"',
      "data-target='/pr-1/ny/'",
    ])
      assert.ok(out.includes(expected), `${expected} in\n${out}`);
  });

  it("leaves absolute, protocol-relative and fragment URLs, and text, as they are", () => {
    const out = prefixSitePaths(page, "/pr-1/");
    assert.ok(out.includes('href="https://faq.example.se/pr-1/kakor/"'));
    assert.ok(out.includes('href="#innehall"'));
    assert.ok(out.includes('href="//cdn.example.se/x"'));
    assert.ok(out.includes("Skriv /kakor/ i adressfältet"));
  });

  it("changes nothing with the default prefix", () => {
    assert.equal(prefixSitePaths(page, "/"), page);
  });
});
