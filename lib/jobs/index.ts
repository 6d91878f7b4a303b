// The app's background jobs: pg-boss on PostgreSQL, in-process on the embedded default; one queue per process.
import { databaseTarget, type DatabaseTarget } from "@/lib/db/adapter";
import { InProcessJobQueue } from "@/lib/jobs/in-process";
import { errorMessage, logJob } from "@/lib/jobs/log";
import { PgBossJobQueue } from "@/lib/jobs/pg-boss";
import type { EnqueueOptions, JobHandler, JobQueue, StopOptions, WorkOptions } from "@/lib/jobs/types";

export type { EnqueueOptions, JobContext, JobHandler, JobQueue, StopOptions, WorkOptions } from "@/lib/jobs/types";
export { InProcessJobQueue } from "@/lib/jobs/in-process";
export { PgBossJobQueue, type PgBossQueueOptions } from "@/lib/jobs/pg-boss";

/** PostgreSQL → pg-boss, shared by every instance; PGlite → in this process (PGlite admits no other). */
export function createJobQueue(target: DatabaseTarget = databaseTarget()): JobQueue {
  return target.kind === "postgres"
    ? new PgBossJobQueue({ connectionString: target.connectionString })
    : new InProcessJobQueue();
}

export type Jobs = {
  queue(): JobQueue;
  enqueue(queue: string, payload: object, options?: EnqueueOptions): Promise<string | null>;
  work<T extends object>(queue: string, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
  /**
   * Registers work to do on every startJobs(), after the workers run. The embedded queue forgets its
   * jobs when the process ends, so a feature that enqueues must register here how to find its
   * unfinished work in the database and enqueue it again (uploads: those IN_WACHTRIJ or BEZIG, with
   * singletonKey = upload id). On PostgreSQL jobs survive, and the same hook only catches work whose
   * enqueue was lost; the singletonKey keeps it from running twice. A second hook by the same name
   * replaces the first (hot reload).
   */
  onJobsStart(name: string, hook: () => Promise<void>): void;
  startJobs(): Promise<void>;
  /** For the server's SIGTERM handler (before the database is closed), and for scripts that enqueued. */
  stopJobs(options?: StopOptions): Promise<void>;
};

/** The app's facade over one queue; tests make their own with a queue of their choosing. */
export function createJobs(makeQueue: () => JobQueue): Jobs {
  let queue: JobQueue | undefined;
  let started = false;
  const hooks = new Map<string, () => Promise<void>>();
  const get = () => (queue ??= makeQueue());
  return {
    queue: get,
    enqueue: (name, payload, options) => get().enqueue(name, payload, options),
    work: (name, handler, options) => get().work(name, handler, options),
    onJobsStart(name, hook) {
      hooks.set(name, hook);
    },
    async startJobs() {
      if (started) return;
      started = true;
      await get().start();
      for (const [name, hook] of hooks) {
        // One feature's failing recovery must not keep the server (or the other features) from starting.
        await hook().catch((error: unknown) =>
          logJob("error", "Herstel bij het starten mislukt", { hook: name, error: errorMessage(error) }),
        );
      }
    },
    async stopJobs(options) {
      started = false;
      // Also when never started: a script that only enqueued still has pg-boss's pool and timers open.
      await queue?.stop(options);
    },
  };
}

// A globalThis singleton, like lib/db.ts: Next may load this module more than once (instrumentation,
// route bundles, hot reload), and on the embedded default they must all share one in-process queue.
const holder = globalThis as unknown as { __bronJobs?: Jobs };
const jobs: Jobs = (holder.__bronJobs ??= createJobs(() => createJobQueue()));

export const { enqueue, work, onJobsStart, startJobs, stopJobs } = jobs;
export const getJobQueue = jobs.queue;
