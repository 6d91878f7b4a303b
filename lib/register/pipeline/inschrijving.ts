// Pipeline step for inschrijvingen (mbo and po): reference checks R02/R04/R05/R06/R07, the write
// of person, inschrijving and perioden, and the kennisgevingen between schools.
import type { Prisma } from "@/generated/prisma/client";
import type { Geslacht } from "@/generated/prisma/enums";
import type { Melding } from "@/lib/register/validate";
import { addDays } from "@/lib/bekostiging/dates";
import { insertRows, insertRowsReturningIds } from "./bulk";
import { fromDb, toDb } from "./dates";
import { groupBy } from "./group";
import { activeOnFixedTeldatum, audit, auditRow, lock, reject, UNCHANGED, type StepContext, type StepResult } from "./context";

type InschrijvingMelding = Melding<"mbo-inschrijvingen"> | Melding<"po-inschrijvingen">;
type Periode = { begindatum: string; opleidingscode: string | null; leerweg: "BOL" | "BBL" | "EX" | null; indicatieBekostigbaar: boolean | null; vestigingscode: string | null; groep: number | null };

type Item = { ctx: StepContext; melding: InschrijvingMelding };
type Loaded = Prisma.InschrijvingGetPayload<{ include: { perioden: true; persoon: true } }>;
const recordKey = (brin: string, volgnummer: string) => `${brin}\u0000${volgnummer}`;

/** One inschrijving melding: the batch path with a batch of one, so there is one way to apply it. */
export async function applyInschrijving(ctx: StepContext, melding: InschrijvingMelding): Promise<StepResult | null> {
  return (await applyInschrijvingen([{ ctx, melding }]))[0]!;
}

/**
 * A batch of inschrijving meldingen sharing one transaction (every ctx holds the same tx): locks,
 * reads and inserts are one query per table for the whole batch. The caller guarantees that no two
 * meldingen of the batch are about the same person or the same record.
 */
