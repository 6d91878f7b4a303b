// Pipeline step for mbo resultaten (diplomas and certificaten): R02/R03/R05/R06, write, S03 relevance.
import type { Melding } from "@/lib/register/validate";
import { fromDb, toDb } from "./dates";
import { audit, inFixedDiplomaYear, lock, reject, UNCHANGED, type StepContext, type StepResult } from "./context";

export async function applyResultaat(ctx: StepContext, melding: Melding<"mbo-resultaten">): Promise<StepResult | null> {
  const { tx, brin } = ctx;
  const { resultaatvolgnummer } = melding.sleutel;
  await lock(tx, `R:${brin}:${resultaatvolgnummer}`);
  const existing = await tx.resultaat.findUnique({
    where: { brin_resultaatvolgnummer: { brin, resultaatvolgnummer } },
    include: { persoon: { select: { pgn: true } } },
  });

  if (melding.actie === "verwijderen") {
    if (!existing) {
      reject(ctx, "R06", "resultaatvolgnummer", `Er is geen resultaat ${resultaatvolgnummer} om te verwijderen.`);
      return null;
    }
    await lock(tx, `P:${existing.persoon.pgn}`);
    await tx.resultaat.delete({ where: { id: existing.id } });
    await audit(ctx, "Resultaat", resultaatvolgnummer, "VERWIJDEREN", existing, null);
    return { aangemaakt: false, gewijzigd: true, persoonIds: [existing.persoonId], raaktVastgesteld: inFixedDiplomaYear(ctx.ref, fromDb(existing.datumBehaald)) };
  }

  const g = melding.gegevens;
  const pgn = (g.bsn ?? g.onderwijsnummer)!;
  await lock(tx, `P:${pgn}`);
  if (!ctx.ref.opleidingen.has(g.opleidingscode)) {
    reject(ctx, "R02", "opleidingscode", `Opleiding ${g.opleidingscode} is niet bekend in RIO.`);
  }
  const inschrijving = await tx.inschrijving.findUnique({
    where: { brin_inschrijvingsvolgnummer: { brin, inschrijvingsvolgnummer: g.inschrijvingsvolgnummer } },
    include: { persoon: { select: { pgn: true } } },
  });
  if (!inschrijving || inschrijving.sector !== "MBO" || inschrijving.persoon.pgn !== pgn) {
    reject(ctx, "R03", "inschrijvingsvolgnummer", `Inschrijving ${g.inschrijvingsvolgnummer} bestaat niet bij ${brin} of hoort bij een andere persoon.`);
  }
  if (existing && existing.persoon.pgn !== pgn) {
    reject(ctx, "R05", "resultaatvolgnummer", `Resultaatvolgnummer ${resultaatvolgnummer} is al geregistreerd voor een andere persoon.`);
  }
  if (ctx.afkeuringen.length || !inschrijving) return null;

  const after = {
    inschrijvingsvolgnummer: g.inschrijvingsvolgnummer,
    opleidingscode: g.opleidingscode,
    soort: g.soort,
    datumBehaald: g.datumBehaald,
    indicatieBekostigbaar: g.indicatieBekostigbaar === "J",
  };
  const before = existing && {
    inschrijvingsvolgnummer: existing.inschrijvingsvolgnummer,
    opleidingscode: existing.opleidingscode,
    soort: existing.soort,
    datumBehaald: fromDb(existing.datumBehaald),
    indicatieBekostigbaar: existing.indicatieBekostigbaar,
  };
  if (before && JSON.stringify(before) === JSON.stringify(after)) return UNCHANGED(inschrijving.persoonId);
  const data = { ...after, datumBehaald: toDb(after.datumBehaald) };
  if (existing) await tx.resultaat.update({ where: { id: existing.id }, data });
  else await tx.resultaat.create({ data: { ...data, brin, resultaatvolgnummer, persoonId: inschrijving.persoonId } });
  await audit(ctx, "Resultaat", resultaatvolgnummer, "LEVEREN", before, after);
  return { aangemaakt: !existing, gewijzigd: true, persoonIds: [inschrijving.persoonId], raaktVastgesteld: inFixedDiplomaYear(ctx.ref, before?.datumBehaald, after.datumBehaald) };
}
