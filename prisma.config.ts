// Prisma CLI configuration. `prisma generate` is the only CLI command used here; migrations run
// offline through lib/db/migrate.ts (npm run db:deploy / db:migration), which reads the same folder.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed-cli.ts --demo" },
  // Only for teams with internet using the stock CLI; the app itself never reads it from here.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/bron" },
});