export async function applyInschrijvingen(items: readonly Item[]): Promise<(StepResult | null)[]> {
  if (!items.length) return [];
  const tx = items[0]!.ctx.tx;
  const results: (StepResult | null)[] = new Array(items.length).fill(null);
  const pgnOf = (m: InschrijvingMelding) => (m.actie === "verwijderen" ? null : (m.gegevens.bsn ?? m.gegevens.onderwijsnummer)!);

  await lock(tx, ...items.flatMap(({ ctx, melding }) => {
    const pgn = pgnOf(melding);
    return [`I:${ctx.brin}:${melding.sleutel.inschrijvingsvolgnummer}`, ...(pgn ? [`P:${pgn}`] : [])];
  }));
  const byBrin = new Map<string, string[]>();
  for (const { ctx, melding } of items) byBrin.set(ctx.brin, [...(byBrin.get(ctx.brin) ?? []), melding.sleutel.inschrijvingsvolgnummer]);
  const existingRows = await tx.inschrijving.findMany({
    where: { OR: [...byBrin].map(([brin, volgnummers]) => ({ brin, inschrijvingsvolgnummer: { in: volgnummers } })) },
    include: { perioden: { orderBy: { begindatum: "asc" } }, persoon: true },
  });
  const existingOf = new Map(existingRows.map((e) => [recordKey(e.brin, e.inschrijvingsvolgnummer), e]));
  const pgns = items.map((i) => pgnOf(i.melding)).filter((p): p is string => p !== null);
  const personen = new Map((pgns.length ? await tx.persoon.findMany({ where: { pgn: { in: pgns } } }) : []).map((p) => [p.pgn, p]));

  const writes: Write[] = [];
  for (const [index, { ctx, melding }] of items.entries()) {
    const existing = existingOf.get(recordKey(ctx.brin, melding.sleutel.inschrijvingsvolgnummer)) ?? null;
    if (melding.actie === "verwijderen") {
      results[index] = await removeInschrijving(ctx, melding.sleutel.inschrijvingsvolgnummer, existing);
      continue;
    }
    const planned = plan(ctx, melding, existing, personen.get(pgnOf(melding)!) ?? null);
    if (planned === null || "persoonIds" in planned) results[index] = planned;
    else writes.push({ ...planned, index });
  }
  if (!writes.length) return results;

  // Persons: new ones in one insert, changed ones (name, address) one by one — rare.
  const nieuwePersonen = writes.filter((w) => !w.persoon);
  const created = await insertRowsReturningIds(tx, "Persoon", nieuwePersonen.map((w) => ({ pgn: w.pgn, geboortedatum: w.geboortedatum, geslacht: w.geslacht, ...w.persoonData })));
  const persoonIdOf = new Map<string, number>(created.map((id, i) => [nieuwePersonen[i]!.pgn, id]));
  for (const w of writes) {
    if (!w.persoon) continue;
    persoonIdOf.set(w.pgn, w.persoon.id);
    const p = w.persoon;
    const changed = p.achternaam !== w.persoonData.achternaam || p.voorvoegsel !== w.persoonData.voorvoegsel || p.voornamen !== w.persoonData.voornamen || p.postcode !== w.persoonData.postcode || p.woonland !== w.persoonData.woonland;
    if (changed) await tx.persoon.update({ where: { id: p.id }, data: w.persoonData });
  }

  // Inschrijvingen: new ones in one insert, changed ones one by one; their perioden replaced at once.
  const gewijzigdOp = new Date();
  const rowData = (w: Write) => ({
    datumInschrijving: toDb(w.inschrijvingData.datumInschrijving),
    datumUitschrijvingGepland: toDb(w.inschrijvingData.datumUitschrijvingGepland),
    datumUitschrijving: toDb(w.inschrijvingData.datumUitschrijving),
    redenUitschrijving: w.inschrijvingData.redenUitschrijving,
    gewijzigdOp,
  });
  const nieuw = writes.filter((w) => !w.existing);
  const inserted = await insertRowsReturningIds(tx, "Inschrijving", nieuw.map((w) => ({ ...rowData(w), brin: w.ctx.brin, inschrijvingsvolgnummer: w.volgnummer, sector: w.sector, persoonId: persoonIdOf.get(w.pgn)! })));
  const inschrijvingIdOf = new Map<string, number>(inserted.map((id, i) => [recordKey(nieuw[i]!.ctx.brin, nieuw[i]!.volgnummer), id]));
  for (const w of writes) {
    if (!w.existing) continue;
    inschrijvingIdOf.set(recordKey(w.ctx.brin, w.volgnummer), w.existing.id);
    await tx.inschrijving.update({ where: { id: w.existing.id }, data: rowData(w) });
  }
  const replaced = writes.filter((w) => w.existing).map((w) => w.existing!.id);
  if (replaced.length) await tx.periode.deleteMany({ where: { inschrijvingId: { in: replaced } } });
  await insertRows(tx, "Periode", writes.flatMap((w) => w.perioden.map((p) => ({ ...p, inschrijvingId: inschrijvingIdOf.get(recordKey(w.ctx.brin, w.volgnummer))! }))));
  await insertRows(tx, "AuditEvent", writes.map((w) => ({ ...auditRow(w.ctx, "Inschrijving", w.volgnummer, "LEVEREN", w.before, w.after), tijdstip: gewijzigdOp, reden: null })));
  await kennisgevingen(tx, writes.map((w) => ({ ...w, persoonId: persoonIdOf.get(w.pgn)! })));

  for (const w of writes) {
    results[w.index] = {
      aangemaakt: !w.existing,
      gewijzigd: true,
      persoonIds: [persoonIdOf.get(w.pgn)!],
      raaktVastgesteld: activeOnFixedTeldatum(w.ctx.ref, w.sector, w.before, w.inschrijvingData),
    };
  }
  return results;
}

type PersoonData = { achternaam: string | null; voorvoegsel: string | null; voornamen: string | null; postcode: string | null; woonland: string };
type InschrijvingData = { datumInschrijving: string; datumUitschrijvingGepland: string | null; datumUitschrijving: string | null; redenUitschrijving: string | null };
type Plan = {
  ctx: StepContext;
  volgnummer: string;
  sector: "MBO" | "PO";
  pgn: string;
  geboortedatum: string;
  geslacht: Geslacht;
  persoon: Prisma.PersoonGetPayload<object> | null;
  existing: Loaded | null;
  persoonData: PersoonData;
  inschrijvingData: InschrijvingData;
  perioden: Periode[];
  before: (PersoonData & InschrijvingData & { perioden: Periode[] }) | null;
  after: PersoonData & InschrijvingData & { perioden: Periode[] };
};
type Write = Plan & { index: number };

