// `npm start`: builds when needed, migrates, seeds the demo data into an empty database and serves
// on $PORT (default 3000). Without DATABASE_URL everything runs on embedded PGlite in .data/.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensureBuild } from "./shared/build";

const port = process.env.PORT ?? "3000";
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
// The server's own shutdown handler (lib/server/shutdown.ts) closes PGlite before exiting; Next's
// would exit first and leave the embedded database open.
process.env.NEXT_MANUAL_SIG_HANDLE = "true";

/** A demo install keeps its own random session key, so no secret has to be configured. */
function ensureAuthSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.resolve(".data/auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  ensureAuthSecret();
  if (!fs.existsSync("generated/prisma/client.ts")) run("node", ["scripts/generate-client.mjs"]);
  ensureBuild();
  // Imported only now: lib/env validates process.env as it is at import time.
  const { databaseTarget } = await import("@/lib/db/adapter");
  const { deployMigrations } = await import("@/lib/db/migrate");
  const { closeDb, getDb } = await import("@/lib/db");
  const { isEmpty, seed } = await import("@/prisma/seed");
  const target = databaseTarget();
  console.log(target.kind === "postgres" ? "Database: PostgreSQL (DATABASE_URL)" : `Database: ingebouwd (PGlite in ${target.dataDir})`);
  const applied = await deployMigrations(target);
  if (applied.length) console.log(`Migraties toegepast: ${applied.join(", ")}`);
  const db = getDb();
  if (await isEmpty(db)) {
    console.log("Lege database: referentiegegevens en demo-accounts worden geladen.");
    await seed(db, { demo: true });
  }
  await closeDb();
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  // Stopped by a signal we forwarded is a clean stop; the server closes the database itself.
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
