// Node-only start-up of each server process: validate the environment, start the background
// workers, and on SIGTERM/SIGINT stop them before closing the database (PGlite otherwise keeps the
// process alive ~10 s and exits 99).
import "@/lib/env";
import { closeDb, db } from "@/lib/db";
import { startJobs, stopJobs } from "@/lib/jobs";
import { errorMessage, logJob } from "@/lib/jobs/log";
import { registerHerberekeningWorker } from "@/lib/register/funding/herberekening-service";
import { startTellingVouwer } from "@/lib/register/funding/telling";
import { registerUploadWorker } from "@/lib/register/uploads/service";
import { volgRegister } from "@/lib/beheer/overzicht/vernieuw";

export async function startNodeRuntime(): Promise<void> {
  // The back office's summaries follow the register's commits.
  volgRegister();
  // The dashboards' funding counts: the pipeline's deltas folded in every few seconds.
  const stopVouwer = startTellingVouwer(db, 3000, (error) => logJob("error", "Bekostigingstellingen bijwerken mislukt", { error: errorMessage(error) }));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stopVouwer();
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
