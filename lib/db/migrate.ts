// Offline migrations: Prisma's WASM schema engine driven through driver adapters, so no native
// engine is downloaded. Writes the same _prisma_migrations table as `prisma migrate deploy`.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type pg from "pg";
import { env } from "@/lib/env";
import { newPGlite, openPGlite, pgliteAdapter, postgresAdapter, type DatabaseTarget } from "@/lib/db/adapter";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const LOCKFILE = "migration_lock.toml";
const LOCKFILE_DEFAULT = 'provider = "postgresql"\n';

type Engine = bg.SchemaEngine;

let wasmReady: Promise<void> | undefined;
/** The engine's .wasm cannot be imported in Node; compile it beside its JS glue ourselves. */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const wasmPath = path.join(
      path.dirname(require_resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const wasmModule = await WebAssembly.compile(fs.readFileSync(wasmPath));
    const instance = await WebAssembly.instantiate(wasmModule, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  })();
  return wasmReady;
}

function require_resolve(specifier: string): string {
  // import.meta.resolve is synchronous in Node 20.6+ and respects the package's exports map.
  return new URL(import.meta.resolve(specifier)).pathname;
}

/**
 * The stock adapters need two fixes before the engine may use them: connection info must name the
 * schema, and a migration script must run whole in one call (PostgreSQL then runs it as one implicit
 * transaction), so a failing migration is recorded as failed with nothing of it applied.
 */
function fixAdapter(adapter: SqlDriverAdapter, runWholeScript: (sql: string) => Promise<unknown>): SqlDriverAdapter {
  const withError = adapter as SqlDriverAdapter & { onError?: (e: unknown) => never };
  adapter.getConnectionInfo = () => ({ schemaName: "public", supportsRelationJoins: true });
  adapter.executeScript = async (sql: string) => {
    try {
      await runWholeScript(sql);
    } catch (error) {
      if (withError.onError) withError.onError(error);
      throw error;
    }
  };
  return adapter;
}

type Connection = { adapter: SqlDriverAdapter; close: () => Promise<void> };

async function connectTarget(target: DatabaseTarget | { kind: "memory" }): Promise<Connection> {
  if (target.kind === "postgres") {
    const adapter = await postgresAdapter(target.connectionString).connect();
    const pool = (adapter as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
    return { adapter: fixAdapter(adapter, (sql) => pool.query(sql)), close: () => adapter.dispose() };
  }
  const pglite = target.kind === "memory" ? newPGlite() : await openPGlite(target.dataDir);
  const adapter = await pgliteAdapter(pglite).connect();
  return {
    adapter: fixAdapter(adapter, (sql) => pglite.exec(sql)),
    close: async () => {
      await adapter.dispose().catch(() => undefined);
      await pglite.close();
    },
  };
}

export type MigrationsList = {
  baseDir: string;
  shadowDbInitScript: string;
  lockfile: { path: string; content: string | null };
  migrationDirectories: { path: string; migrationFile: { path: string; content: { tag: "ok"; value: string } } }[];
};

export function readMigrations(dir = MIGRATIONS_DIR): MigrationsList {
  const entries = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  const lockPath = path.join(dir, LOCKFILE);
  return {
    baseDir: dir,
    shadowDbInitScript: "",
    lockfile: {
      path: LOCKFILE,
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : LOCKFILE_DEFAULT,
    },
    migrationDirectories: entries.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

const filters = { externalTables: [], externalEnums: [] };

/** Runs `work` with an engine bound to `target`; the shadow database is always a fresh in-memory PGlite. */
async function withEngine<T>(
  target: DatabaseTarget | { kind: "memory" },
  work: (engine: Engine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const connections: Connection[] = [];
  let main: Promise<Connection> | undefined;
  const factory = {
    provider: "postgres" as const,
    adapterName: "bron-migrate",
    connect: async () => {
      main ??= connectTarget(target).then((c) => (connections.push(c), c));
      return (await main).adapter;
    },
    connectToShadowDb: async () => {
      const shadow = await connectTarget({ kind: "memory" });
      connections.push(shadow);
      return shadow.adapter;
    },
  };
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  const log = (message: string) => {
    if (env.MIGRATE_DEBUG) console.error(message);
  };
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory as never),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    for (const c of connections.reverse()) await c.close().catch(() => undefined);
  }
}

/** Applies every pending migration, like `prisma migrate deploy`. Returns the names applied. */
export async function deployMigrations(target: DatabaseTarget, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrationsList = readMigrations(dir);
  return withEngine(target, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters });
    return result.appliedMigrationNames;
  });
}

export async function migrationStatus(target: DatabaseTarget, dir = MIGRATIONS_DIR) {
  const migrationsList = readMigrations(dir);
  return withEngine(target, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters }),
  );
}

/** Like `prisma migrate dev --create-only`: diffs the migrations folder against the schema, no database needed. */
export async function createMigration(name: string, dir = MIGRATIONS_DIR): Promise<string | null> {
  const migrationsList = readMigrations(dir);
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  return withEngine({ kind: "memory" }, async (engine) => {
    await engine.applyMigrations({ migrationsList, filters });
    const diagnostic = await engine.devDiagnostic({ migrationsList, filters });
    if (diagnostic.action.tag !== "createMigration") {
      throw new Error(`De migratiegeschiedenis klopt niet: ${JSON.stringify(diagnostic.action)}`);
    }
    const created = await engine.createMigration({
      migrationsList,
      schema: { files: [{ path: SCHEMA_PATH, content: schema }] },
      filters,
      migrationName: name,
      draft: false,
    });
    if (created.migrationScript === null || created.migrationScript === undefined) return null;
    const folder = path.join(dir, created.generatedMigrationName);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "migration.sql"), created.migrationScript);
    fs.writeFileSync(path.join(dir, LOCKFILE), migrationsList.lockfile.content ?? LOCKFILE_DEFAULT);
    return created.generatedMigrationName;
  });
}

/** The SQL that would bring the migrations to the schema; empty when they are in sync (CI drift check). */
export async function migrationDrift(dir = MIGRATIONS_DIR): Promise<string> {
  const migrationsList = readMigrations(dir);
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  return withEngine({ kind: "memory" }, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: true, // must be a boolean: null crashes the engine
      filters,
    });
    const script = (result.stdout ?? "").trim();
    return script.includes("This is an empty migration") ? "" : script;
  });
}

export function checksum(sql: string): string {
  return crypto.createHash("sha256").update(sql).digest("hex");
}
