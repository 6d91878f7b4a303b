// Transactions in flight on a real PostgreSQL: a later one works while the first commits, yet
// what is committed is always a prefix of the units, a lock both take is the first one's first, and
// a first unit that fails at its commit is retried alone before the second runs anew.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPostgresUrl, throwawayPostgres } from "@/lib/testing/database";
import { orderedTransactions } from "./ordered-transactions";
import { pgSql, type SqlDatabase } from "./sql";

const baseUrl = testPostgresUrl();

describe.skipIf(!baseUrl)("orderedTransactions (PostgreSQL)", () => {
  let database: Awaited<ReturnType<typeof throwawayPostgres>>;
  let pool: pg.Pool;
  let sql: SqlDatabase;
  beforeAll(async () => {
    database = await throwawayPostgres(baseUrl!, { label: "ordered" });
    pool = new pg.Pool({ connectionString: database.connectionString, max: 4 });
    sql = pgSql(pool);
    await pool.query(`CREATE TABLE t (n int PRIMARY KEY)`);
  }, 60_000);
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  /** What an outside reader sees committed, sampled until stopped. */
  function watch(): { stop(): Promise<number[][]> } {
    const seen: number[][] = [];
    let running = true;
    const loop = (async () => {
      while (running) {
        const { rows } = await pool.query<{ n: number[] | null }>(`SELECT array_agg(n ORDER BY n) AS n FROM t`);
        seen.push(rows[0]!.n ?? []);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    return {
      async stop() {
        running = false;
        await loop;
        return seen;
      },
    };
  }

  const units = async function* (ns: number[]) {
    yield* ns;
  };

  it("works on the next unit while one commits, and commits them in order", async () => {
    await pool.query(`TRUNCATE t`);
    const events: string[] = [];
    const watcher = watch();
    await orderedTransactions({
      sql,
      units: units([1, 2, 3]),
      async work(tx, n) {
        events.push(`work ${n}`);
        // Every unit takes the same lock: the later one waits for the earlier one's commit.
        await tx.query(`SELECT pg_advisory_xact_lock(42)`);
        tx.write(`INSERT INTO t VALUES ($1)`, [n]);
        // Unit 1's commit is slow: its sent-ahead writes run after its work returned.
        if (n === 1) tx.write(`SELECT pg_sleep(0.4)`);
        return n;
      },
      retry: () => Promise.reject(new Error("geen fout verwacht")),
      done: (n) => void events.push(`done ${n}`),
    });
    const seen = await watcher.stop();
    expect(events.indexOf("work 2")).toBeLessThan(events.indexOf("done 1"));
    expect(events.filter((e) => e.startsWith("done"))).toEqual(["done 1", "done 2", "done 3"]);
    for (const s of seen) expect([[], [1], [1, 2], [1, 2, 3]]).toContainEqual(s);
    expect((await pool.query(`SELECT count(*)::int AS c FROM t`)).rows[0].c).toBe(3);
  });

  it("never lets a later unit's commit overtake an earlier one's", async () => {
    await pool.query(`TRUNCATE t`);
    const watcher = watch();
    await orderedTransactions({
      sql,
      units: units([1, 2]),
      async work(tx, n) {
        tx.write(`INSERT INTO t VALUES ($1)`, [n]);
        if (n === 1) tx.write(`SELECT pg_sleep(0.5)`);
        return n;
      },
      retry: () => Promise.reject(new Error("geen fout verwacht")),
      done: () => undefined,
    });
    const seen = await watcher.stop();
    // Sampled all through unit 1's slow commit: without the ordering, [2] stood alone for 0.5 s.
    expect(seen.filter((s) => s.length === 0).length).toBeGreaterThan(5);
    for (const s of seen) expect([[], [1], [1, 2]]).toContainEqual(s);
  });

  it("rolls the later units back when one fails at its commit, retries that one alone, then runs them anew", async () => {
    await pool.query(`TRUNCATE t`);
    await pool.query(`INSERT INTO t VALUES (100)`);
    const events: string[] = [];
    const watcher = watch();
    await orderedTransactions({
      sql,
      units: units([1, 2, 3]),
      async work(tx, n) {
        events.push(`work ${n}`);
        // Unit 1 fails only when its sent-ahead writes run, after its work returned and unit 2 began.
        if (n === 1) tx.write(`SELECT pg_sleep(0.3)`);
        tx.write(`INSERT INTO t VALUES ($1)`, [n === 1 ? 100 : n]);
        return n;
      },
      async retry(n) {
        events.push(`retry ${n}`);
        await pool.query(`INSERT INTO t VALUES ($1)`, [n]);
        return n;
      },
      done: (n) => void events.push(`done ${n}`),
    });
    const seen = await watcher.stop();
    // Unit 3 waits for a place (two in flight): it starts once unit 1 was retried and unit 2 runs anew.
    expect(events).toEqual(["work 1", "work 2", "retry 1", "done 1", "work 2", "work 3", "done 2", "done 3"]);
    for (const s of seen) expect([[100], [1, 100], [1, 2, 100], [1, 2, 3, 100]]).toContainEqual(s);
    const { rows } = await pool.query<{ n: number }>(`SELECT n FROM t ORDER BY n`);
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3, 100]);
  });

  it("stops between units when aborted, ending the ones in flight", async () => {
    await pool.query(`TRUNCATE t`);
    const controller = new AbortController();
    const run = orderedTransactions({
      sql,
      units: units([1, 2, 3, 4]),
      async work(tx, n) {
        tx.write(`INSERT INTO t VALUES ($1)`, [n]);
        return n;
      },
      retry: () => Promise.reject(new Error("geen fout verwacht")),
      done: (n) => {
        if (n === 1) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow();
    const { rows } = await pool.query<{ n: number }>(`SELECT n FROM t ORDER BY n`);
    // Unit 2 was in flight when unit 1 was recorded; nothing after it started.
    expect(rows.map((r) => r.n)).toEqual([1, 2]);
  });
});
