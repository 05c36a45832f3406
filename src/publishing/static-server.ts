// A small static file server for a built site, applying the production headers (the browser tests, the bench and the audit).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { type HeaderRule, headersFor } from "./headers.ts";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".yml": "text/yaml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

async function fileAt(root: string, urlPath: string): Promise<string | null> {
  const candidate = path.join(root, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
  // root + separator: a sibling folder whose name starts with root's ("dist.previous-1") is outside.
  if (!candidate.startsWith(`${root}${path.sep}`)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) return null;
  return null;
}

async function send(
  response: ServerResponse,
  file: string,
  status: number,
  urlPath: string,
  rules: HeaderRule[],
): Promise<void> {
  response.writeHead(status, {
    ...headersFor(urlPath, rules),
    "Content-Type": contentTypes[path.extname(file)] ?? "application/octet-stream",
  });
  createReadStream(file).pipe(response);
}

export interface StaticServerOptions {
  root: string;
  port: number;
  /** The production header rules (headerRulesFor(site)). */
  rules: HeaderRule[];
  host?: string;
  /** Answers requests before files are looked up (a test's stub tracker); true when handled. */
  before?: (url: URL, response: ServerResponse) => boolean | Promise<boolean>;
}

export function startStaticServer({
  root,
  port,
  rules,
  host = "127.0.0.1",
  before,
}: StaticServerOptions): Promise<Server> {
  const absoluteRoot = path.resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (before && (await before(url, response))) return;
    const urlPath = decodeURIComponent(url.pathname);
    const file = await fileAt(absoluteRoot, urlPath);
    if (file) return send(response, file, 200, urlPath, rules);
    const directory = await stat(path.join(absoluteRoot, urlPath)).catch(() => null);
    if (directory?.isDirectory()) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return response.end();
    }
    const notFound = path.join(absoluteRoot, "404.html");
    if (await stat(notFound).catch(() => null))
      return send(response, notFound, 404, "/404.html", rules);
    response.writeHead(404).end("Not found");
  });
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Port ${port} is already in use (another preview or server?): stop it, or choose another port, e.g. PORT=${port + 1} npm start`,
            )
          : error,
      );
    });
    server.listen(port, host, () => resolve(server));
  });
}
