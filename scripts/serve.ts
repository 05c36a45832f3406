// Serves a built site (SITE_DIR, default dist/) with the production headers on PORT (default 8080):
// playwright.config.ts starts it as the web server of the browser tests (fixture site and real dist/).
import { startStaticServer } from "../src/publishing/static-server.ts";

const port = Number(process.env.PORT ?? 8080);
await startStaticServer({ root: process.env.SITE_DIR ?? "dist", port }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
console.log(`Serving dist/ at http://localhost:${port}/`);
