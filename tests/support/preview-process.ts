// The real `npm start` (scripts/start.ts) on a copy of the fixture content, for the browser tests
// of the preview: started on a free port, its terminal output kept, stopped with its folders.
import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";

export interface PreviewProcess {
  /** The preview's address, as it prints it. */
  url: string;
  /** The copy of the content it watches. */
  contentDir: string;
  /** Everything it has printed so far. */
  output: () => string;
  /** Stops it (as Ctrl+C does) and removes its folders. */
  stop: () => Promise<void>;
}

export async function startPreviewProcess(): Promise<PreviewProcess> {
  const work = await mkdtemp(path.join(tmpdir(), "fk-preview-e2e-"));
  const contentDir = path.join(work, "content");
  await cp(fixtureContentDir, contentDir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: "0",
      CONTENT_DIR: contentDir,
      OUTPUT_DIR: path.join(work, "dist"),
    },
    detached: true,
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const found = /Förhandsvisning: (http:\/\/localhost:\d+\/)/.exec(output)?.[1];
      if (found) resolve(found);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`The preview exited (${code}):\n${output}`)));
  });
  return {
    url,
    contentDir,
    output: () => output,
    stop: async () => {
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        process.kill(-child.pid, "SIGTERM");
        await exited;
      }
      await rm(work, { recursive: true, force: true });
    },
  };
}
