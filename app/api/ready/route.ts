// GET /api/ready: readiness — 200 when the database answers, every shipped migration is applied and
// this process's job workers run, else 503; one yes/no per check, no internal details.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getJobQueue } from "@/lib/jobs";
import { readiness } from "@/lib/server/readiness";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { ready, checks } = await readiness({ db, queue: getJobQueue(), workers: env.JOB_WORKERS });
  return Response.json(
    { status: ready ? "ok" : "niet-gereed", checks },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
