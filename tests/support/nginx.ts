// Starts Debian's nginx on a loopback port with the generated deploy/nginx.conf, for the tests.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const nginxBinary = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find(existsSync) ?? "nginx";

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

/** deploy/nginx.conf's server block, listening on `port` and serving `root`. */
async function serverBlock(port: number, root: string): Promise<string> {
  const config = await readFile("deploy/nginx.conf", "utf8");
  const adjusted = config
    .replace(/^(\s*)listen [^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`);
  if (!adjusted.includes(`listen 127.0.0.1:${port};`) || !adjusted.includes(`root ${root};`)) {
    throw new Error("deploy/nginx.conf has no `listen` or `root` line to point at the test site");
  }
  return adjusted;
}

/** nginx.conf around the server block: everything nginx writes goes to `prefix`. */
function mainConfig(prefix: string): string {
  // Started as root (CI containers), nginx would serve as "nobody", who may not read dist/.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`)
    .join("\n");
  return `${user}worker_processes 1;
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

export async function startNginx(port: number, root: string): Promise<RunningNginx> {
  const prefix = await mkdtemp(path.join(tmpdir(), "fk-faq-nginx-"));
  await writeFile(path.join(prefix, "site.conf"), await serverBlock(port, root.replace(/\/$/, "")));
  await writeFile(path.join(prefix, "nginx.conf"), mainConfig(prefix));
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
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) {
      nginx.kill("SIGTERM");
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (nginx.exitCode !== null) break;
    const answered = await fetch(`${origin}/`).then(
      () => true,
      () => false,
    );
    if (answered) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`nginx did not start on ${origin}: ${stderr}`);
}
