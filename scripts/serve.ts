// Serves a built site (SITE_DIR, default dist/) with the production headers on PORT (default 8080):
// playwright.config.ts starts it as the web server of the browser tests (fixture site and real dist/).
import { siteConfigFrom } from "../src/config/config.ts";
import { headerRulesFor } from "../src/publishing/headers.ts";
import { startStaticServer } from "../src/publishing/static-server.ts";

const port = Number(process.env.PORT ?? 8080);
const root = process.env.SITE_DIR ?? "dist";
// No top-level await: playwright.config.ts runs this through scripts/run-cached.mjs (CommonJS).
startStaticServer({ root, port, rules: headerRulesFor(siteConfigFrom(process.env)) }).then(
  () => console.log(`Serving ${root}/ at http://localhost:${port}/`),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
