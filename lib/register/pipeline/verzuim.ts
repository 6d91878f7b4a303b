// Pipeline step for po verzuimmeldingen: R03/R05/R06 and the write (the behandelstatus is DUO's).
import type { Melding } from "@/lib/register/validate";
import { fromDb, toDb } from "./dates";
import { audit, lock, reject, UNCHANGED, type StepContext, type StepResult } from "./context";

export async function applyVerzuim(ctx: StepContext, melding: Melding<"po-verzuim">): Promise<StepResult | null> {
  const { tx, brin } = ctx;
  const { verzuimvolgnummer } = melding.sleutel;
  await lock(tx, `V:${brin}:${verzuimvolgnummer}`);
  const existing = await tx.verzuimmelding.findUnique({
    where: { brin_verzuimvolgnummer: { brin, verzuimvolgnummer } },
    include: { persoon: { select: { pgn: true } } },
  });

  if (melding.actie === "verwijderen") {
    if (!existing) {
      reject(ctx, "R06", "verzuimvolgnummer", `Er is geen verzuimmelding ${verzuimvolgnummer} om te verwijderen.`);
      return null;
    }
    await tx.verzuimmelding.delete({ where: { id: existing.id } });
    await audit(ctx, "Verzuimmelding", verzuimvolgnummer, "VERWIJDEREN", existing, null);
    return { aangemaakt: false, gewijzigd: true, persoonIds: [existing.persoonId], raaktVastgesteld: false };
  }

  const g = melding.gegevens;
  const pgn = (g.bsn ?? g.onderwijsnummer)!;
  const persoon = await tx.persoon.findUnique({ where: { pgn } });
  // Enrolled at this school on datum_begin (an inschrijving active on that day).
  const enrolled =
    persoon &&
    (await tx.inschrijving.count({
      where: {
        persoonId: persoon.id,
        brin,
        sector: "PO",
        datumInschrijving: { lte: toDb(g.datumBegin) },
        OR: [{ datumUitschrijving: null }, { datumUitschrijving: { gte: toDb(g.datumBegin) } }],
      },
    })) > 0;
  if (!persoon || !enrolled) {
    reject(ctx, "R03", persoon || !g.onderwijsnummer ? "bsn" : "onderwijsnummer", `De leerling staat op ${g.datumBegin} niet ingeschreven bij ${brin}.`);
  }
  if (existing && existing.persoon.pgn !== pgn) {
    reject(ctx, "R05", "verzuimvolgnummer", `Verzuimvolgnummer ${verzuimvolgnummer} is al geregistreerd voor een andere persoon.`);
  }
  if (ctx.afkeuringen.length || !persoon) return null;

  const after = { soort: g.soort, datumBegin: g.datumBegin, datumEinde: g.datumEinde ?? null, toelichting: g.toelichting ?? null };
  const before = existing && { soort: existing.soort === "U16_4W" ? "16U_4W" : existing.soort, datumBegin: fromDb(existing.datumBegin), datumEinde: fromDb(existing.datumEinde), toelichting: existing.toelichting };
  if (before && JSON.stringify(before) === JSON.stringify(after)) return UNCHANGED(persoon.id);
  const data = { soort: after.soort === "16U_4W" ? ("U16_4W" as const) : after.soort, datumBegin: toDb(after.datumBegin), datumEinde: toDb(after.datumEinde), toelichting: after.toelichting };
  if (existing) await tx.verzuimmelding.update({ where: { id: existing.id }, data });
  else await tx.verzuimmelding.create({ data: { ...data, brin, verzuimvolgnummer, persoonId: persoon.id } });
  await audit(ctx, "Verzuimmelding", verzuimvolgnummer, "LEVEREN", before, after);
  return { aangemaakt: !existing, gewijzigd: true, persoonIds: [persoon.id], raaktVastgesteld: false };
}
