// Child processes of the benchmark: the job worker and the production server, started with the
// bench database in their environment and stopped with SIGTERM as an operator would.
import { spawn, type ChildProcess } from "node:child_process";
import { ensureBuild } from "../shared/build";
import { serverArgs } from "../shared/serve";
import { workerArgs } from "../shared/worker-command";
import { waitForServer } from "../shared/sign-in";

export interface Child {
  process: ChildProcess;
  pid: number;
  stop(): Promise<void>;
}

/**
 * `BENCH_CPU_PROF=<dir>` profiles the worker and the server (`node --cpu-prof`): each writes its
 * .cpuprofile into that folder when it stops, for Chrome's DevTools or `scripts/bench/profile-top.ts`.
 */
function profileArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : [];
}

/**
 * `BENCH_NODE=<path>`: the node binary of the worker and the server (default: the one running the
 * bench), to measure the same build on another Node.js release, e.g. the container image's.
 */
const childNode = (): string => process.env.BENCH_NODE || process.execPath;

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill("SIGTERM");
    });
}

/**
 * The job worker with `npm run worker`'s own command line (its heap bounds), run by this node rather
 * than through npm so its pid is the worker's; resolves once it prints "ready".
 */
export async function startWorker(env: NodeJS.ProcessEnv): Promise<Child> {
  const child = spawn(childNode(), [...profileArgs(), ...workerArgs()], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (data: Buffer) => {
      buffer += data.toString();
      if (buffer.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`De benchmark-worker stopte voortijdig (exit ${code}).`)));
  });
  child.stdout!.resume();
  return { process: child, pid: child.pid!, stop: stopper(child) };
}

/** `next start` as `npm start` runs it, on a production build of the current tree (built first when needed). */
export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<Child & { base: string }> {
  ensureBuild({ ...env, NODE_ENV: "production" });
  const child = spawn(childNode(), [...profileArgs(), ...serverArgs(String(port))], {
    env: { ...env, NODE_ENV: "production", NEXT_MANUAL_SIG_HANDLE: "true" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://localhost:${port}`;
  if (!(await waitForServer(`${base}/inloggen`, 120_000))) {
    child.kill("SIGKILL");
    throw new Error("De productieserver kwam niet op.");
  }
  return { process: child, pid: child.pid!, base, stop: stopper(child) };
}
