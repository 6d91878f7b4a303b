// The terugkoppeling of an upload as one bericht for its school (UPLOAD_VERWERKT): status and counts,
// and where to read the meldingen and the error report. Compact on purpose — the meldingen themselves
// are in the meldingen feed — so a 100,000-row file gives one bericht, not 100,000. Written in the
// transaction that ends the upload (eindig), so there is exactly one, also after a crash and a rerun.
import type { Prisma, Upload } from "@/generated/prisma/client";

export function uploadBericht(u: Upload): Prisma.InputJsonObject {
  return {
    uploadId: u.id,
    soort: u.soort,
    bestandsnaam: u.bestandsnaam,
    status: u.status,
    aantallen: {
      rijen: u.rijen,
      meldingen: u.meldingen,
      verwerkt: u.verwerkt,
      afgekeurd: u.afgekeurd,
      signalen: u.signalen,
    },
    foutmelding: u.foutmelding,
    klaarOp: u.klaarOp?.toISOString() ?? null,
    upload: `/api/v1/instellingen/${u.brin}/uploads/${u.id}`,
    fouten: `/api/v1/instellingen/${u.brin}/uploads/${u.id}/fouten`,
  };
}
