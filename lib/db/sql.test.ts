// A transaction's statements on both databases: writes sent ahead still run before the reads after
// them and in the order given, a failed write is what the next read reports (and nothing is
// committed), and the statements are queued by us rather than by node-postgres, which deprecates
// queueing on a busy connection (pg@9 drops it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseCases, type TestDatabase } from "@/lib/testing/database";
import { sqlOf } from "./sql";

describe.each(testDatabaseCases())("raw transactions on $name", ({ open }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await open();
    await sqlOf(t.db).query(`CREATE TABLE volgorde_test (n int PRIMARY KEY)`);
  }, 120_000);
  afterAll(async () => t?.close());

  it("runs writes sent ahead before the read after them, in order, without node-postgres's deprecated queue", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on("warning", onWarning);
    try {
      const rows = await sqlOf(t.db).transaction(async (tx) => {
        for (let n = 1; n <= 20; n++) tx.write(`INSERT INTO volgorde_test (n) VALUES ($1)`, [n]);
        tx.write(`DELETE FROM volgorde_test WHERE n > 15`);
        return tx.query<{ n: number }>(`SELECT n FROM volgorde_test ORDER BY n`);
      });
      expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((w) => w.includes("already executing a query"))).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("reports a failed write at the next read and commits nothing", async () => {
    const attempt = sqlOf(t.db).transaction(async (tx) => {
      tx.write(`INSERT INTO volgorde_test (n) VALUES (100)`);
      tx.write(`INSERT INTO volgorde_test (n) VALUES (100)`);
      tx.write(`INSERT INTO volgorde_test (n) VALUES (101)`);
      return tx.query(`SELECT 1`);
    });
    await expect(attempt).rejects.toThrow(/duplicate key|unique/i);
    const left = await sqlOf(t.db).query<{ n: number }>(`SELECT n FROM volgorde_test WHERE n >= 100`);
    expect(left).toEqual([]);
  });
});
