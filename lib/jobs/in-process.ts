// The job queue of the embedded default: PGlite admits one process, so jobs run inside the Next server, one at a time, in order.
import crypto from "node:crypto";
import { errorMessage, logJob } from "@/lib/jobs/log";
import {
  abortError,
  assertQueueName,
  DEFAULT_GRACE_MS,
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_RETRY_LIMIT,
  sleep,
  type EnqueueOptions,
  type JobHandler,
  type JobQueue,
  type StopOptions,
} from "@/lib/jobs/types";

type Pending = {
  id: string;
  queue: string;
  payload: object;
  key: string | undefined;
  attempt: number;
  maxAttempts: number;
  retryDelayMs: number;
  notBefore: number;
};

/**
 * Jobs live in memory only, so they do not survive the process: whoever enqueues must be able to
 * find its work again from the database after a restart (see onJobsStart in lib/jobs/index.ts).
 * Concurrency is always 1 across all queues: the one PGlite connection serialises the work anyway,
 * and strict order keeps the embedded default predictable.
 */
export class InProcessJobQueue implements JobQueue {
  readonly kind = "in-process" as const;
  private readonly handlers = new Map<string, JobHandler<object>>();
  private readonly pending: Pending[] = [];
  private started = false;
  private loop: Promise<void> | undefined;
  private nap: { wake: () => void } | undefined;
  private current: AbortController | undefined;

  /** WorkOptions.concurrency does not apply here: one job at a time. */
  async work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void> {
    assertQueueName(queue);
    this.handlers.set(queue, handler as JobHandler<object>);
    this.nap?.wake();
  }

  async enqueue(queue: string, payload: object, options: EnqueueOptions = {}): Promise<string | null> {
    assertQueueName(queue);
    const key = options.singletonKey;
    if (key !== undefined && this.pending.some((j) => j.queue === queue && j.key === key)) return null;
    const retryLimit = options.retryLimit ?? DEFAULT_RETRY_LIMIT;
    this.pending.push({
      id: crypto.randomUUID(),
      queue,
      // A JSON copy, as pg-boss stores it: the handler sees the same shape on both implementations
      // (a Date becomes a string) and later changes to the caller's object do not leak in.
      payload: JSON.parse(JSON.stringify(payload)) as object,
      key,
      attempt: 1,
      maxAttempts: retryLimit + 1,
      retryDelayMs: (options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS) * 1000,
      notBefore: Date.now() + (options.startAfterMs ?? 0),
    });
    this.nap?.wake();
    return this.pending.at(-1)!.id;
  }

  async start(): Promise<void> {
    this.started = true;
    // A loop still finishing a handler from before a stop simply carries on.
    this.loop ??= this.run().finally(() => {
      this.loop = undefined;
    });
  }

  isRunning(): boolean {
    return this.started;
  }

  async depth(): Promise<number> {
    return this.pending.length;
  }

  async stop(options: StopOptions = {}): Promise<void> {
    this.started = false;
    this.nap?.wake();
    this.current?.abort(abortError("De achtergrondtaken worden gestopt"));
    const loop = this.loop;
    if (!loop) return;
    // A handler that ignores its signal must not hold up the server's shutdown.
    const grace = sleep(options.graceMs ?? DEFAULT_GRACE_MS);
    await Promise.race([loop, grace.promise]);
    grace.wake();
  }

  private async run(): Promise<void> {
    while (this.started) {
      const now = Date.now();
      const runnable = this.pending.filter((j) => this.handlers.has(j.queue));
      const index = this.pending.findIndex((j) => j.notBefore <= now && this.handlers.has(j.queue));
      if (index < 0) {
        const next = Math.min(...runnable.map((j) => j.notBefore));
        const nap = sleep(Math.max(10, Math.min(next - now, 1000)));
        this.nap = nap;
        await nap.promise;
        this.nap = undefined;
        continue;
      }
      const [job] = this.pending.splice(index, 1);
      if (job) await this.execute(job);
    }
  }

  private async execute(job: Pending): Promise<void> {
    const handler = this.handlers.get(job.queue)!;
    const controller = new AbortController();
    this.current = controller;
    try {
      await handler(job.payload, {
        jobId: job.id,
        attempt: job.attempt,
        maxAttempts: job.maxAttempts,
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted) {
        // Interrupted by stop(): not the job's fault, so it goes back to the front uncounted.
        this.pending.unshift(job);
      } else if (job.attempt < job.maxAttempts) {
        logJob("warn", "Taak mislukt; volgt nog een poging", {
          queue: job.queue,
          jobId: job.id,
          attempt: job.attempt,
          error: errorMessage(error),
        });
        this.pending.push({ ...job, attempt: job.attempt + 1, notBefore: Date.now() + job.retryDelayMs });
      } else {
        logJob("error", "Taak definitief mislukt", {
          queue: job.queue,
          jobId: job.id,
          attempt: job.attempt,
          error: errorMessage(error),
        });
      }
    } finally {
      this.current = undefined;
    }
  }
}
