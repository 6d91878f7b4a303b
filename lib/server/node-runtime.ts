// Node-only start-up of each server process: validate the environment (importing lib/env), hook the
// access log into the HTTP server, start telemetry when configured and the background workers, and
// on SIGTERM/SIGINT stop them before closing the database (PGlite otherwise keeps the process alive
// ~10 s and exits 99).
import { closeAuthRateLimits } from "@/lib/auth/rate-limits";
import { closeDb, db } from "@/lib/db";
import { env } from "@/lib/env";
import { getJobQueue, startJobs, stopJobs } from "@/lib/jobs";
import { errorMessage, logJob } from "@/lib/jobs/log";
import { log, maskConsole } from "@/lib/log";
import { registerPushWorker, startPushDispatcher } from "@/lib/push/service";
import { registerHerberekeningWorker } from "@/lib/register/funding/herberekening-service";
import { startTellingVouwer } from "@/lib/register/funding/telling";
import { registerUploadWorker } from "@/lib/register/uploads/service";
import { installAccessLog } from "@/lib/server/access-log";
import { startTelemetry } from "@/lib/server/telemetry";
import { volgRegister } from "@/lib/beheer/overzicht/vernieuw";

/**
 * `workers`: this process runs the background jobs (the default, and always on PGlite); a web
 * instance with JOB_WORKERS=false only enqueues them for `npm run worker` (scripts/worker.ts).
 */
export async function startNodeRuntime({ workers = env.JOB_WORKERS }: { workers?: boolean } = {}): Promise<void> {
  installAccessLog();
  // Console output (Next's own error lines included) with PGNs masked, like the logger's.
  maskConsole();
  const stopTelemetry = await startTelemetry({
    endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
    queueDepth: () => getJobQueue().depth(),
  });
  // The back office's summaries follow the register's commits, in whichever process commits.
  volgRegister();
  // The dashboards' funding counts: the pipeline's deltas folded in every few seconds.
  let stopVouwer = () => {};
  let stopPush = () => {};
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log.info({ source: "server", signal }, "Afsluiten: achtergrondtaken stoppen");
      stopVouwer();
      stopPush();
      void stopJobs({ graceMs: 3000 })
        .catch(() => undefined)
        .then(() => closeAuthRateLimits())
        .then(() => stopTelemetry())
        .then(() => closeDb())
        .finally(() => process.exit(0));
    });
  }
  if (!workers) {
    log.info({ source: "server" }, "Achtergrondtaken draaien in een eigen proces (JOB_WORKERS=false)");
    return;
  }
  stopVouwer = startTellingVouwer(db, 3000, (error) =>
    logJob("error", "Bekostigingstellingen bijwerken mislukt", { error: errorMessage(error) }),
  );
  await registerUploadWorker();
  await registerHerberekeningWorker();
  await registerPushWorker(db);
  await startJobs();
  // Berichten to the suppliers' endpoints (lib/push): new ones and due retries, every few seconds.
  stopPush = startPushDispatcher(db, env.PUSH_INTERVAL_MS);
}
