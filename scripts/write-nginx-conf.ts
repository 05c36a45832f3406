// `npm run headers:nginx`: regenerates deploy/nginx.conf from src/publishing/headers.ts.
import { mkdir, writeFile } from "node:fs/promises";
import { renderNginxServer } from "../src/publishing/headers-formats.ts";

await mkdir("deploy", { recursive: true });
await writeFile("deploy/nginx.conf", renderNginxServer());
console.log("Wrote deploy/nginx.conf");
