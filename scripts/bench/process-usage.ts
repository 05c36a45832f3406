// CPU time and peak memory of this process and of the helpers it starts (esbuild's and Pagefind's
// binaries run as child processes, which process.resourceUsage() does not see). Linux /proc only.
import { readdirSync, readFileSync } from "node:fs";

export interface Usage {
  userMs: number;
  sysMs: number;
  /** The peak resident memory of the largest single process: this one or one of its children. */
  peakRssMb: number;
  /** The same for this Node process alone. */
  nodeRssMb: number;
}

// Linux reports process times in clock ticks of 1/100 s on every common architecture.
const msPerTick = 10;

function read(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function childrenOf(pid: number | "self"): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((task) =>
    read(`/proc/${pid}/task/${task}/children`).split(" ").filter(Boolean).map(Number),
  );
}

/** Fields of /proc/<pid>/stat after the command name, which may itself contain spaces. */
function statFields(pid: number | "self"): string[] {
  const stat = read(`/proc/${pid}/stat`);
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** Samples the children every few milliseconds: their peak memory is gone once they exit. */
export function watchChildren(intervalMs = 25): { stop: () => Usage } {
  const peakKb = new Map<number, number>();
  const cpuMs = new Map<number, number>();
  const sample = () => {
    const queue = childrenOf("self");
    while (queue.length > 0) {
      const pid = queue.pop() as number;
      const hwm = /VmHWM:\s+(\d+)/.exec(read(`/proc/${pid}/status`));
      if (hwm) peakKb.set(pid, Math.max(peakKb.get(pid) ?? 0, Number(hwm[1])));
      const fields = statFields(pid);
      // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name.
      const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
      if (ticks > 0) cpuMs.set(pid, ticks * msPerTick);
      queue.push(...childrenOf(pid));
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      const own = process.resourceUsage();
      // cutime and cstime (fields 16 and 17) hold the CPU of children that have exited.
      const fields = statFields("self");
      const exitedMs = (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) * msPerTick;
      const sampledMs = [...cpuMs.values()].reduce((sum, ms) => sum + ms, 0);
      const childUserMs = Number(fields[13] ?? 0) * msPerTick;
      // Children's time is split as the kernel split it once they have exited; a child still
      // running is known only from samples, counted as user time.
      const exited = exitedMs > 0 && exitedMs >= sampledMs;
      const nodeRssMb = own.maxRSS / 1024;
      return {
        userMs: own.userCPUTime / 1000 + (exited ? childUserMs : sampledMs),
        sysMs: own.systemCPUTime / 1000 + (exited ? exitedMs - childUserMs : 0),
        peakRssMb: Math.max(nodeRssMb, ...[...peakKb.values()].map((kb) => kb / 1024)),
        nodeRssMb,
      };
    },
  };
}
