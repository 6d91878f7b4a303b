// `npm test`: type check, lint, migration drift, unit tests, then Playwright against a production
// build on a fresh database — PostgreSQL when DATABASE_URL is set (a database `<name>_e2e` beside
// it, created anew), otherwise embedded PGlite in .data/e2e. Exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";

const E2E_PORT = process.env.E2E_PORT ?? "3200";
const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status === 0;
}

function finish(ok: boolean): never {
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n${ok ? "Alles groen" : "Er zijn fouten"} (${seconds} s)`);
  console.log(
    `Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`,
  );
  process.exit(ok ? 0 : 1);
}

function countVitest() {
  const file = "test-results/vitest.json";
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests;
}

function countPlaywright() {
  const file = "test-results/playwright.json";
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  totals.passed += report.stats.expected + report.stats.flaky;
  totals.failed += report.stats.unexpected;
  totals.skipped += report.stats.skipped;
}

/** A fresh database for the end-to-end run; the name is ours (`<name>_e2e`), so dropping it is safe. */
async function freshDatabase(): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-test-secret-not-for-production-use",
    NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
    E2E_PORT,
  };
  if (process.env.DATABASE_URL) {
    const base = new URL(process.env.DATABASE_URL);
    const name = `${base.pathname.slice(1) || "bron"}_e2e`.replace(/[^a-zA-Z0-9_]/g, "_");
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    base.pathname = `/${name}`;
    env.DATABASE_URL = base.toString();
    console.log(`E2E-database: PostgreSQL ${name}`);
  } else {
    fs.rmSync(".data/e2e", { recursive: true, force: true });
    env.PGLITE_DIR = ".data/e2e/pglite";
    console.log("E2E-database: ingebouwd (PGlite in .data/e2e)");
  }
  return env;
}

async function main() {
  fs.rmSync("test-results", { recursive: true, force: true });
  fs.mkdirSync("test-results", { recursive: true });
  fs.mkdirSync("playwright/.auth", { recursive: true });
  const bin = (name: string) => `node_modules/.bin/${name}`;

  if (!step("Typecheck (tsc)", bin("tsc"), ["--noEmit"])) finish(false);
  if (!step("Lint (eslint)", bin("eslint"), ["--max-warnings=0", "."])) finish(false);
  if (!step("Opmaak (prettier --check)", bin("prettier"), ["--check", "--log-level=warn", "."])) finish(false);
  const unitOk = step("Unit- en databasetests (vitest)", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    "--outputFile=test-results/vitest.json",
  ]);
  countVitest();
  if (!unitOk) finish(false);

  const env = await freshDatabase();
  if (!step("Migreren en demo-gegevens laden", bin("tsx"), ["scripts/prepare-e2e.ts"], env)) finish(false);
  if (!step("Productiebuild (next build)", process.execPath, ["node_modules/next/dist/bin/next", "build"], env))
    finish(false);
  const e2eOk = step("End-to-end (Playwright, Chromium)", bin("playwright"), ["test"], env);
  countPlaywright();
  finish(e2eOk);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  finish(false);
});
