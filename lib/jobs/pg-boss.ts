// The job queue on PostgreSQL: pg-boss keeps the jobs (schema `pgboss`), so every app instance shares them.
import crypto from "node:crypto";
import PgBoss from "pg-boss";
import pg from "pg";
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
  type WorkOptions,
} from "@/lib/jobs/types";

/*
 * Why more than `boss.work()`: pg-boss 10 (the last major that runs on Node 20) has no heartbeat.
 * A job whose process died stays `active` until its expiry, and a live job that outlasts its expiry
 * is retried while it still runs. So this module runs its own fetch loop and gives every running job
 * a lease that PostgreSQL itself keeps: a session advisory lock on a connection of its own. The lock
 * vanishes the moment the process dies (the kernel closes the socket), and a reaper on every
 * instance returns `active` jobs whose lock is free to pg-boss for a retry. The expiry is then only a
 * backstop for a hung handler, and can be long.
 *
 * A singletonKey also takes a second advisory lock for the run, so one key never runs twice at once.
 */

const SCHEMA = "pgboss";
// Two-int advisory lock namespaces ("JOBS", "JOBK"), apart from any single-bigint locks the app takes.
const LOCK_JOB = 0x4a4f4253;
const LOCK_KEY = 0x4a4f424b;
// pg-boss's 'short' policy allows one *created* job per singleton_key; jobs without a key of the
// caller's get a unique one so they never collide. The prefixes tell the two apart.
const USER_KEY = "k:";
const OWN_KEY = "id:";

export type PgBossQueueOptions = {
  connectionString: string;
  /** How often an idle worker looks for jobs; enqueue in this process wakes it at once. Default 1000. */
  pollIntervalMs?: number;
  /** How often this instance looks for jobs of dead workers. Default 15000. */
  reapIntervalMs?: number;
  /** A job must have been active this long before the reaper looks at it (covers fetch → lock). Default 30000. */
  reapGraceMs?: number;
  /** A job whose singletonKey runs elsewhere is put back for this long. Default 5000. */
  postponeMs?: number;
  /** pg-boss's expiry, the backstop for a handler that hangs while its process lives. Default 23 h (pg-boss max < 24 h). */
  expireInSeconds?: number;
  /** pg-boss's own maintenance (expiry, archive); off only in tests that want a quiet database. Default true. */
  maintenance?: boolean;
};

type Job = PgBoss.JobWithMetadata<object>;
type Registration = { handler: JobHandler<object>; concurrency: number };

export class PgBossJobQueue implements JobQueue {
  readonly kind = "pg-boss" as const;
  private readonly boss: PgBoss;
  private readonly options: Required<Omit<PgBossQueueOptions, "connectionString" | "maintenance">> & {
    connectionString: string;
  };
  private readonly handlers = new Map<string, Registration>();
  private readonly created = new Map<string, Promise<void>>();
  private readonly naps = new Set<{ wake: () => void }>();
  private readonly runs = new Map<AbortController, Promise<void>>();
  private readonly slots = new Set<Promise<void>>();
  private connecting: Promise<void> | undefined;
  private started = false;
  private reaper: ReturnType<typeof setInterval> | undefined;

  constructor(options: PgBossQueueOptions) {
    this.options = {
      connectionString: options.connectionString,
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      reapIntervalMs: options.reapIntervalMs ?? 15_000,
      reapGraceMs: options.reapGraceMs ?? 30_000,
      postponeMs: options.postponeMs ?? 5000,
      expireInSeconds: options.expireInSeconds ?? 23 * 3600,
    };
    this.boss = new PgBoss({
      connectionString: options.connectionString,
      schema: SCHEMA,
      application_name: "bron-jobs",
      max: 3,
      supervise: options.maintenance ?? true,
      schedule: false, // no cron: its timekeeper would poll for nothing
      expireInSeconds: this.options.expireInSeconds,
    });
    // An EventEmitter without an 'error' listener would throw and take the server down.
    this.boss.on("error", (error) => logJob("error", "pg-boss meldt een fout", { error: errorMessage(error) }));
  }

  async work<T extends object>(queue: string, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    assertQueueName(queue);
    const existing = this.handlers.get(queue);
    if (existing) {
      // Registered again (hot reload in development): the new handler takes over the running slots.
      existing.handler = handler as JobHandler<object>;
      return;
    }
    const registration = { handler: handler as JobHandler<object>, concurrency: Math.max(1, options.concurrency ?? 1) };
    this.handlers.set(queue, registration);
    if (this.started) await this.spawn(queue, registration.concurrency);
  }

