// Starts Debian's nginx on loopback ports with the generated deploy/nginx.conf and a self-signed
// certificate made with openssl at start, for the tests: plain HTTP that redirects, and HTTPS.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const nginxBinary = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find(existsSync) ?? "nginx";
// Debian's module (libnginx-mod-http-brotli-static) that serves the build's .br files.
const brotliStaticModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

export interface RunningNginx {
  /** The HTTPS origin serving the site, such as https://127.0.0.1:9411 */
  origin: string;
  /** The plain HTTP origin, which only redirects to `origin`. */
  httpOrigin: string;
  /** The self-signed certificate (PEM) the HTTPS server presents, to trust it in a client. */
  certificateFile: string;
  /** True when nginx loaded the brotli module and serves .br files. */
  brotli: boolean;
  stop(): Promise<void>;
}

/** Replaces `from` in `text`, and fails loudly when deploy/nginx.conf no longer has it. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const replaced = text.replace(from, to);
  if (replaced === text) {
    throw new Error(`deploy/nginx.conf has no ${String(from)} to point at the test site`);
  }
  return replaced;
}

interface Ports {
  http: number;
  https: number;
}

/**
 * deploy/nginx.conf with only what must differ on a test machine: loopback ports, the test site
 * (and the redirects it holds),
 * the test certificate, and the HTTPS port in the redirect (production uses the default 443).
 */
async function serverBlocks(ports: Ports, root: string, prefix: string): Promise<string> {
  let config = await readFile("deploy/nginx.conf", "utf8");
  config = replaceOnce(config, /^(\s*)listen 80;/m, `$1listen 127.0.0.1:${ports.http};`);
  config = replaceOnce(config, /^(\s*)listen 443 /m, `$1listen 127.0.0.1:${ports.https} `);
  config = replaceOnce(config, /^(\s*)root [^;]+;/m, `$1root ${root};`);
  // The renamed pages' redirects the build wrote into the test site.
  config = replaceOnce(
    config,
    /^(\s*)include [^;]+\/_nginx\/\*\.conf;/m,
    `$1include ${root}/_nginx/*.conf;`,
  );
  config = replaceOnce(
    config,
    /^(\s*)ssl_certificate [^;]+;/m,
    `$1ssl_certificate ${prefix}/cert.pem;`,
  );
  config = replaceOnce(
    config,
    /^(\s*)ssl_certificate_key [^;]+;/m,
    `$1ssl_certificate_key ${prefix}/key.pem;`,
  );
  config = replaceOnce(
    config,
    "return 301 https://$host$request_uri;",
    `return 301 https://$host:${ports.https}$request_uri;`,
  );
  return config;
}

/** nginx.conf around the server blocks: everything nginx writes goes to `prefix`. */
function mainConfig(prefix: string, brotli: boolean): string {
  // Started as root (CI containers), nginx would serve as "nobody", who may not read dist/.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  const modules = brotli ? `load_module ${brotliStaticModule};\n` : "";
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`)
    .join("\n");
  return `${modules}${user}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
${temp}
  include ${prefix}/site.conf;
}
`;
}

/** A self-signed certificate for localhost and 127.0.0.1, valid for two days. */
function makeCertificate(prefix: string): void {
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "2",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
      "-keyout",
      `${prefix}/key.pem`,
      "-out",
      `${prefix}/cert.pem`,
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
}

/** nginx serving `root` over HTTPS on `port + 1`, with plain HTTP on `port` redirecting there. */
export async function startNginx(port: number, root: string): Promise<RunningNginx> {
  const ports = { http: port, https: port + 1 };
  const prefix = await mkdtemp(path.join(tmpdir(), "fk-faq-nginx-"));
  makeCertificate(prefix);
  let site = await serverBlocks(ports, root.replace(/\/$/, ""), prefix);
  const brotli = existsSync(brotliStaticModule);
  // Without the module (it is optional in production), its directive would stop nginx.
  if (!brotli) site = site.replace(/^\s*brotli_static on;\n/m, "");
  await writeFile(path.join(prefix, "site.conf"), site);
  await writeFile(path.join(prefix, "nginx.conf"), mainConfig(prefix, brotli));
  const nginx = spawn(
    nginxBinary,
    ["-e", "stderr", "-p", `${prefix}/`, "-c", `${prefix}/nginx.conf`, "-g", "daemon off;"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  nginx.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => nginx.once("exit", resolve));
  const httpOrigin = `http://127.0.0.1:${ports.http}`;
  const origin = `https://127.0.0.1:${ports.https}`;
  const stop = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) {
      nginx.kill("SIGTERM");
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (nginx.exitCode !== null) break;
    const answered = await fetch(`${httpOrigin}/`, { redirect: "manual" }).then(
      () => true,
      () => false,
    );
    if (answered) {
      return { origin, httpOrigin, certificateFile: `${prefix}/cert.pem`, brotli, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`nginx did not start on ${httpOrigin}: ${stderr}`);
}
