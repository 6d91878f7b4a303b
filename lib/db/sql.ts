// Raw SQL beside the Prisma client, for the register's hot paths (the pipeline, the recompute): a
// transaction on a node-postgres connection (PostgreSQL) or on PGlite itself (embedded), with
// parameters only. Prisma stays the client for everything else; it shares the same pool (or the
// same PGlite), so both see one database. Prisma's raw queries cost several times more in the node
// process than the database spent on a batch, which is why this exists at all.
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type pg from "pg";
import type { PrismaClient } from "@/generated/prisma/client";

export interface SqlTx {
  /** Rows of a statement; dates should be selected as text, int8 as text or int4. */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Sends a statement whose result is not needed and returns at once, so the process goes on with
   * its own work while the database runs it. Statements still run in the order they were sent (one
   * connection); a failure surfaces at the next `query` or when the transaction ends.
   */
  write(sql: string, params?: readonly unknown[]): void;
}

/** What a read needs: a transaction or the database itself. */
export type SqlReader = Pick<SqlTx, "query">;

export interface SqlDatabase {
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction: committed when it returns (after its writes), rolled back when anything throws. */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
}

type Run = <T>(sql: string, params: readonly unknown[]) => Promise<T[]>;

/** A transaction's statements: reads awaited, writes sent ahead; `settle` waits for all of them. */
function pipelined(run: Run): SqlTx & { settle(): Promise<void> } {
  const pending: Promise<unknown>[] = [];
  let failure: unknown;
  const check = () => {
    if (failure !== undefined) throw failure;
  };
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      check();
      try {
        return await run<T>(sql, params);
      } finally {
        // A write that failed before this read is the cause; the read's own error is its echo.
        check();
      }
    },
    write(sql, params = []) {
      check();
      pending.push(run(sql, params).catch((error: unknown) => (failure ??= error)));
    },
    async settle() {
      await Promise.all(pending.splice(0));
      check();
    },
  };
}

export function pgSql(pool: pg.Pool): SqlDatabase {
  const on =
    (client: pg.Pool | pg.PoolClient): Run =>
    async <T>(sql: string, params: readonly unknown[]) =>
      (await client.query({ text: sql, values: params as unknown[] })).rows as T[];
  return {
    query: (sql, params = []) => on(pool)(sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      let broken = false;
      const tx = pipelined(on(client));
      try {
        await client.query("BEGIN");
        const result = await fn(tx);
        await tx.settle();
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await tx.settle().catch(() => undefined);
        await client.query("ROLLBACK").catch(() => (broken = true));
        throw error;
      } finally {
        // A connection whose rollback failed is in an unknown state: the pool drops it.
        client.release(broken);
      }
    },
  };
}

export function pgliteSql(open: () => Promise<PGlite>): SqlDatabase {
  const on =
    (db: PGlite | Transaction): Run =>
    async <T>(sql: string, params: readonly unknown[]) =>
      (await db.query<T>(sql, params as unknown[])).rows;
  return {
    query: async (sql, params = []) => on(await open())(sql, params),
    async transaction(fn) {
      return (await open()).transaction(async (t) => {
        const tx = pipelined(on(t));
        try {
          const result = await fn(tx);
          await tx.settle();
          return result;
        } catch (error) {
          await tx.settle().catch(() => undefined);
          throw error;
        }
      });
    },
  };
}

const registry = new WeakMap<object, SqlDatabase>();

/** Ties the raw access to a Prisma client, so code that holds the client reaches the same database. */
export function registerSql(prisma: PrismaClient, sql: SqlDatabase): PrismaClient {
  registry.set(prisma, sql);
  return prisma;
}

/** The raw access of a client made by lib/db.ts or lib/testing/database.ts. */
export function sqlOf(prisma: PrismaClient): SqlDatabase {
  const sql = registry.get(prisma);
  if (!sql)
    throw new Error("Deze Prisma-client heeft geen SQL-toegang; maak hem met lib/db.ts of lib/testing/database.ts.");
  return sql;
}
