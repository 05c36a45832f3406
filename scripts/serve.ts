// Serves a built site (SITE_DIR, default dist/) with the production headers at http://localhost:8080
// (PORT): the web servers of the browser tests (playwright.config.ts).
import { siteConfigFrom } from "../src/config/config.ts";
import { headerRulesFor } from "../src/publishing/headers.ts";
import { startStaticServer } from "../src/publishing/static-server.ts";

const port = Number(process.env.PORT ?? 8080);
const root = process.env.SITE_DIR ?? "dist";
await startStaticServer({ root, port, rules: headerRulesFor(siteConfigFrom(process.env)) }).catch(
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
console.log(`Serving ${root}/ at http://localhost:${port}/`);
