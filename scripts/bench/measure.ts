// What the benchmark measures with: peak resident memory of a process and its children (sampled
// from /proc, as `ps` would), the CPU time processes used and the time the machine's host stole,
// latency percentiles, and the result line of a scenario.
import fs from "node:fs";

function children(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssBytes(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The resident memory of a process and all its descendants, now. */
export function treeRss(pid: number): number {
  let total = 0;
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop()!;
    total += rssBytes(p);
    todo.push(...children(p));
  }
  return total;
}

/** CPU time (user + system, ms) a process has used so far; null once it is gone. */
function cpuMsOf(pid: number): number | null {
  try {
    // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** USER_HZ: 100 on every Linux the bench runs on. */
const CLOCK_TICKS = 100;

/** The pids of PostgreSQL's processes on this machine (the benchmark's database server is local). */
function postgresPids(): number[] {
  return fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
      } catch {
        return false;
      }
    });
}

/** Jiffies the host took from this virtual machine ("steal") and all jiffies, from /proc/stat. */
function machineTicks(): { steal: number; total: number } {
  const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { steal: cpu[7] ?? 0, total: cpu.slice(0, 8).reduce((a, b) => a + b, 0) };
}

/**
 * CPU spent during a load phase: by a process (the server, with its descendants), by PostgreSQL's
 * backends (those that existed at the start or at the end), and the share of the machine's time its
 * host stole. Per request, the process's CPU is the figure that steal and the load generator do not
 * move: throughput on a shared two-core machine does.
 */
export function cpuMeter(pid: number) {
  const tree = () => {
    const pids: number[] = [];
    const todo = [pid];
    while (todo.length) {
      const p = todo.pop()!;
      pids.push(p);
      todo.push(...children(p));
    }
    return pids;
  };
  const sum = (pids: number[]) => pids.reduce((total, p) => total + (cpuMsOf(p) ?? 0), 0);
  const startPg = new Map(postgresPids().map((p) => [p, cpuMsOf(p) ?? 0]));
  const startServer = sum(tree());
  const startTicks = machineTicks();
  /** CPU milliseconds since the meter started: the process (with its descendants) and PostgreSQL. */
  const totals = () => {
    const processMs = sum(tree()) - startServer;
    let databaseMs = 0;
    // A backend that ended meanwhile is left out: what it used is no longer readable.
    for (const p of new Set([...startPg.keys(), ...postgresPids()])) {
      const now = cpuMsOf(p);
      if (now !== null) databaseMs += now - (startPg.get(p) ?? 0);
    }
    const ticks = machineTicks();
    const total = ticks.total - startTicks.total;
    return { processMs, databaseMs, stealPercent: round(total ? (100 * (ticks.steal - startTicks.steal)) / total : 0) };
  };
  return {
    totals,
    /** The figures since the meter started, per request. */
    read(requests: number) {
      const { processMs, databaseMs, stealPercent } = totals();
      return {
        serverCpuMsPerRequest: round(processMs / Math.max(1, requests), 2),
        databaseCpuMsPerRequest: round(databaseMs / Math.max(1, requests), 2),
        stealPercent,
      };
    },
  };
}

/**
 * Samples the resident memory of a process (with `tree`: and its descendants) every `everyMs` until
 * stopped; `peakMb()` is the highest seen.
 */
export function rssSampler(pid: number, everyMs = 100, options: { tree: boolean } = { tree: true }) {
  const read = () => (options.tree ? treeRss(pid) : rssBytes(pid));
  let peak = read();
  const timer = setInterval(() => (peak = Math.max(peak, read())), everyMs);
  return {
    peakMb: () => Math.round(Math.max(peak, read()) / 1e6),
    stop: () => clearInterval(timer),
    reset: () => (peak = read()),
  };
}

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** One scenario's figures, printed as one JSON line; `target` says what quality.md asks of it. */
export interface Result {
  scenario: string;
  [figure: string]: unknown;
}

export function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
