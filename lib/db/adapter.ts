// Chooses the database for this process: PostgreSQL when DATABASE_URL is set, else embedded PGlite.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export type DatabaseTarget = { kind: "postgres"; connectionString: string } | { kind: "pglite"; dataDir: string };

export function databaseTarget(): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", connectionString: env.DATABASE_URL };
  return { kind: "pglite", dataDir: path.resolve(env.PGLITE_DIR) };
}

/**
 * A PGlite with the extensions the migrations use (pg_trgm: the student list's name search). In
 * memory without a folder (tests, the migration engine's diffs).
 */
export function newPGlite(dataDir?: string): PGlite {
  const options = { extensions: { pg_trgm } };
  // (undefined, options) would lose the options: PGlite reads a first argument that is not a string as them.
  return dataDir ? new PGlite(dataDir, options) : new PGlite(options);
}

/** Opens the embedded database; its parent folder must exist or PGlite fails with "External error". */
export async function openPGlite(dataDir: string): Promise<PGlite> {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const pglite = newPGlite(dataDir);
  await pglite.waitReady;
  return pglite;
}

export function postgresAdapter(connectionString: string) {
  return new PrismaPg({ connectionString, max: 10 }, { schema: "public" });
}

/**
 * A pool for both Prisma (its adapter) and the pipeline's raw SQL (lib/db/sql.ts). An idle
 * connection the server ends (a restart, a failover, an administrator, a dropped test database)
 * makes the pool emit 'error'; without a listener that is an uncaught exception and the process
 * dies. The pool has already dropped the connection and opens a new one when asked: log it, go on.
 */
export function postgresPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on("error", (error) =>
    log.warn({ source: "database", error: error.message }, "Een ongebruikte databaseverbinding is verbroken"),
  );
  return pool;
}

export function postgresPoolAdapter(pool: pg.Pool) {
  return new PrismaPg(pool, { schema: "public" });
}

export function pgliteAdapter(pglite: PGlite) {
  return new PrismaPGlite(pglite);
}
