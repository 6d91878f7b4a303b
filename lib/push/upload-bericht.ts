// The terugkoppeling of an upload as one bericht for its school (UPLOAD_VERWERKT): status and counts,
// and where to read the meldingen and the error report. Compact on purpose — the meldingen themselves
// are in the meldingen feed — so a 100,000-row file gives one bericht, not 100,000. Written once per
// upload when it ends (KLAAR or MISLUKT), also when a crash between the two made the job run again.
import type { PrismaClient } from "@/generated/prisma/client";

export async function meldUploadKlaar(db: PrismaClient, uploadId: string): Promise<boolean> {
  const u = await db.upload.findUnique({ where: { id: uploadId } });
  if (!u || !u.brin || (u.status !== "KLAAR" && u.status !== "MISLUKT")) return false;
  const gegevens = {
    uploadId: u.id,
    soort: u.soort,
    bestandsnaam: u.bestandsnaam,
    status: u.status,
    aantallen: { rijen: u.rijen, meldingen: u.meldingen, verwerkt: u.verwerkt, afgekeurd: u.afgekeurd, signalen: u.signalen },
    foutmelding: u.foutmelding,
    klaarOp: u.klaarOp?.toISOString() ?? null,
    upload: `/api/v1/instellingen/${u.brin}/uploads/${u.id}`,
    fouten: `/api/v1/instellingen/${u.brin}/uploads/${u.id}/fouten`,
  };
  // One statement, so a second run of the job cannot add a second bericht.
  const inserted = await db.$executeRaw`
    INSERT INTO "Bericht" (brin, soort, gegevens)
    SELECT ${u.brin}, 'UPLOAD_VERWERKT'::"BerichtSoort", ${JSON.stringify(gegevens)}::jsonb
    WHERE NOT EXISTS (SELECT 1 FROM "Bericht" WHERE brin = ${u.brin} AND soort = 'UPLOAD_VERWERKT' AND gegevens->>'uploadId' = ${u.id})`;
  return inserted > 0;
}
