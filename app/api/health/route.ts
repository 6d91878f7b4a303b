// GET /api/health: liveness — the process answers. Unauthenticated, touches nothing.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
