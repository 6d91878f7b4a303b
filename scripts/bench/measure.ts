// What the benchmark measures with: peak resident memory of a process and its children (sampled
// from /proc, as `ps` would), latency percentiles, and the result line of a scenario.
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
