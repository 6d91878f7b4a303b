// Throwaway databases for tests that need a real one: PostgreSQL beside DATABASE_URL when it is set
// (named after its database, so each checkout's throwaway databases carry its prefix; dropped
// afterwards), else an embedded PGlite; migrated, and with the reference data loaded unless asked not to.
//
// Migrating is the slow part (the schema engine replays every migration, seconds of CPU each
// time). Under vitest, lib/testing/template.ts names a template database for the run: the first
// test that needs PostgreSQL migrates it once (under an advisory lock, so parallel test files wait
// for it rather than race), and every test database after that is a `CREATE DATABASE … TEMPLATE`
// copy, which takes a fraction of a second. Outside vitest (scripts/bench.ts) each database is
// migrated as before.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import {
  newPGlite,
  openPGlite,
  pgliteAdapter,
  postgresAdapter,
  postgresPool,
  postgresPoolAdapter,
} from "@/lib/db/adapter";
import { pgliteSql, pgSql, registerSql } from "@/lib/db/sql";
import { deployMigrations, readMigrations } from "@/lib/db/migrate";
import { seedReference } from "@/prisma/seed";

export interface TestDatabase {
  db: PrismaClient;
  kind: "postgres" | "pglite";
  /** For test titles: "PostgreSQL" or "PGlite". */
  name: string;
  /** Set for PostgreSQL only. */
  connectionString?: string;
  close(): Promise<void>;
}

/** The variable lib/testing/template.ts sets for the test run: the template database's name. */
export const TEMPLATE_ENV = "BRON_TEST_TEMPLATE_DB";

/** Tests read the environment directly: they choose their databases, the app's env.ts does not. */
export function testPostgresUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

/** The name prefix of every throwaway database: DATABASE_URL's database name, made safe. */
export function testDatabasePrefix(baseUrl: string): string {
  return (new URL(baseUrl).pathname.slice(1) || "bron")
    .replace(/[^a-zA-Z0-9_]/g, "_")
    .toLowerCase()
    .slice(0, 24);
}

function withDatabase(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(baseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function safeName(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name) || name.length > 63) throw new Error(`Unsafe database name ${name}`);
  return name;
}

/** CREATE DATABASE, optionally as a copy of a template; retried while the template still has a connection closing. */
async function createDatabase(client: pg.Client, name: string, template?: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE ${safeName(name)}${template ? ` TEMPLATE ${safeName(template)}` : ""}`);
      return;
    } catch (error) {
      const busy = error instanceof Error && /being accessed by other users/.test(error.message);
      if (!busy || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const dropDatabase = (baseUrl: string, name: string) =>
  admin(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${safeName(name)} WITH (FORCE)`)).then(() => undefined);

/**
 * The run's template databases, made once: `<template>_bare` (migrated) and `<template>` (migrated
 * and with the reference data). Built under temporary names and renamed when complete, so a test
 * file that crashed halfway leaves nothing another would take for finished.
 */
async function ensureTemplates(baseUrl: string, template: string): Promise<void> {
  const bare = `${template}_bare`;
  const lockKey = template.split("").reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 7);
  await admin(baseUrl, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [lockKey]);
    try {
      const exists = async (name: string) =>
        (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
      if (await exists(template)) return;
      const building = `${template}_tmp`;
      await client.query(`DROP DATABASE IF EXISTS ${safeName(building)} WITH (FORCE)`);
      await client.query(`DROP DATABASE IF EXISTS ${safeName(bare)} WITH (FORCE)`);
      await createDatabase(client, building);
      await deployMigrations({ kind: "postgres", connectionString: withDatabase(baseUrl, building) });
      await createDatabase(client, bare, building);
      const db = new PrismaClient({ adapter: postgresAdapter(withDatabase(baseUrl, building)) });
      try {
        await seedReference(db);
      } finally {
        await db.$disconnect();
      }
      for (let attempt = 0; ; attempt++) {
        try {
          await client.query(`ALTER DATABASE ${safeName(building)} RENAME TO ${safeName(template)}`);
          break;
        } catch (error) {
          if (attempt >= 50 || !(error instanceof Error && /being accessed by other users/.test(error.message)))
            throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [lockKey]);
    }
  });
}

