// /api/ready's checks on a real database: all yes on a migrated one with running workers; each no
// on its own when a migration is missing or the workers stopped; the database's no when unreachable.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { postgresPool, postgresPoolAdapter } from "@/lib/db/adapter";
import { pgSql, registerSql } from "@/lib/db/sql";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { readiness, shippedMigrations } from "./readiness";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ reference: false });
}, 120_000);
afterAll(async () => t?.close());

const running = { isRunning: () => true };

describe(`readiness (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("ready on a migrated database with running workers", async () => {
    expect(shippedMigrations().length).toBeGreaterThan(10);
    expect(await readiness({ db: t.db, queue: running })).toEqual({
      ready: true,
      checks: { database: true, migraties: true, achtergrondtaken: true },
    });
  });

  it("not ready when a shipped migration is not applied, or the workers do not run", async () => {
    expect(
      await readiness({ db: t.db, queue: running, migrations: [...shippedMigrations(), "29991231000000_nog_niet"] }),
    ).toEqual({ ready: false, checks: { database: true, migraties: false, achtergrondtaken: true } });
    expect((await readiness({ db: t.db, queue: { isRunning: () => false } })).checks).toEqual({
      database: true,
      migraties: true,
      achtergrondtaken: false,
    });
  });

  it.skipIf(!process.env.DATABASE_URL)("not ready when the database cannot be reached", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.port = "1";
    const pool = postgresPool(url.toString());
    pool.on("error", () => undefined);
    const unreachable = registerSql(new PrismaClient({ adapter: postgresPoolAdapter(pool) }), pgSql(pool));
    try {
      expect(await readiness({ db: unreachable, queue: running })).toEqual({
        ready: false,
        checks: { database: false, migraties: false, achtergrondtaken: true },
      });
    } finally {
      await pool.end().catch(() => undefined);
    }
  });
});
