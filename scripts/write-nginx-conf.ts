// `npm run headers:nginx`: regenerates deploy/nginx.conf from src/publishing/headers.ts.
import { mkdir, writeFile } from "node:fs/promises";
import { siteConfigFrom } from "../src/config/config.ts";
import { headerRulesFor } from "../src/publishing/headers.ts";
import { renderNginxServer } from "../src/publishing/headers-formats.ts";

const site = siteConfigFrom(process.env);
await mkdir("deploy", { recursive: true });
await writeFile(
  "deploy/nginx.conf",
  renderNginxServer(headerRulesFor(site), { serverName: new URL(site.baseUrl).hostname }),
);
console.log("Wrote deploy/nginx.conf");