/** The checks (R02, R04, R05) and what to write; an unchanged melding is its StepResult at once. */
function plan(ctx: StepContext, melding: Melding<"mbo-inschrijvingen"> | Melding<"po-inschrijvingen">, existing: Loaded | null, persoon: Prisma.PersoonGetPayload<object> | null): Plan | StepResult | null {
  if (melding.actie === "verwijderen") return null;
  const { brin } = ctx;
  const volgnummer = melding.sleutel.inschrijvingsvolgnummer;
  const sector = melding.soort === "mbo-inschrijvingen" ? "MBO" : "PO";
  const g = melding.gegevens;
  const pgn = (g.bsn ?? g.onderwijsnummer)!;
  const perioden: Periode[] =
    melding.soort === "mbo-inschrijvingen"
      ? melding.gegevens.perioden.map((p) => ({ begindatum: p.periodeBegindatum, opleidingscode: p.opleidingscode, leerweg: p.leerweg, indicatieBekostigbaar: p.indicatieBekostigbaar === "J", vestigingscode: null, groep: null }))
      : melding.gegevens.perioden.map((p) => ({ begindatum: p.periodeBegindatum, opleidingscode: null, leerweg: null, indicatieBekostigbaar: null, vestigingscode: p.vestigingscode, groep: p.groep }));

  for (const p of perioden) {
    if (p.opleidingscode !== null && !ctx.ref.opleidingen.has(p.opleidingscode)) {
      reject(ctx, "R02", "opleidingscode", `Opleiding ${p.opleidingscode} is niet bekend in RIO.`, p.opleidingscode);
    }
    if (p.vestigingscode !== null && ctx.ref.vestigingen.get(p.vestigingscode) !== brin) {
      reject(ctx, "R02", "vestigingscode", `Vestiging ${p.vestigingscode} hoort niet bij ${brin}.`, p.vestigingscode);
    }
  }
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

  const persoonData: PersoonData = {
    achternaam: g.achternaam ?? null,
    voorvoegsel: g.voorvoegsel ?? null,
    voornamen: g.voornamen ?? null,
    postcode: g.postcode ?? null,
    woonland: g.woonland ?? "NL",
  };
  const inschrijvingData: InschrijvingData = {
    datumInschrijving: g.datumInschrijving,
    datumUitschrijvingGepland: "datumUitschrijvingGepland" in g ? (g.datumUitschrijvingGepland ?? null) : null,
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
  return { ctx, volgnummer, sector, pgn, geboortedatum: g.geboortedatum, geslacht: g.geslacht, persoon, existing, persoonData, inschrijvingData, perioden, before, after };
}

async function removeInschrijving(ctx: StepContext, volgnummer: string, existing: Loaded | null): Promise<StepResult | null> {
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
async function kennisgevingen(tx: StepContext["tx"], writes: readonly (Write & { persoonId: number })[]): Promise<void> {
  const allOthers = groupBy(await tx.inschrijving.findMany({ where: { persoonId: { in: [...new Set(writes.map((w) => w.persoonId))] } } }), (o) => o.persoonId);
  const berichten: { brin: string; soort: "KENNISGEVING_INSCHRIJVING" | "KENNISGEVING_UITSCHRIJVING"; gegevens: Record<string, string> }[] = [];
  for (const w of writes) {
    const { brin, ref } = w.ctx;
    const others = (allOthers.get(w.persoonId) ?? [])
      .filter((o) => o.sector === w.sector && o.brin !== brin)
      .map((o) => ({ brin: o.brin, volgnummer: o.inschrijvingsvolgnummer, datumInschrijving: fromDb(o.datumInschrijving), datumUitschrijving: fromDb(o.datumUitschrijving) }));
    const naam = (b: string) => ref.instellingen.get(b)?.naam ?? b;
    const nieuw = { volgnummer: w.volgnummer, datumInschrijving: w.inschrijvingData.datumInschrijving, datumUitschrijving: w.inschrijvingData.datumUitschrijving };
    const oudeUitschrijving = w.existing ? fromDb(w.existing.datumUitschrijving) : undefined;

    if (oudeUitschrijving === undefined) {
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
  }
  const aangemaaktOp = new Date();
  await insertRows(tx, "Bericht", berichten.map((b) => ({ ...b, gelezen: false, aangemaaktOp })));
}
