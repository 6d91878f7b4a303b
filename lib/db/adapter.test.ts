// The pool every process uses survives the server ending an idle connection (a restart, a failover,
// an administrator): without its error listener, the pool's 'error' event killed the process.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPostgresUrl, throwawayPostgres } from "@/lib/testing/database";
import { postgresPool } from "./adapter";

const baseUrl = testPostgresUrl();

describe.skipIf(!baseUrl)("postgresPool", () => {
  let database: Awaited<ReturnType<typeof throwawayPostgres>>;
  beforeAll(async () => {
    database = await throwawayPostgres(baseUrl!, { label: "pool" });
  }, 60_000);
  afterAll(async () => database?.drop());

  it("goes on when the server ends one of its idle connections", async () => {
    const pool = postgresPool(database.connectionString);
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", onUncaught);
    try {
      const [{ pid }] = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows as [{ pid: number }];
      expect(pool.idleCount).toBe(1);
      const admin = new pg.Client({ connectionString: database.connectionString });
      await admin.connect();
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      await admin.end();
      // The idle client hears of it and the pool drops it.
      for (let i = 0; i < 50 && pool.totalCount > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(pool.totalCount).toBe(0);
      expect(uncaught).toEqual([]);
      expect((await pool.query<{ ok: number }>("SELECT 1 AS ok")).rows).toEqual([{ ok: 1 }]);
    } finally {
      process.off("uncaughtException", onUncaught);
      await pool.end();
    }
  });
});
