// `npm run headers:nginx`: regenerates deploy/nginx.conf from src/eleventy/headers.ts.
import { mkdir, writeFile } from "node:fs/promises";
import { renderNginxServer } from "../src/eleventy/headers-formats.ts";

await mkdir("deploy", { recursive: true });
await writeFile("deploy/nginx.conf", renderNginxServer());
console.log("Wrote deploy/nginx.conf");
