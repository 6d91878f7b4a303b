// Node-only start-up work: validate the environment, and close the database on shutdown (PGlite
// otherwise keeps the process alive ~10 s and exits 99).
import "@/lib/env";
import { closeDb } from "@/lib/db";

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void closeDb().finally(() => process.exit(0));
  });
}
