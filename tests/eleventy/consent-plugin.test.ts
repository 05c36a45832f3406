// The cookie page says what the consent cookie does: its name and lifetime are rendered from the
// module the browser code writes the cookie with (src/shared/consent-cookie.ts), not typed twice.
import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, it } from "node:test";
import Eleventy from "@11ty/eleventy";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import { buildConfigFrom } from "../../src/config/config.ts";
import { type LoadedContent, loadContent } from "../../src/content/load-content.ts";
import { lifetimeInMonths } from "../../src/eleventy/consent-plugin.ts";
import { eleventySetup, pagesDir } from "../../src/eleventy/setup.ts";
import {
  consentCookieName,
  consentMaxAge,
  serialiseConsent,
} from "../../src/shared/consent-cookie.ts";

/** Asset paths for the layout; the page's text does not depend on them. */
const assets = {
  css: "/assets/site.css",
  js: "/assets/site.js",
  legacyJs: "/assets/legacy.js",
  searchJs: "/assets/search.js",
  highlightJs: "/assets/highlight.js",
  feedbackJs: "/assets/feedback.js",
};

describe("the cookie page (/kakor/)", () => {
  let row = "";

  before(async () => {
    const config = buildConfigFrom({ CONTENT_DIR: fixtureContentDir, OUTPUT_DIR: "unused" });
    const content: LoadedContent = await loadContent(fixtureContentDir, config.site.staticPages);
    const eleventy = new Eleventy(path.join(pagesDir, "kakor.njk"), "unused", {
      configPath: false as unknown as string,
      config: eleventySetup(config, async () => content, { assets }, { pagesOnly: true }),
      quietMode: true,
    });
    const [page] = (await eleventy.toJSON()) as unknown as Array<{ url: string; content: string }>;
    assert.equal(page?.url, "/kakor/");
    // The table row of the consent cookie: its name, what it does, how long it is kept.
    row =
      /<tr><td><code>[^<]*<\/code><\/td><td>Kommer ihåg om du har godkänt[\s\S]*?<\/tr>/.exec(
        page.content,
      )?.[0] ?? "";
  });

  it("names the cookie the browser code writes", () => {
    assert.match(row, new RegExp(`<code>${consentCookieName}</code>`));
    assert.ok(
      serialiseConsent({ analytics: true, date: "2026-11-28" }, true).startsWith(
        `${consentCookieName}=`,
      ),
    );
  });

  it("says how long the cookie is kept, as long as the cookie's Max-Age", () => {
    const written = serialiseConsent({ analytics: false, date: "2026-11-28" }, false);
    assert.match(written, new RegExp(`; Max-Age=${consentMaxAge};`));
    assert.match(row, new RegExp(`<td>${lifetimeInMonths(consentMaxAge)} månader</td></tr>$`));
  });

  it("counts a month as a twelfth of a 365-day year, rounded to whole months", () => {
    assert.equal(lifetimeInMonths(365 * 24 * 60 * 60), 12);
    assert.equal(lifetimeInMonths(395 * 24 * 60 * 60), 13);
    assert.equal(lifetimeInMonths(183 * 24 * 60 * 60), 6);
  });
});