  async enqueue(queue: string, payload: object, options: EnqueueOptions = {}): Promise<string | null> {
    assertQueueName(queue);
    await this.connect();
    await this.ensureQueue(queue);
    const id = crypto.randomUUID();
    const result = await this.boss.send(queue, payload, {
      id,
      singletonKey: options.singletonKey === undefined ? OWN_KEY + id : USER_KEY + options.singletonKey,
      retryLimit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
      retryDelay: options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
      ...(options.startAfterMs ? { startAfter: options.startAfterMs / 1000 } : {}),
    });
    if (this.handlers.has(queue)) this.wakeAll();
    return result;
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.connect();
    this.started = true;
    for (const [queue, registration] of this.handlers) await this.spawn(queue, registration.concurrency);
    this.reaper = setInterval(() => void this.reap(), this.options.reapIntervalMs);
    // Jobs left behind by a worker that died before this instance started are picked up now.
    void this.reap();
  }

  isRunning(): boolean {
    return this.started;
  }

  /** Waiting and retrying jobs of the queues this process works (pg-boss counts them before "active"). */
  async depth(): Promise<number> {
    if (!this.started) return 0;
    const sizes = await Promise.all([...this.handlers.keys()].map((queue) => this.boss.getQueueSize(queue)));
    return sizes.reduce((sum, n) => sum + n, 0);
  }

  async stop(options: StopOptions = {}): Promise<void> {
    this.started = false;
    clearInterval(this.reaper);
    this.wakeAll();
    for (const controller of this.runs.keys()) controller.abort(abortError("De achtergrondtaken worden gestopt"));
    // Handlers that return in time complete their job; those that throw put it back in line
    // without using up a retry. One that ignores its signal keeps its lease until it ends or the
    // process exits; a reaper then retries its job.
    const grace = sleep(options.graceMs ?? DEFAULT_GRACE_MS);
    await Promise.race([Promise.allSettled([...this.slots]), grace.promise]);
    grace.wake();
    const connecting = this.connecting;
    this.connecting = undefined;
    this.created.clear();
    if (connecting) {
      await connecting.catch(() => undefined);
      await this.boss.stop({ graceful: false, close: true, wait: true }).catch((error: unknown) => {
        logJob("warn", "pg-boss stopte niet netjes", { error: errorMessage(error) });
      });
    }
  }

  /**
   * Opens pg-boss (creating its schema on first use) without running workers: enough to enqueue.
   * Also after stop(): a job enqueued during a shutdown is stored for the other instances, not lost.
   */
  private connect(): Promise<void> {
    this.connecting ??= this.boss.start().then(
      () => undefined,
      (error: unknown) => {
        this.connecting = undefined; // try again on the next call
        throw error;
      },
    );
    return this.connecting;
  }

  /** pg-boss 10 drops jobs for a queue that does not exist; create_queue is idempotent and race-safe. */
  private ensureQueue(queue: string): Promise<void> {
    let pending = this.created.get(queue);
    if (!pending) {
      pending = this.boss.createQueue(queue, { name: queue, policy: "short" });
      pending.catch(() => this.created.delete(queue));
      this.created.set(queue, pending);
    }
    return pending;
  }

  private async spawn(queue: string, concurrency: number): Promise<void> {
    await this.ensureQueue(queue);
    for (let i = 0; i < concurrency; i++) {
      const slot: Promise<void> = this.slot(queue).finally(() => this.slots.delete(slot));
      this.slots.add(slot);
    }
  }

  /** One worker: fetch a job, run it, repeat; nap when there is nothing to do. */
  private async slot(queue: string): Promise<void> {
    while (this.started) {
      let job: Job | undefined;
      try {
        [job] = await this.boss.fetch<object>(queue, { batchSize: 1, includeMetadata: true });
      } catch (error) {
        logJob("error", "Ophalen van een taak mislukt", { queue, error: errorMessage(error) });
      }
      if (job) {
        await this.execute(queue, job);
        continue;
      }
      const nap = sleep(this.options.pollIntervalMs);
      this.naps.add(nap);
      await nap.promise;
      this.naps.delete(nap);
    }
  }

  private async execute(queue: string, job: Job): Promise<void> {
    const controller = new AbortController();
    const run = this.hold(queue, job, controller);
    this.runs.set(controller, run);
    try {
      await run;
    } finally {
      this.runs.delete(controller);
    }
  }

