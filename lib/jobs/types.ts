// The background-job interface the app codes against; implemented by pg-boss (PostgreSQL) and in-process (PGlite).

/** What a handler learns about the run it is in. */
export type JobContext = {
  jobId: string;
  /** 1 for the first run, 2 for the first retry, … */
  attempt: number;
  /** attempt === maxAttempts means no retry follows if this run fails or its process dies. */
  maxAttempts: number;
  /**
   * Aborted when the queue stops (shutdown) or loses its hold on the job. A handler should check it
   * between batches and then throw (e.g. `signal.throwIfAborted()`): a handler that *returns* is
   * taken to have finished, one that throws is retried.
   */
  signal: AbortSignal;
};

/** Handlers must be idempotent: a job runs at least once, and again after a crash or a throw. */
export type JobHandler<T extends object = Record<string, unknown>> = (payload: T, context: JobContext) => Promise<void>;

export type EnqueueOptions = {
  /**
   * At most one *waiting* job per (queue, key): enqueueing while one waits returns null. And at most
   * one job per key *runs* at a time, across all instances; a job whose key is running elsewhere
   * waits until that run ends.
   */
  singletonKey?: string;
  /** Retries after a throw or a dead worker; default 3. */
  retryLimit?: number;
  /** Seconds before a retry; default 2. */
  retryDelaySeconds?: number;
  /** Run no earlier than this many milliseconds from now. */
  startAfterMs?: number;
};

export type WorkOptions = {
  /** Jobs of this queue run at once in this process (in-process: always 1). */
  concurrency?: number;
};

export type StopOptions = {
  /** How long running handlers get to return after their signal is aborted; default 5000 ms. */
  graceMs?: number;
};

export interface JobQueue {
  readonly kind: "pg-boss" | "in-process";
  /** Registers the handler of a queue; it starts running jobs once the queue is started. */
  work<T extends object>(queue: string, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
  /** Returns the job id, or null when a job with the same singletonKey is already waiting. */
  enqueue(queue: string, payload: object, options?: EnqueueOptions): Promise<string | null>;
  start(): Promise<void>;
  /** Stops fetching, aborts running handlers and waits at most graceMs for them; jobs not finished run again later. */
  stop(options?: StopOptions): Promise<void>;
  /** Whether this process's workers run (started, not stopped): /api/ready. */
  isRunning(): boolean;
  /** Jobs waiting to run (not yet taken) in the queues this process works: metrics. */
  depth(): Promise<number>;
}

export const DEFAULT_RETRY_LIMIT = 3;
export const DEFAULT_RETRY_DELAY_SECONDS = 2;
export const DEFAULT_GRACE_MS = 5000;

/** Queue names are part of the pg-boss table; keep them simple so both implementations agree. */
export function assertQueueName(queue: string): void {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(queue)) throw new Error(`Invalid queue name: ${JSON.stringify(queue)}`);
}

export function abortError(message: string): Error {
  const error = new Error(message);
  error.name = "AbortError";
  return error;
}

/** A promise that resolves after `ms`, or earlier when `wake` is called. */
export function sleep(ms: number): { promise: Promise<void>; wake: () => void } {
  let wake = () => {};
  const promise = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { promise, wake };
}
