// Migrates the database of this process's environment and loads the demo data (for npm test).
import { databaseTarget } from "@/lib/db/adapter";
import { closeDb, getDb } from "@/lib/db";
import { deployMigrations } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed";

async function main() {
  await deployMigrations(databaseTarget());
  await seed(getDb(), { demo: true });
  await closeDb();
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb();
  process.exit(1);
});
