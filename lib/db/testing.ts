// Throwaway databases for tests that need a real one: a fresh PostgreSQL database beside
// DATABASE_URL when it is set (dropped afterwards), else an embedded PGlite in a temp folder;
// migrated, and with the reference data loaded.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { openPGlite, pgliteAdapter, postgresAdapter, type DatabaseTarget } from "@/lib/db/adapter";
import { deployMigrations } from "@/lib/db/migrate";
import { seedReference } from "@/prisma/seed";

export interface TestDatabase {
  db: PrismaClient;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

export async function createTestDatabase(options: { reference?: boolean } = {}): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  let target: DatabaseTarget;
  let drop = async () => {};
  if (base) {
    // Named after DATABASE_URL's database, so each checkout's throwaway databases carry its prefix.
    const prefix = (new URL(base).pathname.slice(1) || "bron").replace(/[^a-zA-Z0-9_]/g, "_").slice(0, 24);
    const name = `${prefix}_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    target = { kind: "postgres", connectionString: url.toString() };
    drop = async () => {
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  } else {
    target = { kind: "pglite", dataDir: path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bron-test-")), "db") };
  }
  await deployMigrations(target);

  let db: PrismaClient;
  let closeDriver = async () => {};
  if (target.kind === "postgres") {
    db = new PrismaClient({ adapter: postgresAdapter(target.connectionString) });
  } else {
    const pglite = await openPGlite(target.dataDir);
    db = new PrismaClient({ adapter: pgliteAdapter(pglite) });
    closeDriver = () => pglite.close();
  }
  if (options.reference !== false) await seedReference(db);
  return {
    db,
    kind: target.kind,
    async close() {
      await db.$disconnect();
      await closeDriver();
      await drop();
    },
  };
}
