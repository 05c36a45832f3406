// How every Chromium of this project starts: Debian's /usr/bin/chromium where Playwright cannot
// download its own (DESIGN.md), with the flags of a quiet, sandbox-less test browser. The browser
// tests (playwright.config.ts) and the measurements share it, so they measure the browser tested.
import { existsSync } from "node:fs";

const systemChromium = "/usr/bin/chromium";

export const chromiumLaunchOptions = {
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
};
