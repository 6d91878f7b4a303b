// Job events through the server's logger (lib/log.ts: JSON lines, PGNs masked).
import { log } from "@/lib/log";
import { recordJobFailure } from "@/lib/server/telemetry";

const jobs = log.child({ source: "jobs" });

export function logJob(level: "info" | "warn" | "error", message: string, fields: Record<string, unknown> = {}): void {
  jobs[level](fields, message);
  // A failed run (retried or not) is counted for the metrics, when they are exported.
  if (level !== "info" && "jobId" in fields) recordJobFailure(fields);
}

/** The message of an unknown thrown value, for logs and pg-boss's output column. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
