// Node-only start-up of each server process: validate the environment, start the background
// workers, and on SIGTERM/SIGINT stop them before closing the database (PGlite otherwise keeps the
// process alive ~10 s and exits 99).
import "@/lib/env";
import { closeDb, db } from "@/lib/db";
import { env } from "@/lib/env";
import { startJobs, stopJobs } from "@/lib/jobs";
import { errorMessage, logJob } from "@/lib/jobs/log";
import { registerPushWorker, startPushDispatcher } from "@/lib/push/service";
import { registerHerberekeningWorker } from "@/lib/register/funding/herberekening-service";
import { startTellingVouwer } from "@/lib/register/funding/telling";
import { registerUploadWorker } from "@/lib/register/uploads/service";
import { volgRegister } from "@/lib/beheer/overzicht/vernieuw";

export async function startNodeRuntime(): Promise<void> {
  // The back office's summaries follow the register's commits.
  volgRegister();
  // The dashboards' funding counts: the pipeline's deltas folded in every few seconds.
  const stopVouwer = startTellingVouwer(db, 3000, (error) => logJob("error", "Bekostigingstellingen bijwerken mislukt", { error: errorMessage(error) }));
  let stopPush = () => {};
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stopVouwer();
      stopPush();
      void stopJobs({ graceMs: 3000 })
        .catch(() => undefined)
        .then(() => closeDb())
        .finally(() => process.exit(0));
    });
  }
  await registerUploadWorker();
  await registerHerberekeningWorker();
  await registerPushWorker(db);
  await startJobs();
  // Berichten to the suppliers' endpoints (lib/push): new ones and due retries, every few seconds.
  stopPush = startPushDispatcher(db, env.PUSH_INTERVAL_MS);
}
