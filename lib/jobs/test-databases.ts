// Throwaway databases for tests: in-memory PGlite always, PostgreSQL beside DATABASE_URL when it is set.
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { pgliteAdapter, postgresAdapter } from "@/lib/db/adapter";
import { readMigrations } from "@/lib/db/migrate";

/**
 * The project's migration scripts, in order. Run as plain SQL rather than through deployMigrations:
 * the schema engine costs seconds per database, and lib/db/migrate.test.ts already tests it.
 */
function migrationScripts(): string[] {
  return readMigrations().migrationDirectories.map((m) => m.migrationFile.content.value);
}

export type TestDatabase = {
  name: string;
  prisma: PrismaClient;
  /** Set for PostgreSQL only. */
  connectionString?: string;
  close(): Promise<void>;
};

/** Tests read the environment directly: they choose their databases, the app's env.ts does not. */
export function testPostgresUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

/** A new, empty PostgreSQL database beside `baseUrl`, dropped by `drop()`; never touches one it did not create. */
export async function throwawayPostgres(prefix: string, baseUrl: string): Promise<{ connectionString: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name ${name}`);
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    connectionString: url.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: baseUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** An in-memory PGlite with the project's migrations applied. */
export async function pgliteTestDatabase(): Promise<TestDatabase> {
  const pglite = new PGlite();
  for (const sql of migrationScripts()) await pglite.exec(sql);
  const prisma = new PrismaClient({ adapter: pgliteAdapter(pglite) });
  return {
    name: "PGlite",
    prisma,
    async close() {
      await prisma.$disconnect().catch(() => undefined);
      await pglite.close().catch(() => undefined);
    },
  };
}

/** A throwaway PostgreSQL database with the project's migrations applied. */
export async function postgresTestDatabase(prefix: string, baseUrl: string): Promise<TestDatabase> {
  const database = await throwawayPostgres(prefix, baseUrl);
  try {
    const client = new pg.Client({ connectionString: database.connectionString });
    await client.connect();
    try {
      for (const sql of migrationScripts()) await client.query(sql);
    } finally {
      await client.end();
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: postgresAdapter(database.connectionString) });
  return {
    name: "PostgreSQL",
    prisma,
    connectionString: database.connectionString,
    async close() {
      await prisma.$disconnect().catch(() => undefined);
      await database.drop();
    },
  };
}

/** The databases a store test runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function testDatabaseCases(prefix: string): { name: string; open: () => Promise<TestDatabase> }[] {
  const cases = [{ name: "PGlite", open: pgliteTestDatabase }];
  const baseUrl = testPostgresUrl();
  if (baseUrl) cases.push({ name: "PostgreSQL", open: () => postgresTestDatabase(prefix, baseUrl) });
  return cases;
}
