// Where the site is published and whether it is a preview: PATH_PREFIX and PREVIEW_PR (issue 22).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildConfigFrom } from "../../src/config/config.ts";
import {
  pathPrefixFrom,
  siteRootUrl,
  withPathPrefix,
  withPlacement,
} from "../../src/config/site-path.ts";

describe("the site's path prefix and preview", () => {
  it("is / by default and normalised to start and end with a slash", () => {
    assert.equal(pathPrefixFrom(undefined), "/");
    assert.equal(pathPrefixFrom("/"), "/");
    assert.equal(pathPrefixFrom("pr-12"), "/pr-12/");
    assert.equal(pathPrefixFrom("/faq/pr-12"), "/faq/pr-12/");
  });

  it("refuses a prefix that is not a path, naming the variable", () => {
    assert.throws(() => pathPrefixFrom("https://example.com/pr-1/"), /PATH_PREFIX.*like \/pr-12\//);
    assert.throws(() => pathPrefixFrom("/pr 12/"), /PATH_PREFIX/);
  });

  it("puts site paths under the prefix, and leaves other addresses alone", () => {
    assert.equal(withPathPrefix("/pr-12/", "/kakor/"), "/pr-12/kakor/");
    assert.equal(withPathPrefix("/pr-12/", "/"), "/pr-12/");
    assert.equal(withPathPrefix("/", "/kakor/"), "/kakor/");
    assert.equal(withPathPrefix("/pr-12/", "https://x.se/"), "https://x.se/");
    assert.equal(withPathPrefix("/pr-12/", "//cdn.x.se/a.js"), "//cdn.x.se/a.js");
  });

  it("gives the build a preview and a root URL from the environment", () => {
    const env = {
      SITE_URL: "https://o.github.io",
      PATH_PREFIX: "/faq/pr-12/",
      PREVIEW_PR: "12",
      PREVIEW_PR_URL: "https://github.com/o/faq/pull/12",
    };
    const { site } = withPlacement(buildConfigFrom(env), env);
    assert.deepEqual(site.preview, { pr: 12, url: "https://github.com/o/faq/pull/12" });
    assert.equal(siteRootUrl(site), "https://o.github.io/faq/pr-12");
    const plain = withPlacement(buildConfigFrom({}), {}).site;
    assert.equal(plain.preview, null);
    assert.equal(siteRootUrl(plain), "https://faq.forsakringskassan.se");
  });

  it("refuses a PREVIEW_PR that is not a pull request's number", () => {
    assert.throws(
      () => withPlacement(buildConfigFrom({}), { PREVIEW_PR: "abc" }),
      /PREVIEW_PR is "abc"/,
    );
  });
});
