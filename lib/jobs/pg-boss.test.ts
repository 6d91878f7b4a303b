// The PostgreSQL queue on a throwaway database (only when DATABASE_URL is set): retries, two instances, a killed worker, prompt stop.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PgBossJobQueue, type PgBossQueueOptions } from "@/lib/jobs/pg-boss";
import { testPostgresUrl, throwawayPostgres } from "@/lib/testing/database";
import type { JobContext } from "@/lib/jobs/types";

const baseUrl = testPostgresUrl();
// Short timings so a dead worker is noticed within a second.
const FAST: Omit<PgBossQueueOptions, "connectionString"> = {
  pollIntervalMs: 100,
  reapIntervalMs: 200,
  reapGraceMs: 500,
  postponeMs: 200,
  maintenance: false,
};

function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error("timed out waiting"));
      setTimeout(tick, 20);
    };
    tick();
  });
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!baseUrl)("pg-boss job queue on PostgreSQL", () => {
  let database: { connectionString: string; drop(): Promise<void> };
  const queues: PgBossJobQueue[] = [];
  const newQueue = (options: Partial<PgBossQueueOptions> = {}) => {
    const queue = new PgBossJobQueue({ connectionString: database.connectionString, ...FAST, ...options });
    queues.push(queue);
    return queue;
  };
  let counter = 0;
  const queueName = () => `test-${++counter}`;

  beforeAll(async () => {
    database = await throwawayPostgres(baseUrl!, { label: "jobs" });
    // pg-boss creates its schema on first start; do it once here rather than racing in the tests.
    const setup = new PgBossJobQueue({ connectionString: database.connectionString, maintenance: false });
    await setup.enqueue("setup", {});
    await setup.stop();
  }, 30_000);
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((q) => q.stop({ graceMs: 200 })));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("runs an enqueued job with its payload", async () => {
    const queue = newQueue();
    const name = queueName();
    const seen: [unknown, JobContext][] = [];
    await queue.work(name, async (payload, context) => {
      seen.push([payload, context]);
    });
    await queue.start();
    const id = await queue.enqueue(name, { uploadId: "u1", n: 3 });
    await until(() => seen.length === 1);
    expect(seen[0]![0]).toEqual({ uploadId: "u1", n: 3 });
    expect(seen[0]![1]).toMatchObject({ jobId: id, attempt: 1, maxAttempts: 4 });
  });

  it("retries a handler that throws, at most retryLimit times", async () => {
    const queue = newQueue();
    const name = queueName();
    const attempts: Record<string, number[]> = { flaky: [], broken: [] };
    await queue.work<{ name: "flaky" | "broken" }>(name, async ({ name: which }, { attempt }) => {
      attempts[which]!.push(attempt);
      if (which === "broken" || attempt < 3) throw new Error("mislukt");
    });
    await queue.start();
    await queue.enqueue(name, { name: "flaky" }, { retryDelaySeconds: 0 });
    await queue.enqueue(name, { name: "broken" }, { retryDelaySeconds: 0, retryLimit: 1 });
    await until(() => attempts.flaky!.length === 3 && attempts.broken!.length === 2);
    await pause(300);
    expect(attempts).toEqual({ flaky: [1, 2, 3], broken: [1, 2] });
  });

  it("keeps one waiting job per singletonKey", async () => {
    const queue = newQueue();
    const name = queueName();
    expect(await queue.enqueue(name, {}, { singletonKey: "u1" })).toEqual(expect.any(String));
    expect(await queue.enqueue(name, {}, { singletonKey: "u1" })).toBeNull();
    expect(await queue.enqueue(name, {}, { singletonKey: "u2" })).toEqual(expect.any(String));
    // Jobs without a key never collide.
    expect(await queue.enqueue(name, {})).toEqual(expect.any(String));
    expect(await queue.enqueue(name, {})).toEqual(expect.any(String));
  });

  it("two instances never run a job twice, nor one job at once, even past the reaper's grace", async () => {
    const name = queueName();
    const runs = new Map<string, number>();
    const running = new Set<string>();
    const byInstance = [0, 0];
    const overlaps: string[] = [];
    const handler = (instance: number) => async (payload: { i: number }) => {
      const key = String(payload.i);
      if (running.has(key)) overlaps.push(key);
      running.add(key);
      runs.set(key, (runs.get(key) ?? 0) + 1);
      byInstance[instance]! += 1;
      // Job 0 outlives reapGraceMs: a live worker's job must not be taken back.
      await pause(payload.i === 0 ? 1200 : 20);
      running.delete(key);
    };
    const a = newQueue();
    const b = newQueue();
    await a.work(name, handler(0), { concurrency: 3 });
    await b.work(name, handler(1), { concurrency: 3 });
    for (let i = 0; i < 30; i++) await a.enqueue(name, { i });
    await Promise.all([a.start(), b.start()]);
    await until(() => runs.size === 30 && running.size === 0);
    await pause(700); // a reaper round or three: nothing may run again
    expect(overlaps).toEqual([]);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(byInstance[0]! + byInstance[1]!).toBe(30);
  });

  it("runs one singletonKey on one instance at a time; the other waits its turn", async () => {
    const name = queueName();
    const log: string[] = [];
    const handler =
      (instance: string) =>
      async (payload: { n: number }, { attempt }: JobContext) => {
        log.push(`start ${payload.n} on ${instance} attempt ${attempt}`);
        await pause(payload.n === 1 ? 800 : 10);
        log.push(`end ${payload.n}`);
      };
    const a = newQueue();
    const b = newQueue();
    await a.work(name, handler("a"), { concurrency: 2 });
    await a.start();
    await a.enqueue(name, { n: 1 }, { singletonKey: "upload-1" });
    await until(() => log.length === 1);
    // The first run is active, so a second job for the key may wait — and b may fetch it.
    expect(await b.enqueue(name, { n: 2 }, { singletonKey: "upload-1" })).toEqual(expect.any(String));
    await b.work(name, handler("b"), { concurrency: 2 });
    await b.start();
    await until(() => log.includes("end 2"));
    expect(log.indexOf("end 1")).toBeLessThan(log.findIndex((l) => l.startsWith("start 2")));
    // Waiting for the key is not a failed attempt.
    expect(log.find((l) => l.startsWith("start 2"))).toMatch(/attempt 1$/);
  });

  it("retries the job of a worker process killed mid-job", async () => {
    const name = queueName();
    const fixture = path.join(import.meta.dirname, "crash-worker.fixture.ts");
    const child = spawn(process.execPath, ["--import", "tsx", fixture, database.connectionString, name], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (data: Buffer) => (output += data.toString()));
    try {
      await until(() => output.includes("ready"), 20_000);
      const id = await newQueue().enqueue(name, { upload: "u1" }, { retryDelaySeconds: 0 });
      await until(() => output.includes(`started ${id} 1`));
      child.kill("SIGKILL");
      const survivor = newQueue();
      const seen: number[] = [];
      await survivor.work(name, async (_payload, { jobId, attempt }) => {
        if (jobId === id) seen.push(attempt);
      });
      await survivor.start();
      await until(() => seen.length === 1);
      expect(seen).toEqual([2]);
    } finally {
      child.kill("SIGKILL");
    }
  }, 30_000);

  it("stops promptly; the interrupted job runs again on another instance, its attempt not counted", async () => {
    const name = queueName();
    const a = newQueue();
    const attempts: number[] = [];
    await a.work(name, async (_payload, { attempt, signal }) => {
      attempts.push(attempt);
      await new Promise((_resolve, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    });
    await a.start();
    await a.enqueue(name, {}, { retryDelaySeconds: 0 });
    await until(() => attempts.length === 1);
    const stopping = Date.now();
    await a.stop();
    expect(Date.now() - stopping).toBeLessThan(1000);
    const b = newQueue();
    const again: number[] = [];
    await b.work(name, async (_payload, { attempt }) => {
      again.push(attempt);
    });
    await b.start();
    await until(() => again.length === 1);
    expect(again).toEqual([1]);
  });
});
