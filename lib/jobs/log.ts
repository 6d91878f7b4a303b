// One JSON line per job event on stderr, like the rest of the server's logging.

export function logJob(level: "info" | "warn" | "error", message: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, source: "jobs", message, ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
}

/** The message of an unknown thrown value, for logs and pg-boss's output column. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
