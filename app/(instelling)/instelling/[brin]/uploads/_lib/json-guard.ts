// Route handlers answering JSON: requireInstelling's redirect (signed out) and notFound become a JSON
// 401/404 with a Dutch message, because a script reading the answer cannot follow a sign-in page.
import "server-only";
import { NextResponse } from "next/server";
import { requireInstelling, type SessionInstelling, type SessionUser } from "@/lib/auth/session";

export const json = (status: number, body: object, headers?: HeadersInit) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

export const weiger = (status: number, melding: string) => json(status, { melding });

export const NIET_GEVONDEN = "Deze instelling of upload bestaat niet, of u heeft er geen toegang toe.";

/** Next's redirect() and notFound() throw errors marked by their digest. */
function digestOf(error: unknown): string {
  return typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" ? error.digest : "";
}

export async function requireInstellingJson(brin: string): Promise<{ user: SessionUser; instelling: SessionInstelling } | Response> {
  try {
    return await requireInstelling(brin);
  } catch (error) {
    const digest = digestOf(error);
    if (digest.startsWith("NEXT_REDIRECT")) return weiger(401, "U bent niet (meer) ingelogd. Log opnieuw in.");
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return weiger(404, NIET_GEVONDEN);
    throw error;
  }
}
