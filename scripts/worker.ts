// `npm run worker`: the background jobs (uploads, recomputes, push deliveries, the funding counts)
// in a process of their own, beside web instances started with JOB_WORKERS=false. On two cores an
// upload's processing then never stalls the API's answers on the web instance's event loop, and
// web and workers scale apart. PostgreSQL only: the jobs are pg-boss's, shared by every process. It
// does not migrate (start:prod does) and stops cleanly on SIGTERM (lib/server/node-runtime.ts).
import os from "node:os";
import { productionEnvProblems } from "@/lib/server/production-env";

/**
 * The jobs yield the CPU to the web instances on the same machine: an API client waits for its
 * answer, an upload's sender does not. WORKER_NICE (0–19) sets how far; 0 switches it off.
 */
function yieldToWeb(): void {
  const nice = Number(process.env.WORKER_NICE ?? 10);
  if (!Number.isInteger(nice) || nice < 0 || nice > 19) return;
  try {
    os.setPriority(nice);
  } catch {
    // Not permitted in this container: the worker runs at normal priority, as before.
  }
}

async function main() {
  const problems = process.env.NODE_ENV === "production" ? productionEnvProblems(process.env) : [];
  if (!process.env.DATABASE_URL) problems.push("DATABASE_URL: een apart werkproces vraagt PostgreSQL");
  if (problems.length > 0) {
    console.error(`worker start niet:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  yieldToWeb();
  // Imported only now: lib/env validates process.env at import time.
  const { startNodeRuntime } = await import("@/lib/server/node-runtime");
  await startNodeRuntime({ workers: true });
  console.log("ready");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