/** A new PostgreSQL database beside `baseUrl` (a copy of `template` if given), dropped by `drop()`; never touches one it did not create. */
export async function throwawayPostgres(
  baseUrl: string,
  options: { template?: string; label?: string } = {},
): Promise<{ connectionString: string; drop(): Promise<void> }> {
  const name = safeName(
    `${testDatabasePrefix(baseUrl)}_${options.label ?? "test"}_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`.slice(
      0,
      63,
    ),
  );
  await admin(baseUrl, (client) => createDatabase(client, name, options.template));
  return { connectionString: withDatabase(baseUrl, name), drop: () => dropDatabase(baseUrl, name) };
}

/** A migrated PostgreSQL database: a copy of the run's template where there is one, else migrated here. */
async function migratedPostgres(
  baseUrl: string,
  reference: boolean,
): Promise<{ connectionString: string; drop(): Promise<void>; seeded: boolean }> {
  const template = process.env[TEMPLATE_ENV];
  if (template) {
    await ensureTemplates(baseUrl, template);
    const database = await throwawayPostgres(baseUrl, { template: reference ? template : `${template}_bare` });
    return { ...database, seeded: reference };
  }
  const database = await throwawayPostgres(baseUrl);
  try {
    await deployMigrations({ kind: "postgres", connectionString: database.connectionString });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return { ...database, seeded: false };
}

/** A throwaway PostgreSQL database with the project's migrations applied (and the reference data unless `reference: false`). */
export async function postgresTestDatabase(
  baseUrl: string,
  options: { reference?: boolean } = {},
): Promise<TestDatabase> {
  const reference = options.reference !== false;
  const database = await migratedPostgres(baseUrl, reference);
  const pool = postgresPool(database.connectionString);
  const db = registerSql(new PrismaClient({ adapter: postgresPoolAdapter(pool) }), pgSql(pool));
  if (reference && !database.seeded) await seedReference(db);
  return {
    db,
    kind: "postgres",
    name: "PostgreSQL",
    connectionString: database.connectionString,
    async close() {
      await db.$disconnect().catch(() => undefined);
      await pool.end().catch(() => undefined);
      await database.drop();
    },
  };
}

/**
 * An in-memory PGlite with the migration scripts run as plain SQL (the schema engine costs seconds
 * per database, and lib/db/migrate.test.ts tests it), no reference data.
 */
export async function pgliteTestDatabase(): Promise<TestDatabase> {
  const pglite = newPGlite();
  for (const m of readMigrations().migrationDirectories) await pglite.exec(m.migrationFile.content.value);
  const db = registerSql(
    new PrismaClient({ adapter: pgliteAdapter(pglite) }),
    pgliteSql(async () => pglite),
  );
  return {
    db,
    kind: "pglite",
    name: "PGlite",
    async close() {
      await db.$disconnect().catch(() => undefined);
      await pglite.close().catch(() => undefined);
    },
  };
}

/** PostgreSQL beside DATABASE_URL when it is set, else a PGlite in a temp folder migrated by the schema engine. */
export async function createTestDatabase(options: { reference?: boolean } = {}): Promise<TestDatabase> {
  const base = testPostgresUrl();
  if (base) return postgresTestDatabase(base, options);
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bron-test-")), "db");
  await deployMigrations({ kind: "pglite", dataDir });
  const pglite = await openPGlite(dataDir);
  const db = registerSql(
    new PrismaClient({ adapter: pgliteAdapter(pglite) }),
    pgliteSql(async () => pglite),
  );
  if (options.reference !== false) await seedReference(db);
  return {
    db,
    kind: "pglite",
    name: "PGlite",
    async close() {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

/** The databases a store test runs on: PGlite always, PostgreSQL when DATABASE_URL is set; both without reference data. */
export function testDatabaseCases(): { name: string; open: () => Promise<TestDatabase> }[] {
  const cases = [{ name: "PGlite", open: pgliteTestDatabase }];
  const baseUrl = testPostgresUrl();
  if (baseUrl) cases.push({ name: "PostgreSQL", open: () => postgresTestDatabase(baseUrl, { reference: false }) });
  return cases;
}
