// `npm run start:prod`: checks the environment (every problem at once, exit 1), applies pending
// migrations and serves the existing build (`npm run build` first) on $PORT. It never seeds: load
// reference data with `npm run db:seed`; demo data never reaches production.
import fs from "node:fs";
import { productionEnvProblems } from "@/lib/server/production-env";
import { serve } from "./shared/serve";

async function main() {
  const problems = productionEnvProblems(process.env);
  if (problems.length > 0) {
    console.error(`start:prod start niet:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.error("start:prod start niet: er is geen build; draai eerst `npm run build`.");
    process.exit(1);
  }
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // Imported only now: lib/env validates process.env at import time.
  const { databaseTarget } = await import("@/lib/db/adapter");
  const { deployMigrations } = await import("@/lib/db/migrate");
  const applied = await deployMigrations(databaseTarget());
  console.log(applied.length ? `Migraties toegepast: ${applied.join(", ")}` : "Geen openstaande migraties.");
  serve(process.env.PORT ?? "3000", { ...process.env, NODE_ENV: "production" });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
