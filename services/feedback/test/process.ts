// The receiver as its own process, as `npm run feedback` starts it, for tests of how it stops.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface Receiver {
  child: ChildProcess;
  origin: string;
  exited: Promise<number | null>;
  /** Everything the process wrote to stdout: its log lines. */
  output: () => string;
}

export async function startReceiver(env: Record<string, string>, port?: number): Promise<Receiver> {
  port ??= await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    cwd: path.dirname(path.dirname(main)),
    env: { ...process.env, FEEDBACK_PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 200; tries++) {
    const ready = await fetch(`${origin}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, origin, exited, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`the receiver did not start:\n${output}`);
}
