// Where playwright.config.ts builds the fixture site as a pull request's preview: under a folder
// named like the path prefix, so serving the folder above it answers at /pr-12/ as GitHub Pages does.

/** The preview's path prefix and pull request (issue 22). */
export const previewPrefix = "/pr-12/";
export const previewPr = "12";
/** The folder that is served; the site is built into its pr-12/ (git-ignored, like dist/). */
export const previewServeDir = ".cache/prefixed-site";
