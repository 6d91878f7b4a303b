// Node-only start-up of each server process: validate the environment, start the background
// workers, and on SIGTERM/SIGINT stop them before closing the database (PGlite otherwise keeps the
// process alive ~10 s and exits 99).
import "@/lib/env";
import { closeDb } from "@/lib/db";
import { startJobs, stopJobs } from "@/lib/jobs";
import { registerHerberekeningWorker } from "@/lib/register/funding/herberekening-service";
import { registerUploadWorker } from "@/lib/register/uploads/service";

export async function startNodeRuntime(): Promise<void> {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void stopJobs({ graceMs: 3000 })
        .catch(() => undefined)
        .then(() => closeDb())
        .finally(() => process.exit(0));
    });
  }
  await registerUploadWorker();
  await registerHerberekeningWorker();
  await startJobs();
}
