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

/**
 * The file a URL path names under `root` (`index.html` for a path ending in "/"), or null when it
 * lies outside `root` or cannot be decoded. The one path-traversal guard of the servers here and
 * of the preview: checking `startsWith(root)` alone would let a sibling like dist.previous-1 in.
 */
export function fileInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const candidate = path.join(root, decoded.endsWith("/") ? `${decoded}index.html` : decoded);
  return candidate.startsWith(`${root}${path.sep}`) ? candidate : null;
}

async function fileAt(root: string, pathname: string): Promise<string | null> {
  const candidate = fileInside(root, pathname);
  if (!candidate) return null;
  const info = await stat(candidate).catch(() => null);
  return info?.isFile() ? candidate : null;
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
    const file = await fileAt(absoluteRoot, url.pathname);
    if (file) return send(response, file, 200, url.pathname, rules);
    const folder = fileInside(absoluteRoot, `${url.pathname.replace(/\/$/, "")}/`);
    const directory = folder ? await stat(path.dirname(folder)).catch(() => null) : null;
    if (directory?.isDirectory() && !url.pathname.endsWith("/")) {
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
