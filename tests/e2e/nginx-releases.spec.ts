// nginx serving releases side by side (npm run release): after a switch of `current`, the new
// release is served at once and an open page of the old release still gets its hashed files.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from "@playwright/test";
import { publishRelease } from "../../src/publishing/releases.ts";
import { type RunningNginx, startNginx } from "../support/nginx.ts";

let nginx: RunningNginx | undefined;
let http: APIRequestContext;
let work = "";

test.describe.configure({ mode: "serial" });

/** A built site of one version: a page, its stylesheet and its Pagefind bundle. */
async function build(version: number): Promise<string> {
  const site = path.join(work, `dist-${version}`);
  const files: Record<string, string> = {
    "index.html": `<!doctype html><link rel="stylesheet" href="/assets/site.${version}.css">`,
    "404.html": "<!doctype html><title>Sidan kunde inte hittas</title>",
    [`assets/site.${version}.css`]: `body{--version:${version}}`,
    [`pagefind/b${version}/pagefind.js`]: `export const version = ${version};`,
  };
  for (const [file, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), body);
  }
  return site;
}

test.beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "fk-nginx-releases-"));
  const base = path.join(work, "www");
  await publishRelease({
    base,
    site: await build(0),
    id: "r0",
    now: new Date("2026-12-01T08:00Z"),
  });
  // Above the ports of nginx.spec.ts and cms.spec.ts: HTTP, and HTTPS one above it.
  const port = Number(process.env.TEST_PORT ?? 8181) + 30 + 2 * test.info().parallelIndex;
  nginx = await startNginx(port, path.join(base, "current"));
  http = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
});

test.afterAll(async () => {
  await http?.dispose();
  await nginx?.stop();
  await rm(work, { recursive: true, force: true });
});

test("nginx serves the new release after the switch, and the old release's hashed files with it", async () => {
  const origin = nginx?.origin ?? "";
  expect(await (await http.get(`${origin}/`)).text()).toContain("site.0.css");
  await publishRelease({
    base: path.join(work, "www"),
    site: await build(1),
    id: "r1",
    now: new Date("2026-12-01T09:00Z"),
  });
  // No reload: nginx opens files through `current` on every request.
  expect(await (await http.get(`${origin}/`)).text()).toContain("site.1.css");
  for (const file of ["/assets/site.0.css", "/pagefind/b0/pagefind.js", "/assets/site.1.css"]) {
    const response = await http.get(`${origin}${file}`);
    expect(response.status(), file).toBe(200);
    expect(response.headers()["cache-control"], file).toMatch(/immutable/);
  }
  const manifest = await (await http.get(`${origin}/deploys.json`)).json();
  expect(manifest.deploys.map((deploy: { id: string }) => deploy.id)).toEqual(["r1", "r0"]);
});
