// What an empty database gets on `npm start`: the RIO reference data always; the demo accounts
// (with their published passwords and API secrets) and demo register data only on the embedded
// default, or on PostgreSQL when asked for with `--demo` or DEMO=true. `start:prod` never seeds.
import type { PrismaClient } from "@/generated/prisma/client";
import { isEmpty, seed } from "./seed";

export function demoWanted(options: {
  target: "postgres" | "pglite";
  argv: readonly string[];
  demoEnv?: string;
}): boolean {
  if (options.target === "pglite") return true;
  return options.argv.includes("--demo") || options.demoEnv === "true" || options.demoEnv === "1";
}

/** Seeds an empty database (reference data, and demo data when `demo`); leaves one with data alone. */
export async function firstStart(db: PrismaClient, options: { demo: boolean }): Promise<"leeg-geladen" | "al-gevuld"> {
  if (!(await isEmpty(db))) return "al-gevuld";
  await seed(db, options);
  return "leeg-geladen";
}
