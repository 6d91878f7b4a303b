// POST /instelling/{brin}/uploads/bestand?soort=…: the upload page sends the file as the raw body
// (name in X-Bestandsnaam, URI-encoded); it is streamed into the store, never held whole in memory.
// Answers 201 { id } or 4xx { melding }.
import type { NextRequest } from "next/server";
import { mayChangeRegister } from "@/lib/auth/roles";
import { MAX_UPLOAD_BYTES, UploadTooLargeError } from "@/lib/register/upload-store";
import { soortenVoorSector } from "@/lib/register/uploads/queries";
import { countedBody, IncompleteBodyError } from "@/lib/register/uploads/http";
import { startUpload, UploadRefusedError } from "@/lib/register/uploads/service";
import { json, requireInstellingJson, weiger } from "../_lib/json-guard";

export async function POST(request: NextRequest, { params }: { params: Promise<{ brin: string }> }) {
  const { brin } = await params;
  const access = await requireInstellingJson(brin);
  if (access instanceof Response) return access;
  const { user, instelling } = access;
  if (!mayChangeRegister(user.rol)) return weiger(403, "U heeft leesrechten en kunt geen bestanden aanleveren.");
  // Server actions get Next's origin check; a route handler must do it itself (cross-site POST).
  if (!isSameOrigin(request)) return weiger(403, "Dit verzoek komt niet van het BRON-portaal en is geweigerd.");

  const length = request.headers.get("content-length");
  const expected = length === null ? null : Number(length);
  if (expected !== null && expected > MAX_UPLOAD_BYTES)
    return weiger(413, new UploadTooLargeError(MAX_UPLOAD_BYTES).message);
  if (expected === 0 || !request.body)
    return weiger(400, "Het bestand is leeg. Kies een CSV-bestand met een kopregel en gegevens.");

  const soort = request.nextUrl.searchParams.get("soort") ?? "";
  if (!(soortenVoorSector(instelling.sector) as string[]).includes(soort)) {
    return weiger(
      400,
      `Kies een soort bestand dat bij uw instelling past (${soortenVoorSector(instelling.sector).join(", ")}).`,
    );
  }

  try {
    const id = await startUpload({
      soort,
      bestandsnaam: bestandsnaam(request.headers.get("x-bestandsnaam")),
      brin,
      body: countedBody(request.body, expected),
      uploader: { kind: "USER", gebruikerId: user.id, email: user.email },
    });
    return json(201, { id }, { Location: `/instelling/${brin}/uploads/${id}` });
  } catch (error) {
    if (error instanceof UploadRefusedError) return weiger(400, error.message);
    if (error instanceof IncompleteBodyError)
      return weiger(400, "Het bestand is niet volledig ontvangen. Probeer het opnieuw.");
    throw error;
  }
}

/** The Origin's host must be the host this request was sent to (as Next checks server actions). */
function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The name as the browser gave it, without any path; never empty. */
function bestandsnaam(header: string | null): string {
  let name = "";
  try {
    name = decodeURIComponent(header ?? "");
  } catch {
    name = header ?? "";
  }
  return name.split(/[\\/]/).pop()?.trim() || "upload.csv";
}
