// The one way measurements time a command: GNU time (/usr/bin/time) around it reports the wall
// time, the CPU time of the processes of its tree that were waited for, and the peak memory of its
// largest process, which Node cannot see of its children. A child nobody waits for is not counted:
// esbuild's service process, which Node leaves to end with it, is missing from the CPU time of a
// command that bundles (about 1.3 s of a fresh clone's first build).
import { execFile } from "node:child_process";
import { promisify } from "node:util";

export interface CommandTime {
  /** GNU time's wall clock, from start to exit, in ms. */
  wallMs: number;
  userMs: number;
  sysMs: number;
  /** The peak resident memory of the largest single process of the tree (GNU time's %M). */
  peakRssMb: number;
  stdout: string;
  stderr: string;
}

const marker = "GNU-TIME ";

/**
 * Runs `command` (program first) under /usr/bin/time, in `cwd` (default: the working folder); fails
 * with its output when it fails.
 */
export async function timeCommand(
  command: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd?: string,
): Promise<CommandTime> {
  const { stdout, stderr } = await promisify(execFile)(
    "/usr/bin/time",
    ["-f", `${marker}%e %U %S %M`, ...command],
    { env, cwd, maxBuffer: 64 * 1024 * 1024 },
  );
  // The command's own stderr comes first; GNU time's line is the last with the marker.
  const line =
    stderr
      .split("\n")
      .filter((l) => l.startsWith(marker))
      .at(-1) ?? "";
  const [wall = 0, user = 0, sys = 0, kb = 0] = line.slice(marker.length).split(" ").map(Number);
  if (!line) throw new Error(`no GNU time figures for ${command.join(" ")}:\n${stderr}`);
  return {
    wallMs: wall * 1000,
    userMs: user * 1000,
    sysMs: sys * 1000,
    peakRssMb: kb / 1024,
    stdout,
    stderr,
  };
}
