// Node-only start-up of each server process: validate the environment, hook the access log into the
// HTTP server, start the background workers, and on SIGTERM/SIGINT stop them before closing the
// database (PGlite otherwise keeps the process alive ~10 s and exits 99).
import "@/lib/env";
import { closeAuthRateLimits } from "@/lib/auth/rate-limits";
import { closeDb, db } from "@/lib/db";
import { startJobs, stopJobs } from "@/lib/jobs";
import { errorMessage, logJob } from "@/lib/jobs/log";
import { log } from "@/lib/log";
import { registerHerberekeningWorker } from "@/lib/register/funding/herberekening-service";
import { startTellingVouwer } from "@/lib/register/funding/telling";
import { registerUploadWorker } from "@/lib/register/uploads/service";
import { installAccessLog } from "@/lib/server/access-log";

export async function startNodeRuntime(): Promise<void> {
  installAccessLog();
  // The dashboards' funding counts: the pipeline's deltas folded in every few seconds.
  const stopVouwer = startTellingVouwer(db, 3000, (error) => logJob("error", "Bekostigingstellingen bijwerken mislukt", { error: errorMessage(error) }));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log.info({ source: "server", signal }, "Afsluiten: achtergrondtaken stoppen");
      stopVouwer();
      void stopJobs({ graceMs: 3000 })
        .catch(() => undefined)
        .then(() => closeAuthRateLimits())
        .then(() => closeDb())
        .finally(() => process.exit(0));
    });
  }
  await registerUploadWorker();
  await registerHerberekeningWorker();
  await startJobs();
}
