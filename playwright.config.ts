// Browser tests, in two projects:
// - "fixture site": the product's behaviour, on a site built from tests/fixtures/content/ (its own
//   output folder, built once per run by the web server command), so editors' changes to content/
//   never touch these tests;
// - "real content": rules that hold for any content, over the real dist/ that `npm run build` wrote;
// - "prefixed preview": a few main paths of the fixture site built as a pull request's preview
//   under /pr-12/ (issue 22), so every internal URL must carry the path prefix;
// - "many pages": the seven-page fixture (tests/fixtures/many-pages/, issue 26): page budgets,
//   the sitemap and search across pages.
// TEST_CONTENT_ONLY=1 (npm run test:content, the fast verdict for an editor's change) starts only
// the real content's server: the fixture builds are not what a content change can break.
// Both are served with the production headers by the local server.
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/measure/chromium-launch.ts";
import {
  fixtureContentDir,
  fixtureSiteDir,
  manyPagesContentDir,
  manyPagesSiteDir,
} from "./scripts/measure/fixture-site.ts";
import { previewPr, previewPrefix, previewServeDir } from "./tests/e2e/prefixed/preview-site.ts";

const fixturePort = Number(process.env.TEST_PORT ?? 8181);
const realPort = fixturePort + 1;
const previewPort = fixturePort + 2;
const manyPagesPort = fixturePort + 3;
const realContentSpecs = /tests\/e2e\/content\/.*\.spec\.ts$/;
const prefixedSpecs = /tests\/e2e\/prefixed\/.*\.spec\.ts$/;
const manyPagesSpecs = /tests\/e2e\/many-pages\/.*\.spec\.ts$/;
const contentOnly = process.env.TEST_CONTENT_ONLY === "1";
// The servers' commands run from run-cached.mjs's compiled bundles: no tsx compile at each start.
const run = (script: string) => `node scripts/run-cached.mjs ${script}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: "fixture site",
      testIgnore: [realContentSpecs, prefixedSpecs, manyPagesSpecs],
      use: { baseURL: `http://127.0.0.1:${fixturePort}` },
    },
    {
      name: "real content",
      testMatch: realContentSpecs,
      use: { baseURL: `http://127.0.0.1:${realPort}` },
    },
    {
      name: "prefixed preview",
      testMatch: prefixedSpecs,
      use: { baseURL: `http://127.0.0.1:${previewPort}${previewPrefix}` },
    },
    {
      name: "many pages",
      testMatch: manyPagesSpecs,
      use: { baseURL: `http://127.0.0.1:${manyPagesPort}` },
    },
  ],
  webServer: (
    [
      {
        // Builds the fixture site, then serves it: one build per test run.
        command: `${run("scripts/build.ts")} && ${run("scripts/serve.ts")}`,
        env: {
          CONTENT_DIR: fixtureContentDir,
          OUTPUT_DIR: fixtureSiteDir,
          SITE_DIR: fixtureSiteDir,
          PORT: String(fixturePort),
        },
        url: `http://127.0.0.1:${fixturePort}/`,
        reuseExistingServer: false,
      },
      {
        command: run("scripts/serve.ts"),
        env: { SITE_DIR: "dist", PORT: String(realPort) },
        url: `http://127.0.0.1:${realPort}/`,
        reuseExistingServer: false,
      },
      {
        // The fixture site as a preview, built into <serve dir>/pr-12/ and served from above it.
        command: `${run("scripts/build.ts")} && ${run("scripts/serve.ts")}`,
        env: {
          CONTENT_DIR: fixtureContentDir,
          OUTPUT_DIR: `${previewServeDir}${previewPrefix.replace(/\/$/, "")}`,
          SITE_DIR: previewServeDir,
          PATH_PREFIX: previewPrefix,
          PREVIEW_PR: previewPr,
          PREVIEW_PR_URL: `https://github.com/forsakringskassan/faq/pull/${previewPr}`,
          PORT: String(previewPort),
        },
        url: `http://127.0.0.1:${previewPort}${previewPrefix}`,
        reuseExistingServer: false,
      },
      {
        command: `${run("scripts/build.ts")} && ${run("scripts/serve.ts")}`,
        env: {
          CONTENT_DIR: manyPagesContentDir,
          OUTPUT_DIR: manyPagesSiteDir,
          SITE_DIR: manyPagesSiteDir,
          PORT: String(manyPagesPort),
        },
        url: `http://127.0.0.1:${manyPagesPort}/`,
        reuseExistingServer: false,
      },
    ] as Extract<PlaywrightTestConfig["webServer"], unknown[]>
  ).filter((server) => !contentOnly || server.url === `http://127.0.0.1:${realPort}/`),
});
