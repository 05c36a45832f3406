// The local server sends files as they are, unless the preview asks it to rewrite HTML pages.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { siteConfigFrom } from "../../src/config/config.ts";
import { headerRulesFor } from "../../src/publishing/headers.ts";
import { startStaticServer } from "../../src/publishing/static-server.ts";

const rules = headerRulesFor(siteConfigFrom({}));

const page = "<!doctype html><html><head><title>x</title></head><body>hej</body></html>";

describe("startStaticServer", () => {
  let root = "";
  const servers: Server[] = [];
  const urlOf = (server: Server, urlPath: string) =>
    `http://127.0.0.1:${(server.address() as AddressInfo).port}${urlPath}`;

  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), "fk-serve-"));
    await mkdir(path.join(root, "sida"));
    await writeFile(path.join(root, "sida/index.html"), page);
    await writeFile(path.join(root, "site.css"), "body{}");
    servers.push(await startStaticServer({ root, port: 0, rules }));
  });
  after(async () => {
    for (const server of servers) server.close();
    await rm(root, { recursive: true, force: true });
  });

  it("sends HTML byte for byte by default, with the production headers", async () => {
    const response = await fetch(urlOf(servers[0] as Server, "/sida/"));
    assert.equal(await response.text(), page);
    assert.match(response.headers.get("content-security-policy") ?? "", /default-src 'self'/);
  });

  it("serves nothing outside its folder, not even a sibling whose name starts with it", async () => {
    await mkdir(`${root}.previous-1`, { recursive: true });
    await writeFile(`${root}.previous-1/secret.txt`, "hemligt");
    try {
      const name = path.basename(root);
      const response = await fetch(
        urlOf(servers[0] as Server, `/..%2F${name}.previous-1/secret.txt`),
      );
      assert.notEqual(await response.text(), "hemligt");
      assert.equal(response.status, 404);
    } finally {
      await rm(`${root}.previous-1`, { recursive: true, force: true });
    }
  });
});

describe("startStaticServer on a port in use", () => {
  it("says which port is taken and how to choose another", async () => {
    const first = await startStaticServer({ root: "dist", port: 0, rules });
    const { port } = first.address() as AddressInfo;
    try {
      await assert.rejects(startStaticServer({ root: "dist", port, rules }), {
        message: new RegExp(`^Port ${port} is already in use .*PORT=${port + 1} npm start$`),
      });
    } finally {
      first.close();
    }
  });
});
