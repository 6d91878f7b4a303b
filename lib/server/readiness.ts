// What /api/ready answers: one yes/no per check, without internal details — the database answers,
// every migration shipped with this build is applied, and this process's job workers run (when it
// runs them: JOB_WORKERS).
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { sqlOf } from "@/lib/db/sql";
import type { JobQueue } from "@/lib/jobs/types";

export type ReadinessChecks = { database: boolean; migraties: boolean; achtergrondtaken: boolean };
export type Readiness = { ready: boolean; checks: ReadinessChecks };

const TIMEOUT_MS = 2000;

/** The migrations this build ships (folder names under prisma/migrations), read once. */
let shipped: string[] | undefined;
export function shippedMigrations(dir = path.resolve("prisma/migrations")): string[] {
  shipped ??= fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
    : [];
  return shipped;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function readiness(deps: {
  db: PrismaClient;
  queue: Pick<JobQueue, "isRunning">;
  /** False in a web instance whose jobs run in `npm run worker`: then there are none to check here. */
  workers?: boolean;
  migrations?: string[];
}): Promise<Readiness> {
  const sql = sqlOf(deps.db);
  const database = await withTimeout(sql.query("SELECT 1")).then(
    () => true,
    () => false,
  );
  let migraties = false;
  if (database) {
    migraties = await withTimeout(
      sql.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
    ).then(
      (rows) => {
        const applied = new Set(rows.map((r) => r.migration_name));
        return (deps.migrations ?? shippedMigrations()).every((name) => applied.has(name));
      },
      () => false,
    );
  }
  const checks = { database, migraties, achtergrondtaken: deps.workers === false || deps.queue.isRunning() };
  return { ready: checks.database && checks.migraties && checks.achtergrondtaken, checks };
}
