// Pipeline step for inschrijvingen (mbo and po): reference checks R02/R04/R05/R06/R07, the write
// of person, inschrijving and perioden, and the kennisgevingen between schools.
import type { Prisma } from "@/generated/prisma/client";
import type { Melding } from "@/lib/register/validate";
import { addDays } from "@/lib/bekostiging/dates";
import { fromDb, toDb } from "./dates";
import { activeOnFixedTeldatum, audit, lock, reject, UNCHANGED, type StepContext, type StepResult } from "./context";

type InschrijvingMelding = Melding<"mbo-inschrijvingen"> | Melding<"po-inschrijvingen">;
type Periode = { begindatum: string; opleidingscode: string | null; leerweg: "BOL" | "BBL" | "EX" | null; indicatieBekostigbaar: boolean | null; vestigingscode: string | null; groep: number | null };

export async function applyInschrijving(ctx: StepContext, melding: InschrijvingMelding): Promise<StepResult | null> {
  const { tx, brin } = ctx;
  const volgnummer = melding.sleutel.inschrijvingsvolgnummer;
  const sector = melding.soort === "mbo-inschrijvingen" ? "MBO" : "PO";
  await lock(tx, `I:${brin}:${volgnummer}`);
  const existing = await tx.inschrijving.findUnique({
    where: { brin_inschrijvingsvolgnummer: { brin, inschrijvingsvolgnummer: volgnummer } },
    include: { perioden: { orderBy: { begindatum: "asc" } }, persoon: true },
  });
  if (melding.actie === "verwijderen") return removeInschrijving(ctx, volgnummer, existing);

  const g = melding.gegevens;
  const pgn = (g.bsn ?? g.onderwijsnummer)!;
  await lock(tx, `P:${pgn}`);
  const perioden: Periode[] =
    melding.soort === "mbo-inschrijvingen"
      ? melding.gegevens.perioden.map((p) => ({ begindatum: p.periodeBegindatum, opleidingscode: p.opleidingscode, leerweg: p.leerweg, indicatieBekostigbaar: p.indicatieBekostigbaar === "J", vestigingscode: null, groep: null }))
      : melding.gegevens.perioden.map((p) => ({ begindatum: p.periodeBegindatum, opleidingscode: null, leerweg: null, indicatieBekostigbaar: null, vestigingscode: p.vestigingscode, groep: p.groep }));

  for (const p of perioden) {
    if (p.opleidingscode !== null && !ctx.ref.opleidingen.has(p.opleidingscode)) {
      reject(ctx, "R02", "opleidingscode", `Opleiding ${p.opleidingscode} is niet bekend in RIO.`);
    }
    if (p.vestigingscode !== null && ctx.ref.vestigingen.get(p.vestigingscode) !== brin) {
      reject(ctx, "R02", "vestigingscode", `Vestiging ${p.vestigingscode} hoort niet bij ${brin}.`);
    }
  }
  const persoon = await tx.persoon.findUnique({ where: { pgn } });
  if (persoon && fromDb(persoon.geboortedatum) !== g.geboortedatum) {
    reject(ctx, "R04", "geboortedatum", "De geboortedatum wijkt af van die van de geregistreerde persoon met dit nummer.");
  }
  if (persoon && persoon.geslacht !== g.geslacht) {
    reject(ctx, "R04", "geslacht", "Het geslacht wijkt af van dat van de geregistreerde persoon met dit nummer.");
  }
  if (existing && existing.persoon.pgn !== pgn) {
    reject(ctx, "R05", "inschrijvingsvolgnummer", `Inschrijvingsvolgnummer ${volgnummer} is al geregistreerd voor een andere persoon.`);
  }
  if (ctx.afkeuringen.length) return null;

  const persoonData = {
    achternaam: g.achternaam ?? null,
    voorvoegsel: g.voorvoegsel ?? null,
    voornamen: g.voornamen ?? null,
    postcode: g.postcode ?? null,
    woonland: g.woonland ?? "NL",
  };
  const inschrijvingData = {
    datumInschrijving: g.datumInschrijving,
    datumUitschrijvingGepland: "datumUitschrijvingGepland" in g ? g.datumUitschrijvingGepland : null,
    datumUitschrijving: g.datumUitschrijving ?? null,
    redenUitschrijving: "redenUitschrijving" in g ? (g.redenUitschrijving ?? null) : null,
  };

  // The stored state in exactly the shape of `after`, so "identical" is one comparison.
  const before = existing && {
    achternaam: existing.persoon.achternaam,
    voorvoegsel: existing.persoon.voorvoegsel,
    voornamen: existing.persoon.voornamen,
    postcode: existing.persoon.postcode,
    woonland: existing.persoon.woonland,
    datumInschrijving: fromDb(existing.datumInschrijving),
    datumUitschrijvingGepland: fromDb(existing.datumUitschrijvingGepland),
    datumUitschrijving: fromDb(existing.datumUitschrijving),
    redenUitschrijving: existing.redenUitschrijving,
    perioden: existing.perioden.map((p): Periode => ({
      begindatum: fromDb(p.begindatum),
      opleidingscode: p.opleidingscode,
      leerweg: p.leerweg,
      indicatieBekostigbaar: p.indicatieBekostigbaar,
      vestigingscode: p.vestigingscode,
      groep: p.groep,
    })),
  };
  const after = { ...persoonData, ...inschrijvingData, perioden };
  if (existing && persoon && JSON.stringify(before) === JSON.stringify(after)) return UNCHANGED(persoon.id);

  const stored = await tx.persoon.upsert({
    where: { pgn },
    create: { pgn, geboortedatum: toDb(g.geboortedatum), geslacht: g.geslacht, ...persoonData },
    update: persoonData,
  });
  const data = {
    ...inschrijvingData,
    datumInschrijving: toDb(inschrijvingData.datumInschrijving),
    datumUitschrijvingGepland: toDb(inschrijvingData.datumUitschrijvingGepland),
    datumUitschrijving: toDb(inschrijvingData.datumUitschrijving),
    gewijzigdOp: new Date(),
  };
  const inschrijving = existing
    ? await tx.inschrijving.update({ where: { id: existing.id }, data })
    : await tx.inschrijving.create({ data: { ...data, brin, inschrijvingsvolgnummer: volgnummer, sector, persoonId: stored.id } });
  await tx.periode.deleteMany({ where: { inschrijvingId: inschrijving.id } });
  await tx.periode.createMany({ data: perioden.map((p) => ({ ...p, begindatum: toDb(p.begindatum), inschrijvingId: inschrijving.id })) });

  await audit(ctx, "Inschrijving", volgnummer, "LEVEREN", before, after);
  await kennisgevingen(ctx, stored.id, sector, { volgnummer, datumInschrijving: g.datumInschrijving, datumUitschrijving: inschrijvingData.datumUitschrijving }, existing ? fromDb(existing.datumUitschrijving) : undefined);
  return {
    aangemaakt: !existing,
    gewijzigd: true,
    persoonIds: [stored.id],
    raaktVastgesteld: activeOnFixedTeldatum(ctx.ref, sector, before, inschrijvingData),
  };
}

