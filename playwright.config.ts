// Browser tests, in two projects:
// - "fixture site": the product's behaviour, on a site built from tests/fixtures/content/ (its own
//   output folder, built once per run by the web server command), so editors' changes to content/
//   never touch these tests;
// - "real content": rules that hold for any content, over the real dist/ that `npm run build` wrote.
// Both are served with the production headers by the local server.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { fixtureContentDir, fixtureSiteDir } from "./scripts/measure/fixture-site.ts";

const fixturePort = Number(process.env.TEST_PORT ?? 8181);
const realPort = fixturePort + 1;
// Debian's chromium where Playwright cannot download its own browser (see DESIGN.md).
const systemChromium = "/usr/bin/chromium";
const realContentSpecs = /tests\/e2e\/content\/.*\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    launchOptions: {
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "fixture site",
      testIgnore: realContentSpecs,
      use: { baseURL: `http://127.0.0.1:${fixturePort}` },
    },
    {
      name: "real content",
      testMatch: realContentSpecs,
      use: { baseURL: `http://127.0.0.1:${realPort}` },
    },
  ],
  webServer: [
    {
      // Builds the fixture site, then serves it: one build per test run.
      command: "node --import tsx scripts/build.ts && node --import tsx scripts/serve.ts",
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
      command: "node --import tsx scripts/serve.ts",
      env: { SITE_DIR: "dist", PORT: String(realPort) },
      url: `http://127.0.0.1:${realPort}/`,
      reuseExistingServer: false,
    },
  ],
});
