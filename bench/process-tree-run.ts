// Runs a command and measures its wall time and the peak memory of its whole
// process tree: every ~50 ms the resident set sizes (VmRSS) of the command
// and all its descendants, however deep (npm, tsx, Framework and every data
// loader it spawns), are summed from /proc, and the largest sum is kept.
// Pages shared between processes count once per process, so the figure is an
// upper bound of what the tree needed. Its CPU time is what the tree's
// processes used, user and system, read from this process's reaped
// children (cutime and cstime of /proc/self/stat): on a machine other work
// shares, the wall time stretches, the CPU time barely. Linux only.
import {spawn} from "node:child_process";
import {closeSync, openSync, readdirSync, readFileSync} from "node:fs";

export interface TreeRun {
  ms: number;
  cpuMs: number;
  peakRssBytes: number;
  /** The largest number of processes seen at once. */
  peakProcesses: number;
  status: number | null;
}

const SAMPLE_MS = 50;
/** Linux's USER_HZ: the unit of the CPU times in /proc. */
const TICKS_PER_S = 100;

/** CPU time, in ms, of this process's children that have ended and been waited for, theirs included. */
function reapedChildrenCpuMs(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // cutime and cstime are fields 16 and 17 of stat, 14 and 15 after the command name.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_S;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    // the process ended between listing and reading
    return null;
  }
}

/** Each live process's parent, from /proc/<pid>/stat (the field after the command name, which may hold spaces). */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (stat === null) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  return children;
}

/** The summed VmRSS of `root` and its descendants, and how many they are. */
function treeRss(root: number): {bytes: number; processes: number} {
  const children = parents();
  let bytes = 0;
  let processes = 0;
  for (const pending = [root]; pending.length > 0; ) {
    const pid = pending.pop()!;
    const status = read(`/proc/${pid}/status`);
    const kib = status?.match(/^VmRSS:\s+(\d+) kB$/m);
    if (kib) {
      bytes += Number(kib[1]) * 1024;
      processes += 1;
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return {bytes, processes};
}

/** Runs `command` with its output appended to `log`; resolves when it exits, whatever its status. */
export function runTree(command: string, args: string[], options: {env?: NodeJS.ProcessEnv; log: string}): Promise<TreeRun> {
  const out = openSync(options.log, "a");
  const cpuBefore = reapedChildrenCpuMs();
  const started = performance.now();
  const child = spawn(command, args, {env: options.env ?? process.env, stdio: ["ignore", out, out]});
  let peakRssBytes = 0;
  let peakProcesses = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const {bytes, processes} = treeRss(child.pid);
    peakRssBytes = Math.max(peakRssBytes, bytes);
    peakProcesses = Math.max(peakProcesses, processes);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on("error", (error) => {
      clearInterval(timer);
      closeSync(out);
      reject(error);
    });
    child.on("exit", (status) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      closeSync(out);
      resolve({ms, cpuMs: reapedChildrenCpuMs() - cpuBefore, peakRssBytes, peakProcesses, status});
    });
  });
}
