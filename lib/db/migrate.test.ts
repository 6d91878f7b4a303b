// The offline migration runner against real databases: embedded PGlite always, PostgreSQL when
// DATABASE_URL is set (a throwaway database is created beside it).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { DatabaseTarget } from "@/lib/db/adapter";
import { checksum, deployMigrations, migrationDrift } from "@/lib/db/migrate";

// The WASM schema engine and an in-memory PGlite replay every migration: CPU-bound seconds that grow
// with each migration and with a busy machine, hence more time than the suite's default.
vi.setConfig({ testTimeout: 180_000 });

function migrationsDir(migrations: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bron-migrations-"));
  for (const [name, sql] of Object.entries(migrations)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  fs.writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  return dir;
}

const GOOD = {
  "20260101000000_first":
    "CREATE TABLE a (id INT PRIMARY KEY);\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n",
};
const FAILING = {
  ...GOOD,
  "20260102000000_broken": "CREATE TABLE b (id INT PRIMARY KEY);\nSELECT 1/0;\n",
};

type Probe = { query(sql: string): Promise<{ rows: Record<string, unknown>[] }>; close(): Promise<void> };
type Case = { name: string; target: () => Promise<{ target: DatabaseTarget; probe: () => Promise<Probe> }> };

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

const cases: Case[] = [
  {
    name: "PGlite",
    target: async () => {
      const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bron-pglite-")), "db");
      return {
        target: { kind: "pglite", dataDir },
        probe: async () => {
          const db = new PGlite(dataDir);
          return {
            query: (sql) => db.query(sql) as Promise<{ rows: Record<string, unknown>[] }>,
            close: () => db.close(),
          };
        },
      };
    },
  },
];

const baseUrl = process.env.DATABASE_URL;
if (baseUrl) {
  cases.push({
    name: "PostgreSQL",
    target: async () => {
      const name = `bron_migrate_test_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      cleanups.push(async () => {
        const a = new pg.Client({ connectionString: baseUrl });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      });
      return {
        target: { kind: "postgres", connectionString: url.toString() },
        probe: async () => {
          const client = new pg.Client({ connectionString: url.toString() });
          await client.connect();
          return { query: (sql) => client.query(sql), close: () => client.end() };
        },
      };
    },
  });
}

describe.each(cases)("migrations on $name", ({ target: make }) => {
  it("applies pending migrations once, recording them as prisma migrate deploy does", async () => {
    const { target, probe } = await make();
    const dir = migrationsDir(GOOD);
    expect(await deployMigrations(target, dir)).toEqual(["20260101000000_first"]);
    expect(await deployMigrations(target, dir)).toEqual([]);
    const db = await probe();
    const { rows } = await db.query(
      "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations",
    );
    await db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      migration_name: "20260101000000_first",
      checksum: checksum(GOOD["20260101000000_first"]),
      rolled_back_at: null,
    });
    expect(rows[0]!.finished_at).not.toBeNull();
  });

  it("records a failing migration as failed with nothing of it applied", async () => {
    const { target, probe } = await make();
    await expect(deployMigrations(target, migrationsDir(FAILING))).rejects.toThrow();
    const db = await probe();
    const failed = await db.query(
      "SELECT migration_name, finished_at, logs FROM _prisma_migrations WHERE migration_name = '20260102000000_broken'",
    );
    const tableB = await db.query("SELECT to_regclass('public.b') AS t");
    await db.close();
    expect(failed.rows).toHaveLength(1);
    expect(failed.rows[0]!.finished_at).toBeNull();
    expect(String(failed.rows[0]!.logs)).toMatch(/division by zero/);
    expect(tableB.rows[0]!.t).toBeNull();
  });
});

describe("the committed migrations", () => {
  it("match prisma/schema.prisma (no drift)", async () => {
    expect(await migrationDrift()).toBe("");
  });
});
