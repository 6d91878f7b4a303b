// Push as a service of the server process: a dispatcher that every PUSH_INTERVAL_MS queues new
// berichten per endpoint and hands each endpoint with a due delivery to the job queue (pg-boss on
// PostgreSQL, in-process on PGlite), one job per endpoint at a time (singletonKey). The state lives in
// the Levering rows, so a restart or a lost job loses nothing: the next tick finds the work again.
import type { PrismaClient } from "@/generated/prisma/client";
import { enqueue, work } from "@/lib/jobs";
import { errorMessage, logJob } from "@/lib/jobs/log";
import { endpointsMetNieuweBerichten, endpointsTeVersturen, pushConfig, verstuurEndpoint, verzamel } from "./bezorging";

export const PUSH_QUEUE = "push-bezorgen";

/** Puts the endpoint's sending in the queue now (a tick, or "opnieuw versturen"). */
export function planVerzending(endpointId: string): Promise<string | null> {
  return enqueue(PUSH_QUEUE, { endpointId }, { singletonKey: `push:${endpointId}`, retryLimit: 0 });
}

/** One dispatcher round: queue new berichten, then plan every endpoint whose next delivery is due. */
export async function dispatch(
  db: PrismaClient,
  plan: (endpointId: string) => Promise<unknown> = planVerzending,
  now: () => Date = () => new Date(),
): Promise<void> {
  for (const id of await endpointsMetNieuweBerichten(db)) {
    // A school with a long backlog: a batch per endpoint per round, so one school does not hold up the rest.
    await verzamel(db, id);
  }
  // The clock is read after queueing, so what was just queued is due in this same round.
  for (const id of await endpointsTeVersturen(db, now())) await plan(id);
}

export async function registerPushWorker(db: PrismaClient): Promise<void> {
  await work<{ endpointId: string }>(PUSH_QUEUE, (payload) => verstuurEndpoint(db, payload.endpointId, pushConfig()), {
    concurrency: 2,
  });
}

/** Starts the ticks; returns the function that stops them. A round never overlaps the previous one. */
export function startPushDispatcher(db: PrismaClient, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    dispatch(db)
      .catch((error: unknown) => logJob("error", "Berichten pushen mislukt", { error: errorMessage(error) }))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
