// The embedded default's queue and the app facade: order, retries, dedupe, prompt stop, start-up hooks.
import { afterEach, describe, expect, it } from "vitest";
import { createJobQueue, createJobs } from "@/lib/jobs";
import { InProcessJobQueue } from "@/lib/jobs/in-process";
import type { JobContext, JobQueue } from "@/lib/jobs/types";

const queues: InProcessJobQueue[] = [];
function newQueue(): InProcessJobQueue {
  const queue = new InProcessJobQueue();
  queues.push(queue);
  return queue;
}
afterEach(async () => {
  for (const q of queues.splice(0)) await q.stop({ graceMs: 100 });
});

function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error("timed out waiting"));
      setTimeout(tick, 10);
    };
    tick();
  });
}

describe("in-process job queue", () => {
  it("runs an enqueued job with a JSON copy of its payload", async () => {
    const queue = newQueue();
    const seen: [unknown, JobContext][] = [];
    await queue.work("upload", async (payload, context) => {
      seen.push([payload, context]);
    });
    await queue.start();
    const payload = { uploadId: "u1", at: new Date("2026-01-01T00:00:00Z") };
    const id = await queue.enqueue("upload", payload);
    payload.uploadId = "changed later";
    await until(() => seen.length === 1);
    expect(seen[0]![0]).toEqual({ uploadId: "u1", at: "2026-01-01T00:00:00.000Z" });
    expect(seen[0]![1]).toMatchObject({ jobId: id, attempt: 1, maxAttempts: 4 });
  });

  it("runs jobs one at a time, in order, across queues; a job waits for its handler", async () => {
    const queue = newQueue();
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const handler = async (payload: { n: string }) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      order.push(payload.n);
      running -= 1;
    };
    await queue.start();
    await queue.enqueue("a", { n: "a1" });
    await queue.enqueue("b", { n: "b1" });
    await queue.enqueue("a", { n: "a2" });
    await (queue as JobQueue).work("a", handler, { concurrency: 5 }); // ignored: still one at a time
    await until(() => order.length === 2);
    await queue.work("b", handler);
    await queue.enqueue("a", { n: "a3" });
    await until(() => order.length === 4);
    expect(order).toEqual(["a1", "a2", "b1", "a3"]);
    expect(most).toBe(1);
  });

  it("retries a handler that throws, at most retryLimit times", async () => {
    const queue = newQueue();
    const attempts: Record<string, number[]> = { flaky: [], broken: [] };
    await queue.work<{ name: "flaky" | "broken" }>("q", async ({ name }, { attempt }) => {
      attempts[name]!.push(attempt);
      if (name === "broken" || attempt < 3) throw new Error("mislukt");
    });
    await queue.start();
    await queue.enqueue("q", { name: "flaky" }, { retryDelaySeconds: 0 });
    await queue.enqueue("q", { name: "broken" }, { retryDelaySeconds: 0, retryLimit: 1 });
    await until(() => attempts.flaky!.length === 3 && attempts.broken!.length === 2);
    await new Promise((r) => setTimeout(r, 50));
    expect(attempts).toEqual({ flaky: [1, 2, 3], broken: [1, 2] });
  });

  it("keeps one waiting job per singletonKey", async () => {
    const queue = newQueue();
    expect(await queue.enqueue("q", {}, { singletonKey: "u1" })).toEqual(expect.any(String));
    expect(await queue.enqueue("q", {}, { singletonKey: "u1" })).toBeNull();
    expect(await queue.enqueue("q", {}, { singletonKey: "u2" })).toEqual(expect.any(String));
    let runs = 0;
    await queue.work("q", async () => {
      runs += 1;
    });
    await queue.start();
    await until(() => runs === 2);
    // Once it has run, the key may wait again.
    expect(await queue.enqueue("q", {}, { singletonKey: "u1" })).toEqual(expect.any(String));
  });

  it("honours startAfterMs", async () => {
    const queue = newQueue();
    const ran: number[] = [];
    await queue.work("q", async () => {
      ran.push(Date.now());
    });
    await queue.start();
    const enqueued = Date.now();
    await queue.enqueue("q", {}, { startAfterMs: 150 });
    await until(() => ran.length === 1);
    expect(ran[0]! - enqueued).toBeGreaterThanOrEqual(140);
  });

  it("stops promptly, and runs the interrupted job again (uncounted) after a restart", async () => {
    const queue = newQueue();
    const attempts: number[] = [];
    await queue.work("q", async (_payload, { attempt, signal }) => {
      attempts.push(attempt);
      if (attempts.length > 1) return;
      await new Promise((_resolve, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    });
    await queue.start();
    await queue.enqueue("q", {});
    await until(() => attempts.length === 1);
    const stopping = Date.now();
    await queue.stop({ graceMs: 5000 });
    expect(Date.now() - stopping).toBeLessThan(500);
    await queue.start();
    await until(() => attempts.length === 2);
    expect(attempts).toEqual([1, 1]);
  });

  it("does not wait longer than graceMs for a handler that ignores its signal", async () => {
    const queue = newQueue();
    let started = false;
    await queue.work("q", async () => {
      started = true;
      await new Promise((r) => setTimeout(r, 2000));
    });
    await queue.start();
    await queue.enqueue("q", {});
    await until(() => started);
    const stopping = Date.now();
    await queue.stop({ graceMs: 100 });
    expect(Date.now() - stopping).toBeLessThan(500);
  });
});

describe("what /api/ready and the metrics read", () => {
  it("isRunning follows start and stop; depth counts the jobs waiting", async () => {
    const queue = newQueue();
    expect(queue.isRunning()).toBe(false);
    await queue.enqueue("wacht", {});
    await queue.enqueue("wacht", {});
    expect(await queue.depth()).toBe(2);
    await queue.work("wacht", async () => undefined);
    await queue.start();
    expect(queue.isRunning()).toBe(true);
    await queue.stop({ graceMs: 100 });
    expect(queue.isRunning()).toBe(false);
  });
});

describe("the jobs facade", () => {
  it("chooses the queue by database: in-process on PGlite, pg-boss on PostgreSQL", () => {
    expect(createJobQueue({ kind: "pglite", dataDir: "/tmp/x" }).kind).toBe("in-process");
    expect(createJobQueue({ kind: "postgres", connectionString: "postgresql://u@127.0.0.1:1/x" }).kind).toBe("pg-boss");
  });

  it("runs start-up hooks after the workers start (once per start), so re-enqueued work runs", async () => {
    const jobs = createJobs(() => newQueue());
    const ran: string[] = [];
    await jobs.work("upload", async (payload: { id: string }) => {
      ran.push(payload.id);
    });
    jobs.onJobsStart("uploads", async () => {
      await jobs.enqueue("upload", { id: "left-over" }, { singletonKey: "left-over" });
    });
    jobs.onJobsStart("broken", async () => {
      throw new Error("herstel mislukt");
    });
    await jobs.startJobs();
    await jobs.startJobs();
    await until(() => ran.length === 1);
    await jobs.stopJobs();
    await jobs.stopJobs();
    expect(ran).toEqual(["left-over"]);
  });
});
