// The one Prisma client of the app, on PostgreSQL or embedded PGlite (see lib/db/adapter.ts).
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseTarget, openPGlite, pgliteAdapter, postgresPool, postgresPoolAdapter } from "@/lib/db/adapter";
import { listenForChanges, NotifiedCache } from "@/lib/db/notified-cache";
import { pgliteSql, pgSql, registerSql, type SqlDatabase } from "@/lib/db/sql";

type Holder = {
  prisma?: PrismaClient;
  pglite?: Promise<PGlite>;
  pool?: pg.Pool;
  sql?: SqlDatabase;
  closing?: boolean;
  caches?: Map<string, { cache: NotifiedCache<unknown>; stop: () => Promise<void> }>;
};
// A globalThis singleton survives hot reload in development and module duplication in bundles.
const holder = globalThis as unknown as { __bronDb?: Holder };
const state: Holder = (holder.__bronDb ??= {});

function create(): PrismaClient {
  const target = databaseTarget();
  if (target.kind === "postgres") {
    // One pool for Prisma and the pipeline's raw SQL.
    state.pool = postgresPool(target.connectionString);
    state.sql = pgSql(state.pool);
    return registerSql(new PrismaClient({ adapter: postgresPoolAdapter(state.pool) }), state.sql);
  }
  // PGlite opens asynchronously; the adapter factory awaits it on first connect.
  state.pglite = openPGlite(target.dataDir);
  const pending = state.pglite;
  state.sql = pgliteSql(() => pending);
  const factory = {
    provider: "postgres" as const,
    adapterName: "pglite-lazy",
    async connect() {
      return pgliteAdapter(await pending).connect();
    },
  };
  return registerSql(new PrismaClient({ adapter: factory }), state.sql);
}

/** PGlite keeps a process alive ~10 s and exits 99 unless closed: servers call this on shutdown
 * (instrumentation.ts), scripts when they are done. */
export async function closeDb(): Promise<void> {
  if (state.closing) return;
  state.closing = true;
  for (const { stop } of state.caches?.values() ?? []) await stop();
  state.caches = undefined;
  await state.prisma?.$disconnect().catch(() => undefined);
  await state.pool?.end().catch(() => undefined);
  if (state.pglite) await (await state.pglite).close().catch(() => undefined);
  state.prisma = undefined;
  state.pglite = undefined;
  state.pool = undefined;
  state.sql = undefined;
  state.closing = false;
}

/**
 * This process's cache of what the triggers behind NOTIFY `channel` guard (lib/db/notified-cache.ts),
 * on PostgreSQL; none on PGlite, where one process is the whole deployment and a read costs no
 * network round trip.
 */
export function notifiedCache<T>(channel: string): NotifiedCache<T> | null {
  const target = databaseTarget();
  if (target.kind !== "postgres") return null;
  state.caches ??= new Map();
  let entry = state.caches.get(channel);
  if (!entry) {
    const cache = new NotifiedCache<unknown>();
    entry = { cache, stop: listenForChanges(target.connectionString, channel, cache) };
    state.caches.set(channel, entry);
  }
  return entry.cache as NotifiedCache<T>;
}

/**
 * After this process committed a change that the cache of `channel` guards: forget it now, so this
 * process's next request cannot come before the database's notification does.
 */
export function forgetNotified(channel: string): void {
  state.caches?.get(channel)?.cache.forget();
}

export function getDb(): PrismaClient {
  return (state.prisma ??= create());
}

/** The client; created on first use so that importing this module (e.g. during `next build`) opens nothing. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

// `sqlOf(db)` works on the lazy client too.
const sql = (): SqlDatabase => (getDb(), state.sql!);
registerSql(db, { query: (text, params) => sql().query(text, params), transaction: (fn) => sql().transaction(fn) });
