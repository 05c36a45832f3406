// `npm start`: builds the site, then serves it at http://localhost:8080.
import { spawnSync } from "node:child_process";

const build = spawnSync("npx", ["tsx", "scripts/build.ts"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
await import("./serve.ts");