type Existing = Prisma.InschrijvingGetPayload<{ include: { perioden: true; persoon: true } }> | null;

async function removeInschrijving(ctx: StepContext, volgnummer: string, existing: Existing): Promise<StepResult | null> {
  if (!existing) {
    reject(ctx, "R06", "inschrijvingsvolgnummer", `Er is geen inschrijving ${volgnummer} om te verwijderen.`);
    return null;
  }
  await lock(ctx.tx, `P:${existing.persoon.pgn}`);
  const resultaten = await ctx.tx.resultaat.count({ where: { brin: ctx.brin, inschrijvingsvolgnummer: volgnummer } });
  if (resultaten > 0) {
    reject(ctx, "R07", "inschrijvingsvolgnummer", "Er hoort nog een resultaat bij deze inschrijving; verwijder eerst het resultaat.");
    return null;
  }
  await ctx.tx.inschrijving.delete({ where: { id: existing.id } }); // perioden and BPV go with it
  await ctx.tx.signaal.deleteMany({ where: { brin: ctx.brin, sleutel: { in: [volgnummer] }, soort: existing.sector === "MBO" ? "MBO_INSCHRIJVING" : "PO_INSCHRIJVING" } });
  await ctx.tx.signaal.deleteMany({ where: { brin: ctx.brin, soort: "BPV", sleutel: { startsWith: `${volgnummer}/` } } });
  const span = { datumInschrijving: fromDb(existing.datumInschrijving), datumUitschrijving: fromDb(existing.datumUitschrijving) };
  await audit(ctx, "Inschrijving", volgnummer, "VERWIJDEREN", { ...span, perioden: existing.perioden.length, persoonId: existing.persoonId }, null);
  return { aangemaakt: false, gewijzigd: true, persoonIds: [existing.persoonId], raaktVastgesteld: activeOnFixedTeldatum(ctx.ref, existing.sector, span) };
}

