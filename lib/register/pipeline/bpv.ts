// Pipeline step for BPV (mbo work placements): R03/R06, write, S03 relevance.
import type { Melding } from "@/lib/register/validate";
import { fromDb, toDb } from "./dates";
import { activeOnFixedTeldatum, audit, lock, reject, UNCHANGED, type StepContext, type StepResult } from "./context";

export async function applyBpv(ctx: StepContext, melding: Melding<"mbo-bpv">): Promise<StepResult | null> {
  const { tx, brin } = ctx;
  const { inschrijvingsvolgnummer, bpvVolgnummer } = melding.sleutel;
  const sleutel = `${inschrijvingsvolgnummer}/${bpvVolgnummer}`;
  await lock(tx, `I:${brin}:${inschrijvingsvolgnummer}`);
  const inschrijving = await tx.inschrijving.findUnique({
    where: { brin_inschrijvingsvolgnummer: { brin, inschrijvingsvolgnummer } },
    include: { persoon: { select: { pgn: true } } },
  });
  if (!inschrijving || inschrijving.sector !== "MBO") {
    reject(ctx, "R03", "inschrijvingsvolgnummer", `Er is geen mbo-inschrijving ${inschrijvingsvolgnummer} bij ${brin}.`);
    return null;
  }
  await lock(tx, `P:${inschrijving.persoon.pgn}`);
  const existing = await tx.bpv.findUnique({ where: { inschrijvingId_bpvVolgnummer: { inschrijvingId: inschrijving.id, bpvVolgnummer } } });
  const span = { datumInschrijving: fromDb(inschrijving.datumInschrijving), datumUitschrijving: fromDb(inschrijving.datumUitschrijving) };
  const raaktVastgesteld = activeOnFixedTeldatum(ctx.ref, "MBO", span);

  if (melding.actie === "verwijderen") {
    if (!existing) {
      reject(ctx, "R06", "bpv_volgnummer", `Er is geen BPV ${bpvVolgnummer} bij inschrijving ${inschrijvingsvolgnummer} om te verwijderen.`);
      return null;
    }
    await tx.bpv.delete({ where: { id: existing.id } });
    await tx.signaal.deleteMany({ where: { brin, soort: "BPV", sleutel } });
    await audit(ctx, "Bpv", sleutel, "VERWIJDEREN", existing, null);
    return { aangemaakt: false, gewijzigd: true, persoonIds: [inschrijving.persoonId], raaktVastgesteld };
  }

  const g = melding.gegevens;
  const after = {
    leerbedrijfId: g.leerbedrijfId,
    opleidingscode: g.opleidingscode,
    afsluitdatum: g.afsluitdatum,
    datumBegin: g.datumBegin,
    datumEindeGepland: g.datumEindeGepland,
    datumEinde: g.datumEinde ?? null,
    omvangUren: g.omvangUren,
  };
  const before = existing && {
    leerbedrijfId: existing.leerbedrijfId,
    opleidingscode: existing.opleidingscode,
    afsluitdatum: fromDb(existing.afsluitdatum),
    datumBegin: fromDb(existing.datumBegin),
    datumEindeGepland: fromDb(existing.datumEindeGepland),
    datumEinde: fromDb(existing.datumEinde),
    omvangUren: existing.omvangUren,
  };
  if (before && JSON.stringify(before) === JSON.stringify(after)) return UNCHANGED(inschrijving.persoonId);
  const data = {
    ...after,
    afsluitdatum: toDb(after.afsluitdatum),
    datumBegin: toDb(after.datumBegin),
    datumEindeGepland: toDb(after.datumEindeGepland),
    datumEinde: toDb(after.datumEinde),
  };
  if (existing) await tx.bpv.update({ where: { id: existing.id }, data });
  else await tx.bpv.create({ data: { ...data, inschrijvingId: inschrijving.id, bpvVolgnummer } });
  await audit(ctx, "Bpv", sleutel, "LEVEREN", before, after);
  return { aangemaakt: !existing, gewijzigd: true, persoonIds: [inschrijving.persoonId], raaktVastgesteld };
}
