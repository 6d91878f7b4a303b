// Uploads over the API (api.md, formats.md): the CSV body streamed into the same upload service as
// the page uses (stored in chunks, processed by the background job), its status and error report.
import { Prisma } from "@/generated/prisma/client";
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

/** How long an Idempotency-Key keeps returning the first upload. */
export const IDEMPOTENCY_MS = 24 * 3600_000;

const location = (brin: string, id: string) => `/api/v1/instellingen/${brin}/uploads/${id}`;

/**
 * The first upload of this client with this Idempotency-Key within 24 hours, answered as it was then
 * (202, its Location); the same key for another school or soort is a 422. An older use frees the key.
 */
async function eerdereUpload(caller: ApiCaller, key: string, brin: string, soort: string): Promise<Response | null> {
  const earlier = await db.upload.findFirst({ where: { clientId: caller.apiClientId, idempotencyKey: key } });
  if (!earlier) return null;
  if (earlier.aangemaaktOp.getTime() <= Date.now() - IDEMPOTENCY_MS) {
    await db.upload.updateMany({ where: { id: earlier.id, idempotencyKey: key }, data: { idempotencyKey: null } });
    return null;
  }
  if (earlier.brin !== brin || earlier.soort !== soort) {
    return problem(
      422,
      "Deze Idempotency-Key is de afgelopen 24 uur al gebruikt voor een ander verzoek (andere instelling of soort); kies een nieuwe.",
      { title: "Idempotency-Key al gebruikt" },
    );
  }
  return json(202, { id: earlier.id }, { Location: location(brin, earlier.id), "Idempotent-Replayed": "true" });
}

export async function startApiUpload(
  request: Request,
  caller: ApiCaller,
  brin: string,
  soort: string,
): Promise<Response> {
  const key = request.headers.get("idempotency-key");
  if (key !== null) {
    if (!/^[\x21-\x7e]{1,255}$/.test(key))
      return problem(400, "Idempotency-Key is 1 tot 255 zichtbare tekens (ASCII), bijvoorbeeld een UUID.");
    const earlier = await eerdereUpload(caller, key, brin, soort);
    if (earlier) return earlier;
  }
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "text/csv") return problem(415, "Stuur het bestand als body met de header Content-Type: text/csv.");
  const length = request.headers.get("content-length");
  const expected = length === null ? null : Number(length);
  if (expected !== null && expected > MAX_UPLOAD_BYTES)
    return problem(413, `Het bestand is groter dan ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  if (expected === 0 || !request.body)
    return problem(400, "Het bestand is leeg. Stuur een CSV-bestand met een kopregel en gegevens.");
  let id: string;
  try {
    id = await startUpload({
      soort,
      bestandsnaam: bestandsnaam(request.headers.get("content-disposition")),
      brin,
      body: countedBody(request.body, expected),
      uploader: { kind: "API_CLIENT", apiClientId: caller.apiClientId, clientId: caller.clientId },
      ...(key !== null ? { idempotencyKey: key } : {}),
    });
  } catch (error) {
    // The same key in a request that ran at the same time: that one's upload is the answer.
    if (key !== null && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const earlier = await eerdereUpload(caller, key, brin, soort);
      if (earlier) return earlier;
    }
    if (error instanceof UploadRefusedError) return problem(error.reason === "te-groot" ? 413 : 400, error.message);
    if (error instanceof IncompleteBodyError)
      return problem(400, "Het bestand is niet volledig ontvangen. Probeer het opnieuw.");
    throw error;
  }
  const upload = await db.upload.findUniqueOrThrow({
    where: { id },
    select: { bestandsnaam: true, grootte: true, sha256: true },
  });
  await db.auditEvent.create({
    data: {
      actorType: "API_CLIENT",
      actor: caller.clientId,
      brin,
      entiteit: "Upload",
      sleutel: id,
      actie: "AANLEVEREN",
      na: { soort, ...upload },
    },
  });
  return json(202, { id }, { Location: location(brin, id) });
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
    aantallen: {
      rijen: u.rijen,
      meldingen: u.meldingen,
      verwerkt: u.verwerkt,
      afgekeurd: u.afgekeurd,
      signalen: u.signalen,
    },
    foutmelding: u.foutmelding,
    aangemaaktOp: u.aangemaaktOp.toISOString(),
    klaarOp: u.klaarOp?.toISOString() ?? null,
  };
}

/** One page of the report in file order, keyset (rij, id). */
export async function foutenPagina(id: string, limit: number, cursor: [number, number] | null) {
  const rows = await db.uploadFout.findMany({
    where: {
      uploadId: id,
      ...(cursor ? { OR: [{ rij: { gt: cursor[0] } }, { rij: cursor[0], id: { gt: cursor[1] } }] } : {}),
    },
    orderBy: [{ rij: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: { id: true, rij: true, kolom: true, code: true, melding: true },
  });
  return rows;
}

/**
 * The school's uploads of the soorten the caller may see, newest first; keyset (aangemaaktOp, id)
 * as [ISO timestamp, id].
 */
export async function uploadsPagina(brin: string, soorten: string[], limit: number, after: [string, string] | null) {
  const at = after ? new Date(after[0]) : null;
  const rows = await db.upload.findMany({
    where: {
      brin,
      soort: { in: soorten },
      ...(at && !Number.isNaN(at.getTime())
        ? { OR: [{ aangemaaktOp: { lt: at } }, { aangemaaktOp: at, id: { lt: after![1] } }] }
        : {}),
    },
    orderBy: [{ aangemaaktOp: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(uploadJson),
    next: rows.length > limit && last ? ([last.aangemaaktOp.toISOString(), last.id] as [string, string]) : null,
  };
}