/**
 * The digital in- and uitschrijfbewijs (domain.md): other schools of the sector learn of a new
 * inschrijving or a datum_uitschrijving. A bericht names only the other school and the dates, and
 * the receiving school's own volgnummer so it knows whom it concerns.
 */
async function kennisgevingen(
  ctx: StepContext,
  persoonId: number,
  sector: "MBO" | "PO",
  nieuw: { volgnummer: string; datumInschrijving: string; datumUitschrijving: string | null },
  oudeUitschrijving: string | null | undefined,
): Promise<void> {
  const { tx, brin } = ctx;
  const others = (await tx.inschrijving.findMany({ where: { persoonId, sector, brin: { not: brin } } })).map((o) => ({
    brin: o.brin,
    volgnummer: o.inschrijvingsvolgnummer,
    datumInschrijving: fromDb(o.datumInschrijving),
    datumUitschrijving: fromDb(o.datumUitschrijving),
  }));
  const naam = (b: string) => ctx.ref.instellingen.get(b)?.naam ?? b;
  const berichten: { brin: string; soort: "KENNISGEVING_INSCHRIJVING" | "KENNISGEVING_UITSCHRIJVING"; gegevens: Record<string, string> }[] = [];
  const isNew = oudeUitschrijving === undefined;

  if (isNew) {
    const dayBefore = addDays(nieuw.datumInschrijving, -1);
    for (const o of others.filter((o) => o.datumUitschrijving === null || o.datumUitschrijving >= dayBefore)) {
      berichten.push({ brin: o.brin, soort: "KENNISGEVING_INSCHRIJVING", gegevens: { brin, naam: naam(brin), datumInschrijving: nieuw.datumInschrijving, inschrijvingsvolgnummer: o.volgnummer } });
    }
    // The new school learns of an earlier inschrijving elsewhere that already has an end date.
    for (const o of others.filter((o) => o.datumUitschrijving !== null && o.datumInschrijving <= nieuw.datumInschrijving)) {
      berichten.push({ brin, soort: "KENNISGEVING_UITSCHRIJVING", gegevens: { brin: o.brin, naam: naam(o.brin), datumUitschrijving: o.datumUitschrijving!, inschrijvingsvolgnummer: nieuw.volgnummer } });
    }
  }
  if (nieuw.datumUitschrijving !== null && nieuw.datumUitschrijving !== (oudeUitschrijving ?? null)) {
    for (const o of others.filter((o) => o.datumInschrijving >= nieuw.datumInschrijving)) {
      berichten.push({ brin: o.brin, soort: "KENNISGEVING_UITSCHRIJVING", gegevens: { brin, naam: naam(brin), datumUitschrijving: nieuw.datumUitschrijving, inschrijvingsvolgnummer: o.volgnummer } });
    }
  }
  if (berichten.length) await tx.bericht.createMany({ data: berichten });
}
