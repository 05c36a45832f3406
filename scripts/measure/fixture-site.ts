// The fixture site: tests/fixtures/content/ built into its own folder, the input of every test
// that depends on what the questions say (so content/ belongs to the editors alone).

/** A small realistic content tree: one page migrated from the source page (seed-teknisk-support.txt). */
export const fixtureContentDir = "tests/fixtures/content";
/** Where Playwright's web server builds the fixture site (git-ignored, like dist/). */
export const fixtureSiteDir = ".cache/fixture-site";
/** The fixture's FAQ page. */
export const fixturePagePath = "/support/";

/** Seven FAQ pages on Försäkringskassan's subjects, the support page among them (issue 26). */
export const manyPagesContentDir = "tests/fixtures/many-pages";
/** Where Playwright's web server builds the seven-page fixture ("many pages" project). */
export const manyPagesSiteDir = ".cache/many-pages-site";
