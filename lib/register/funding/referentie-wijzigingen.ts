// DUO's changes to reference data that affect funding (a licence's einddatum, a new teldatum): the
// change, its audit entry and the recompute it calls for are written in one transaction; the caller
// queues the recompute after the commit (herberekening-service.ts).
import type { PrismaClient } from "@/generated/prisma/client";
import type { Leerweg, Sector } from "@/generated/prisma/enums";
import { fromDb, toDb } from "@/lib/shared/dates";
import { planHerberekening } from "./herberekening";
import { VertaalbareFout } from "@/lib/i18n/fout";

export class ReferentieError extends VertaalbareFout {}

export interface LicentieWijziging {
  brin: string;
  opleidingscode: string;
  leerweg: Leerweg;
  /** The last day the licence is valid (ISO date); null: valid without end. */
  einddatum: string | null;
  actor: string;
}

/** Withdraws a licence per a date (or lifts the withdrawal); returns the recompute's id. */
export async function wijzigLicentieEinddatum(db: PrismaClient, input: LicentieWijziging): Promise<string> {
  return db.$transaction(async (tx) => {
    const key = { brin: input.brin, opleidingscode: input.opleidingscode, leerweg: input.leerweg };
    const licentie = await tx.licentie.findUnique({ where: { brin_opleidingscode_leerweg: key } });
    if (!licentie)
      throw new ReferentieError("licentieBestaatNiet", {
        brin: input.brin,
        opleidingscode: input.opleidingscode,
        leerweg: input.leerweg,
      });
    const begindatum = fromDb(licentie.begindatum);
    if (input.einddatum !== null && input.einddatum < begindatum) {
      throw new ReferentieError("einddatumVoorBegin", { begindatum });
    }
    const voor = fromDb(licentie.einddatum);
    if (voor === input.einddatum) throw new ReferentieError("einddatumOngewijzigd");
    await tx.licentie.update({
      where: { brin_opleidingscode_leerweg: key },
      data: { einddatum: input.einddatum ? toDb(input.einddatum) : null },
    });
    const sleutel = `${input.brin}/${input.opleidingscode}/${input.leerweg}`;
    await tx.auditEvent.create({
      data: {
        actorType: "USER",
        actor: input.actor,
        brin: input.brin,
        entiteit: "Licentie",
        sleutel,
        actie: "WIJZIGEN",
        voor: { einddatum: voor },
        na: { einddatum: input.einddatum },
      },
    });
    const aanleiding = input.einddatum
      ? `Licentie ${sleutel} ingetrokken per ${input.einddatum}`
      : `Intrekking van licentie ${sleutel} ongedaan gemaakt`;
    return planHerberekening(tx, {
      aanleiding,
      bereik: { brin: input.brin, opleidingscode: input.opleidingscode },
      actor: input.actor,
    });
  });
}

/** Adds a teldatum; every person of the sector is assessed on it. Returns the recompute's id. */
export async function voegTeldatumToe(
  db: PrismaClient,
  input: { sector: Sector; datum: string; actor: string },
): Promise<string> {
  return db.$transaction(async (tx) => {
    const key = { sector: input.sector, datum: toDb(input.datum) };
    if (await tx.teldatum.findUnique({ where: { sector_datum: key } })) {
      throw new ReferentieError("teldatumBestaatAl", { datum: input.datum, sector: input.sector });
    }
    await tx.teldatum.create({ data: key });
    await tx.auditEvent.create({
      data: {
        actorType: "USER",
        actor: input.actor,
        entiteit: "Teldatum",
        sleutel: `${input.sector}/${input.datum}`,
        actie: "TOEVOEGEN",
        na: { sector: input.sector, datum: input.datum },
      },
    });
    return planHerberekening(tx, {
      aanleiding: `Teldatum ${input.datum} (${input.sector}) toegevoegd`,
      bereik: { sector: input.sector },
      actor: input.actor,
    });
  });
}