  /** Runs the job while holding its lease (and its key's lock) on a connection of its own. */
  private async hold(queue: string, job: Job, controller: AbortController): Promise<void> {
    const lease = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: "bron-jobs-lease",
    });
    lease.on("error", () => controller.abort(abortError("De verbinding met de database is verbroken")));
    try {
      await lease.connect();
      await lease.query("SELECT pg_try_advisory_lock($1, hashtext($2))", [LOCK_JOB, job.id]);
      // The reaper may have taken the job back between fetch and lock (only after reapGraceMs).
      const mine = await lease.query(`SELECT 1 FROM ${SCHEMA}.job WHERE name = $1 AND id = $2 AND state = 'active'`, [
        queue,
        job.id,
      ]);
      if (mine.rowCount === 0) return;
      if (!this.started) return await this.release(lease, queue, job, 0); // fetched just as stop() began
      const key = job.singletonKey?.startsWith(USER_KEY) ? job.singletonKey : undefined;
      if (key) {
        const { rows } = await lease.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok", [
          LOCK_KEY,
          `${queue}:${key}`,
        ]);
        // The key runs elsewhere: wait in line again.
        if (!rows[0]?.ok) return await this.release(lease, queue, job, this.options.postponeMs);
      }
      await this.runHandler(lease, queue, job, controller);
    } catch (error) {
      // Database trouble: the job stays active, and once this connection is gone a reaper on some
      // instance returns it to pg-boss for a retry.
      logJob("error", "Taak kon niet worden afgehandeld", { queue, jobId: job.id, error: errorMessage(error) });
    } finally {
      await lease.end().catch(() => undefined);
    }
  }

  private async runHandler(lease: pg.Client, queue: string, job: Job, controller: AbortController): Promise<void> {
    const registration = this.handlers.get(queue)!;
    const context = {
      jobId: job.id,
      attempt: job.retryCount + 1,
      maxAttempts: job.retryLimit + 1,
      signal: controller.signal,
    };
    let failure: unknown;
    try {
      await registration.handler(job.data, context);
    } catch (error) {
      failure = error ?? new Error("onbekende fout");
    }
    // Only while the lease holds may this worker settle the job: without it, a reaper may already
    // have handed the job to someone else. A lost lease throws here and leaves the job to the reaper.
    await lease.query("SELECT 1");
    if (failure === undefined) {
      await this.boss.complete(queue, job.id);
    } else if (controller.signal.aborted && !this.started) {
      // Interrupted by a shutdown, not failed: back in line without using up a retry.
      await this.release(lease, queue, job, 0);
    } else {
      const last = context.attempt >= context.maxAttempts;
      logJob(last ? "error" : "warn", last ? "Taak definitief mislukt" : "Taak mislukt; volgt nog een poging", {
        queue,
        jobId: job.id,
        attempt: context.attempt,
        error: errorMessage(failure),
      });
      await this.boss.fail(queue, job.id, { message: errorMessage(failure) });
    }
  }

  /**
   * Undoes the fetch: the job waits again as it was, its attempt not counted (pg-boss counts an
   * attempt when it fetches a job whose started_on is set). 'retry' rather than 'created', which
   * could clash with a waiting job of the same key under the 'short' policy.
   */
  private async release(lease: pg.Client, queue: string, job: Job, delayMs: number): Promise<void> {
    await lease.query(
      `UPDATE ${SCHEMA}.job SET state = 'retry', started_on = NULL, start_after = now() + $3 * interval '1 millisecond'
       WHERE name = $1 AND id = $2 AND state = 'active'`,
      [queue, job.id, delayMs],
    );
  }

  /** Returns active jobs whose lease is free (their worker died) to pg-boss, which retries or fails them. */
  private async reap(): Promise<void> {
    const queues = [...this.handlers.keys()];
    if (!this.started || queues.length === 0) return;
    try {
      const { rows } = await this.boss.getDb().executeSql(
        `SELECT name, id::text AS id FROM ${SCHEMA}.job
         WHERE name = ANY($1::text[]) AND state = 'active' AND started_on < now() - $2 * interval '1 millisecond'`,
        [queues, this.options.reapGraceMs],
      );
      if (rows.length === 0) return;
      const probe = new pg.Client({
        connectionString: this.options.connectionString,
        application_name: "bron-jobs-reaper",
      });
      probe.on("error", () => undefined);
      await probe.connect();
      let reaped = 0;
      try {
        for (const { name, id } of rows as { name: string; id: string }[]) {
          const { rows: lock } = await probe.query<{ free: boolean }>(
            "SELECT pg_try_advisory_lock($1, hashtext($2)) AS free",
            [LOCK_JOB, id],
          );
          if (!lock[0]?.free) continue;
          // Holding the lease ourselves, no worker can be running it: mark it as timed out, so that
          // pg-boss's own expiry moves it to retry (or failed) in one statement.
          const moved = await probe.query(
            `UPDATE ${SCHEMA}.job SET started_on = now() - expire_in - interval '1 second'
             WHERE name = $1 AND id = $2 AND state = 'active'`,
            [name, id],
          );
          reaped += moved.rowCount ?? 0;
          await probe.query("SELECT pg_advisory_unlock($1, hashtext($2))", [LOCK_JOB, id]);
        }
        if (reaped > 0) {
          await this.boss.expire();
          logJob("warn", "Taken van een gestopte worker opnieuw ingepland", { count: reaped });
          this.wakeAll();
        }
      } finally {
        await probe.end().catch(() => undefined);
      }
    } catch (error) {
      logJob("error", "Opruimen van verweesde taken mislukt", { error: errorMessage(error) });
    }
  }

  private wakeAll(): void {
    for (const nap of this.naps) nap.wake();
  }
}
