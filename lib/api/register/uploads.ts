// Uploads over the API (api.md, formats.md): the CSV body streamed into the same upload service as
// the page uses (stored in chunks, processed by the background job), its status and error report.
import { db } from "@/lib/db";
import { MAX_UPLOAD_BYTES } from "@/lib/register/upload-store";
import { countedBody, IncompleteBodyError } from "@/lib/register/uploads/http";
import { startUpload, UploadRefusedError } from "@/lib/register/uploads/service";
import type { ApiCaller } from "../clients";
import { json, problem } from "../problem";

/** `Content-Disposition: attachment; filename="…"` names the file; otherwise a neutral name. */
function bestandsnaam(header: string | null): string {
  const match = /filename="?([^";]+)"?/i.exec(header ?? "");
  return match?.[1]?.split(/[\\/]/).pop()?.trim() || "api-upload.csv";
}

export async function startApiUpload(request: Request, caller: ApiCaller, brin: string, soort: string): Promise<Response> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "text/csv") return problem(415, "Stuur het bestand als body met de header Content-Type: text/csv.");
  const length = request.headers.get("content-length");
  const expected = length === null ? null : Number(length);
  if (expected !== null && expected > MAX_UPLOAD_BYTES) return problem(413, `Het bestand is groter dan ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  if (expected === 0 || !request.body) return problem(400, "Het bestand is leeg. Stuur een CSV-bestand met een kopregel en gegevens.");
  let id: string;
  try {
    id = await startUpload({
      soort,
      bestandsnaam: bestandsnaam(request.headers.get("content-disposition")),
      brin,
      body: countedBody(request.body, expected),
      uploader: { kind: "API_CLIENT", apiClientId: caller.apiClientId, clientId: caller.clientId },
    });
  } catch (error) {
    if (error instanceof UploadRefusedError) return problem(/groter dan/.test(error.message) ? 413 : 400, error.message);
    if (error instanceof IncompleteBodyError) return problem(400, "Het bestand is niet volledig ontvangen. Probeer het opnieuw.");
    throw error;
  }
  const upload = await db.upload.findUniqueOrThrow({ where: { id }, select: { bestandsnaam: true, grootte: true, sha256: true } });
  await db.auditEvent.create({
    data: { actorType: "API_CLIENT", actor: caller.clientId, brin, entiteit: "Upload", sleutel: id, actie: "AANLEVEREN", na: { soort, ...upload } },
  });
  const location = `/api/v1/instellingen/${brin}/uploads/${id}`;
  return json(202, { id }, { Location: location });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The upload of this school, when it exists (any other id, or another school's, is null). */
export async function findUpload(brin: string, id: string) {
  if (!UUID.test(id)) return null;
  return db.upload.findFirst({ where: { id, brin } });
}

export function uploadJson(u: NonNullable<Awaited<ReturnType<typeof findUpload>>>) {
  return {
    id: u.id,
    soort: u.soort,
    bestandsnaam: u.bestandsnaam,
    status: u.status,
    voortgang: u.voortgang,
    aantallen: { rijen: u.rijen, meldingen: u.meldingen, verwerkt: u.verwerkt, afgekeurd: u.afgekeurd, signalen: u.signalen },
    foutmelding: u.foutmelding,
    aangemaaktOp: u.aangemaaktOp.toISOString(),
    klaarOp: u.klaarOp?.toISOString() ?? null,
  };
}


/** One page of the report in file order, keyset (rij, id). */
export async function foutenPagina(id: string, limit: number, cursor: [number, number] | null) {
  const rows = await db.uploadFout.findMany({
    where: { uploadId: id, ...(cursor ? { OR: [{ rij: { gt: cursor[0] } }, { rij: cursor[0], id: { gt: cursor[1] } }] } : {}) },
    orderBy: [{ rij: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: { id: true, rij: true, kolom: true, code: true, melding: true },
  });
  return rows;
}
