// `npm run serve`: serves the built dist/ with the production headers at http://localhost:8080.
import { startStaticServer } from "../src/publishing/static-server.ts";

const port = Number(process.env.PORT ?? 8080);
await startStaticServer({ root: process.env.SITE_DIR ?? "dist", port }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
console.log(`Serving dist/ at http://localhost:${port}/`);
