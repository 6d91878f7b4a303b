// Recomputes as a service: queued after the reference change committed, run on any instance
// (in-process on the embedded default), resumed after a restart.
import { db } from "@/lib/db";
import { enqueue, onJobsStart, work } from "@/lib/jobs";
import { markMislukt, runHerberekening } from "./herberekening";

export const HERBEREKENING_QUEUE = "bekostiging-herberekenen";

export async function queueHerberekening(id: string): Promise<void> {
  await enqueue(HERBEREKENING_QUEUE, { herberekeningId: id }, { singletonKey: id });
}

/** Called once per server process (instrumentation), before the queue starts. */
export async function registerHerberekeningWorker(): Promise<void> {
  await work<{ herberekeningId: string }>(
    HERBEREKENING_QUEUE,
    async ({ herberekeningId }, { signal, attempt, maxAttempts }) => {
      try {
        await runHerberekening(db, herberekeningId, signal);
        // Stopped half-way by a shutdown: throw so the queue runs it again (it resumes at its cursor).
        signal.throwIfAborted();
      } catch (error) {
        if (attempt >= maxAttempts && !signal.aborted) return markMislukt(db, herberekeningId);
        throw error;
      }
    },
  );
  // The embedded queue forgets its jobs on exit; queue again what was waiting or running.
  onJobsStart("herberekeningen", async () => {
    const open = await db.herberekening.findMany({
      where: { status: { in: ["IN_WACHTRIJ", "BEZIG"] } },
      select: { id: true },
    });
    for (const h of open) await queueHerberekening(h.id);
  });
}
