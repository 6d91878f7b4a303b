// `npm start`: builds when needed, migrates, seeds an empty database and serves on $PORT (default
// 3000). Without DATABASE_URL everything runs on embedded PGlite in .data/, with the demo data; on
// PostgreSQL the demo data only with `npm start -- --demo` or DEMO=true (prisma/first-start.ts).
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensureBuild } from "./shared/build";
import { serve } from "./shared/serve";

const port = process.env.PORT ?? "3000";
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
// The server's own shutdown handler (lib/server/node-runtime.ts) closes PGlite before exiting; Next's
// would exit first and leave the embedded database open (scripts/shared/serve.ts sets
// NEXT_MANUAL_SIG_HANDLE for it).

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
  const { demoWanted, firstStart } = await import("@/prisma/first-start");
  const target = databaseTarget();
  console.log(
    target.kind === "postgres"
      ? "Database: PostgreSQL (DATABASE_URL)"
      : `Database: ingebouwd (PGlite in ${target.dataDir})`,
  );
  const applied = await deployMigrations(target);
  if (applied.length) console.log(`Migraties toegepast: ${applied.join(", ")}`);
  const demo = demoWanted({ target: target.kind, argv: process.argv.slice(2), demoEnv: process.env.DEMO });
  if ((await firstStart(getDb(), { demo })) === "leeg-geladen") {
    console.log(
      demo
        ? "Lege database: referentiegegevens en demo-accounts geladen."
        : "Lege database: referentiegegevens geladen, geen demo-accounts (die alleen met --demo of DEMO=true).",
    );
  }
  await closeDb();
  serve(port);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
