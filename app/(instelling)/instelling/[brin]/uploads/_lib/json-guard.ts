// Route handlers answering JSON: signed out is a 401 and another school a 404, as problem+json with
// the Dutch message in `detail` (the app's one error shape, lib/shared/problem.ts), because a script
// reading the answer cannot follow a sign-in page.
import "server-only";
import { NextResponse } from "next/server";
import { instellingAccess, type SessionInstelling, type SessionUser } from "@/lib/auth/session";
import { PROBLEM_CONTENT_TYPE, problemBody } from "@/lib/shared/problem";

export const json = (status: number, body: object, headers?: HeadersInit) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

export const weiger = (status: number, melding: string) =>
  new NextResponse(JSON.stringify(problemBody(status, melding)), {
    status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store" },
  });

export const NIET_GEVONDEN = "Deze instelling of upload bestaat niet, of u heeft er geen toegang toe.";

export async function requireInstellingJson(
  brin: string,
): Promise<{ user: SessionUser; instelling: SessionInstelling } | Response> {
  const access = await instellingAccess(brin);
  if (access.ok) return access;
  return access.status === 401
    ? weiger(401, "U bent niet (meer) ingelogd. Log opnieuw in.")
    : weiger(404, NIET_GEVONDEN);
}
