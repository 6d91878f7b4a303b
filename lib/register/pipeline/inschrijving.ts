// Pipeline step for inschrijvingen (mbo and po), set-based over a part of a batch: reference checks
// R02/R04/R05/R06/R07, unchanged re-deliveries recognised by their content hash, then the writes of
// persons, inschrijvingen and perioden as a few statements, and what the other schools of the
// sector must be told (kennisgevingen, sent once the person's records are read).
import type { Sector } from "@/lib/bekostiging/types";
import type { Levering } from "@/lib/register/validate";
import { deleteByIds, insertRows, insertRowsWithIds, param, reserveIds, select, updateRows, type Tx } from "./bulk";
import {
  activeOnFixedTeldatum,
  auditRow,
  pgnVan,
  reject,
  tekst,
  type Item,
  type KennisgevingVraag,
  type Outcome,
  type PartContext,
  type Step,
} from "./context";
import { inhoudHash, type InschrijvingInhoud, type PeriodeInhoud } from "./inhoud";
import type { PersonRecords } from "./person-records";

type InschrijvingMelding = Levering<"mbo-inschrijvingen"> | Levering<"po-inschrijvingen">;

export interface BestaandeInschrijving {
  id: number;
  brin: string;
  volgnummer: string;
  sector: Sector;
  persoonId: number;
  pgn: string;
  datumInschrijving: string;
  datumUitschrijvingGepland: string | null;
  datumUitschrijving: string | null;
  redenUitschrijving: string | null;
  inhoudHash: string | null;
}

export interface PersoonRow {
  id: number;
  pgn: string;
  geboortedatum: string;
  geslacht: "M" | "V" | "O";
  achternaam: string | null;
  voorvoegsel: string | null;
  voornamen: string | null;
  postcode: string | null;
  woonland: string;
}

interface Resolved {
  existing: BestaandeInschrijving | null;
  persoon: PersoonRow | null;
  /** Resultaten that refer to the inschrijving (removals only: R07). */
  resultaten: number;
}

const recordKey = (brin: string, volgnummer: string) => `${brin}\u0000${volgnummer}`;

/**
 * Inschrijvingen by (brin, volgnummer), with their person's PGN. Every key lookup of the pipeline is
 * a LATERAL probe per key: during a bulk load the statistics lag behind the tables, and a join the
 * planner costed on them hashed a whole school's rows per batch (EXPLAIN at 1,000,000: 48 ms → 1).
 */
export async function inschrijvingenOpSleutel(
  tx: Tx,
  keys: readonly { brin: string; volgnummer: string }[],
): Promise<Map<string, BestaandeInschrijving>> {
  if (!keys.length) return new Map();
  const rows = await select<BestaandeInschrijving>(
    tx,
    `SELECT i.id, i.brin, i.inschrijvingsvolgnummer AS volgnummer, i.sector::text AS sector, i."persoonId", p.pgn,
            i."datumInschrijving"::text AS "datumInschrijving", i."datumUitschrijvingGepland"::text AS "datumUitschrijvingGepland",
            i."datumUitschrijving"::text AS "datumUitschrijving", i."redenUitschrijving", i."inhoudHash"
     FROM unnest($1::text[], $2::text[]) AS k(brin, volgnummer)
     CROSS JOIN LATERAL (SELECT * FROM "Inschrijving" x WHERE x.brin = k.brin AND x.inschrijvingsvolgnummer = k.volgnummer) i
     CROSS JOIN LATERAL (SELECT pgn FROM "Persoon" y WHERE y.id = i."persoonId") p`,
    keys.map((k) => k.brin),
    keys.map((k) => k.volgnummer),
  );
  return new Map(rows.map((r) => [recordKey(r.brin, r.volgnummer), r]));
}

/** Persons by PGN. */
export async function personenOpPgn(tx: Tx, pgns: readonly string[]): Promise<Map<string, PersoonRow>> {
  if (!pgns.length) return new Map();
  const rows = await select<PersoonRow>(
    tx,
    `SELECT p.id, p.pgn, p.geboortedatum::text AS geboortedatum, p.geslacht::text AS geslacht, p.achternaam, p.voorvoegsel, p.voornamen, p.postcode, p.woonland
     FROM unnest($1::text[]) AS k(pgn) CROSS JOIN LATERAL (SELECT * FROM "Persoon" x WHERE x.pgn = k.pgn) p`,
    [...new Set(pgns)],
  );
  return new Map(rows.map((r) => [r.pgn, r]));
}

type PersoonData = {
  achternaam: string | null;
  voorvoegsel: string | null;
  voornamen: string | null;
  postcode: string | null;
  woonland: string;
};

function persoonData(m: InschrijvingMelding): PersoonData {
  const g = m.gegevens;
  return {
    achternaam: g.achternaam ?? null,
    voorvoegsel: g.voorvoegsel ?? null,
    voornamen: g.voornamen ?? null,
    postcode: g.postcode ?? null,
    woonland: g.woonland ?? "NL",
  };
}

function inschrijvingData(m: InschrijvingMelding): InschrijvingInhoud {
  const g = m.gegevens;
  return {
    datumInschrijving: g.datumInschrijving,
    datumUitschrijvingGepland: "datumUitschrijvingGepland" in g ? (g.datumUitschrijvingGepland ?? null) : null,
    datumUitschrijving: g.datumUitschrijving ?? null,
    redenUitschrijving: "redenUitschrijving" in g ? (g.redenUitschrijving ?? null) : null,
  };
}

function periodeData(m: InschrijvingMelding): PeriodeInhoud[] {
  return m.soort === "mbo-inschrijvingen"
    ? m.gegevens.perioden.map((p) => ({
        begindatum: p.periodeBegindatum,
        opleidingscode: p.opleidingscode,
        leerweg: p.leerweg,
        indicatieBekostigbaar: p.indicatieBekostigbaar === "J",
        vestigingscode: null,
        groep: null,
      }))
    : m.gegevens.perioden.map((p) => ({
        begindatum: p.periodeBegindatum,
        opleidingscode: null,
        leerweg: null,
        indicatieBekostigbaar: null,
        vestigingscode: p.vestigingscode,
        groep: p.groep,
      }));
}

/** The student list's search and sort keys of a person's names (Persoon.zoeknaam, Inschrijving.sorteer*). */
export const zoeknaam = (d: PersoonData) =>
  `${d.voornamen ?? ""} ${d.voorvoegsel ?? ""} ${d.achternaam ?? ""}`.toLowerCase();
const sorteer = (d: PersoonData) => ({
  sorteerAchternaam: (d.achternaam ?? "").toLowerCase(),
  sorteerVoornamen: (d.voornamen ?? "").toLowerCase(),
});

const samePersoon = (p: PersoonRow, d: PersoonData) =>
  p.achternaam === d.achternaam &&
  p.voorvoegsel === d.voorvoegsel &&
  p.voornamen === d.voornamen &&
  p.postcode === d.postcode &&
  p.woonland === d.woonland;

/** R02, R04, R05 on whatever fields of the melding are valid. */
function check(ctx: PartContext, item: Item, r: Resolved): void {
  const { deel, brin } = item;
  for (const p of deel.perioden ?? []) {
    const opleiding = tekst(p, "opleidingscode");
    if (opleiding !== undefined && !ctx.ref.opleidingen.has(opleiding))
      reject(item, "R02", "opleidingscode", `Opleiding ${opleiding} is niet bekend in RIO.`, opleiding);
    const vestiging = tekst(p, "vestigingscode");
    if (vestiging !== undefined && ctx.ref.vestigingen.get(vestiging) !== brin)
      reject(item, "R02", "vestigingscode", `Vestiging ${vestiging} hoort niet bij ${brin}.`, vestiging);
  }
  const geboortedatum = tekst(deel, "geboortedatum");
  if (r.persoon && geboortedatum !== undefined && r.persoon.geboortedatum !== geboortedatum) {
    reject(
      item,
      "R04",
      "geboortedatum",
      "De geboortedatum wijkt af van die van de geregistreerde persoon met dit nummer.",
    );
  }
  const geslacht = tekst(deel, "geslacht");
  if (r.persoon && geslacht !== undefined && r.persoon.geslacht !== geslacht) {
    reject(item, "R04", "geslacht", "Het geslacht wijkt af van dat van de geregistreerde persoon met dit nummer.");
  }
  const pgn = pgnVan(deel);
  if (r.existing && pgn !== undefined && r.existing.pgn !== pgn) {
    reject(
      item,
      "R05",
      "inschrijvingsvolgnummer",
      `Inschrijvingsvolgnummer ${item.sleutel} is al geregistreerd voor een andere persoon.`,
    );
  }
}

interface Write {
  index: number;
  item: Item;
  melding: InschrijvingMelding;
  r: Resolved;
  sector: Sector;
  pgn: string;
  persoon: PersoonData;
  inschrijving: InschrijvingInhoud;
  perioden: PeriodeInhoud[];
  hash: string;
}

export const inschrijvingStep: Step<Resolved> = {
  // A delivery locks its person: whatever else touches the record (a removal, a BPV) locks the
  // record and then its person, so it waits; two persons creating one record collide on its unique
  // key, and the batch is retried melding by melding (R05). A removal locks the record.
  lockKeys(item) {
    const pgn = item.verwijdering ? undefined : pgnVan(item.deel);
    return pgn ? [`P:${pgn}`] : [`I:${item.brin}:${item.sleutel}`];
  },

  async resolve(tx, items) {
    const existing = await inschrijvingenOpSleutel(
      tx,
      items.map((i) => ({ brin: i.brin, volgnummer: i.sleutel })),
    );
    const personen = await personenOpPgn(
      tx,
      items.flatMap((i) => (i.verwijdering ? [] : (pgnVan(i.deel) ?? []))),
    );
    const removals = items.filter((i) => i.verwijdering && existing.has(recordKey(i.brin, i.sleutel)));
    const resultaten = new Map<string, number>();
    if (removals.length) {
      const rows = await select<{ brin: string; volgnummer: string; n: number }>(
        tx,
        `SELECT k.brin, k.volgnummer, r.n FROM unnest($1::text[], $2::text[]) AS k(brin, volgnummer)
         CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM "Resultaat" x WHERE x.brin = k.brin AND x.inschrijvingsvolgnummer = k.volgnummer) r WHERE r.n > 0`,
        removals.map((i) => i.brin),
        removals.map((i) => i.sleutel),
      );
      for (const row of rows) resultaten.set(recordKey(row.brin, row.volgnummer), row.n);
    }
    return items.map((i) => {
      const pgn = i.verwijdering ? undefined : pgnVan(i.deel);
      return {
        existing: existing.get(recordKey(i.brin, i.sleutel)) ?? null,
        persoon: pgn ? (personen.get(pgn) ?? null) : null,
        resultaten: resultaten.get(recordKey(i.brin, i.sleutel)) ?? 0,
      };
    });
  },

  person(item, r) {
    return item.verwijdering ? (r.existing?.pgn ?? null) : (pgnVan(item.deel) ?? null);
  },

  async apply(ctx, items, resolved) {
    const { tx } = ctx;
    const outcomes: Outcome[] = items.map(() => ({ kind: "afgekeurd" }));
    const writes: Write[] = [];
    const removals: { index: number; item: Item; existing: BestaandeInschrijving }[] = [];
    const legacy: { w: Write; existing: BestaandeInschrijving }[] = [];

    for (const [index, item] of items.entries()) {
      const r = resolved[index]!;
      if (item.geenToegang) continue;
      if (item.verwijdering) {
        if (!item.melding) continue;
        if (!r.existing)
          reject(item, "R06", "inschrijvingsvolgnummer", `Er is geen inschrijving ${item.sleutel} om te verwijderen.`);
        else if (r.resultaten > 0)
          reject(
            item,
            "R07",
            "inschrijvingsvolgnummer",
            "Er hoort nog een resultaat bij deze inschrijving; verwijder eerst het resultaat.",
          );
        else removals.push({ index, item, existing: r.existing });
        continue;
      }
      check(ctx, item, r);
      if (item.afkeuringen.length || !item.melding) continue;
      const melding = item.melding as InschrijvingMelding;
      const w: Write = {
        index,
        item,
        melding,
        r,
        sector: melding.soort === "mbo-inschrijvingen" ? "MBO" : "PO",
        pgn: pgnVan(item.deel)!,
        persoon: persoonData(melding),
        inschrijving: inschrijvingData(melding),
        perioden: periodeData(melding),
        hash: "",
      };
      w.hash = inhoudHash(w.inschrijving, w.perioden);
      if (r.existing && r.persoon && samePersoon(r.persoon, w.persoon)) {
        if (r.existing.inhoudHash === w.hash) {
          outcomes[index] = { kind: "ongewijzigd", persoonId: r.persoon.id };
          continue;
        }
        // Written before hashes were kept: compared by what is stored, below.
        if (r.existing.inhoudHash === null) legacy.push({ w, existing: r.existing });
      }
      writes.push(w);
    }

    // The stored perioden of what changes or goes: for the audit log's "before", and to compare the
    // records that have no hash yet.
    const changed = writes.filter((w) => w.r.existing).map((w) => w.r.existing!.id);
    const oldPerioden = await periodenOpInschrijving(tx, [...changed, ...removals.map((x) => x.existing.id)]);
    for (const { w, existing } of legacy) {
      if (inhoudHash(existing, oldPerioden.get(existing.id) ?? []) !== w.hash) continue;
      outcomes[w.index] = { kind: "ongewijzigd", persoonId: w.r.persoon!.id };
      writes.splice(writes.indexOf(w), 1);
    }

    await writeRemovals(ctx, removals, oldPerioden, outcomes);
    if (writes.length) await writeDeliveries(ctx, writes, oldPerioden, outcomes);
    return outcomes;
  },
};

async function periodenOpInschrijving(tx: Tx, ids: readonly number[]): Promise<Map<number, PeriodeInhoud[]>> {
  if (!ids.length) return new Map();
  const rows = await select<PeriodeInhoud & { inschrijvingId: number }>(
    tx,
    `SELECT "inschrijvingId", begindatum::text AS begindatum, opleidingscode, leerweg::text AS leerweg, "indicatieBekostigbaar", vestigingscode, groep
     FROM unnest($1::int4[]) AS k(id) CROSS JOIN LATERAL (SELECT * FROM "Periode" x WHERE x."inschrijvingId" = k.id) p ORDER BY "inschrijvingId", begindatum`,
    [...ids],
  );
  const out = new Map<number, PeriodeInhoud[]>();
  for (const { inschrijvingId, ...p } of rows) {
    const list = out.get(inschrijvingId);
    if (list) list.push(p);
    else out.set(inschrijvingId, [p]);
  }
  return out;
}

async function writeRemovals(
  ctx: PartContext,
  removals: readonly { index: number; item: Item; existing: BestaandeInschrijving }[],
  oldPerioden: ReadonlyMap<number, PeriodeInhoud[]>,
  outcomes: Outcome[],
): Promise<void> {
  if (!removals.length) return;
  deleteByIds(
    ctx.tx,
    "Inschrijving",
    removals.map((x) => x.existing.id),
  ); // perioden and BPV go with it
  insertRows(
    ctx.tx,
    "AuditEvent",
    removals.map(({ item, existing }) => {
      const span = { datumInschrijving: existing.datumInschrijving, datumUitschrijving: existing.datumUitschrijving };
      return auditRow(
        ctx,
        item,
        "Inschrijving",
        item.sleutel,
        "VERWIJDEREN",
        { ...span, perioden: oldPerioden.get(existing.id)?.length ?? 0, persoonId: existing.persoonId },
        null,
      );
    }),
  );
  for (const { index, existing } of removals) {
    const span = { datumInschrijving: existing.datumInschrijving, datumUitschrijving: existing.datumUitschrijving };
    outcomes[index] = {
      kind: "gewijzigd",
      aangemaakt: false,
      persoonId: existing.persoonId,
      raaktVastgesteld: activeOnFixedTeldatum(ctx.ref, existing.sector, span),
    };
  }
}

async function writeDeliveries(
  ctx: PartContext,
  writes: readonly Write[],
  oldPerioden: ReadonlyMap<number, PeriodeInhoud[]>,
  outcomes: Outcome[],
): Promise<void> {
  const { tx } = ctx;
  // Persons: new ones in one insert, changed ones (name, address) in one update.
  const nieuwePersonen = writes.filter((w) => !w.r.persoon);
  const nieuw = writes.filter((w) => !w.r.existing);
  // Ids first, so every insert below can be sent ahead while this process goes on.
  const ids = await reserveIds(tx, { Persoon: nieuwePersonen.length, Inschrijving: nieuw.length });
  insertRowsWithIds(
    tx,
    "Persoon",
    ids.Persoon,
    nieuwePersonen.map((w) => ({
      pgn: w.pgn,
      geboortedatum: w.melding.gegevens.geboortedatum,
      geslacht: w.melding.gegevens.geslacht,
      achternaam: w.persoon.achternaam,
      voorvoegsel: w.persoon.voorvoegsel,
      voornamen: w.persoon.voornamen,
      postcode: w.persoon.postcode,
      woonland: w.persoon.woonland,
      zoeknaam: zoeknaam(w.persoon),
    })),
  );
  const persoonIdOf = new Map<Write, number>(ids.Persoon.map((id, i) => [nieuwePersonen[i]!, id]));
  const changedPersons: ({ id: number; zoeknaam: string } & PersoonData)[] = [];
  for (const w of writes) {
    if (!w.r.persoon) continue;
    persoonIdOf.set(w, w.r.persoon.id);
    if (!samePersoon(w.r.persoon, w.persoon))
      changedPersons.push({ id: w.r.persoon.id, ...w.persoon, zoeknaam: zoeknaam(w.persoon) });
  }
  updateRows(
    tx,
    "Persoon",
    ["achternaam", "voorvoegsel", "voornamen", "postcode", "woonland", "zoeknaam"],
    changedPersons,
  );
  // The latest delivered name is the person's at every school: their other inschrijvingen sort by it too.
  if (changedPersons.length) {
    const names = changedPersons.map((p) => ({ id: p.id, ...sorteer(p) }));
    tx.write(
      `UPDATE "Inschrijving" i SET "sorteerAchternaam" = u.a, "sorteerVoornamen" = u.v FROM unnest($1::int4[], $2::text[], $3::text[]) AS u(id, a, v) WHERE i."persoonId" = u.id`,
      [
        param(names.map((n) => n.id)),
        param(names.map((n) => n.sorteerAchternaam)),
        param(names.map((n) => n.sorteerVoornamen)),
      ],
    );
  }

  // Inschrijvingen: new ones in one insert, changed ones in one update; their perioden replaced.
  insertRowsWithIds(
    tx,
    "Inschrijving",
    ids.Inschrijving,
    nieuw.map((w) => {
      const namen = sorteer(w.persoon);
      return {
        brin: w.item.brin,
        inschrijvingsvolgnummer: w.item.sleutel,
        sector: w.sector,
        persoonId: persoonIdOf.get(w)!,
        datumInschrijving: w.inschrijving.datumInschrijving,
        datumUitschrijvingGepland: w.inschrijving.datumUitschrijvingGepland,
        datumUitschrijving: w.inschrijving.datumUitschrijving,
        redenUitschrijving: w.inschrijving.redenUitschrijving,
        gewijzigdOp: ctx.now,
        inhoudHash: w.hash,
        sorteerAchternaam: namen.sorteerAchternaam,
        sorteerVoornamen: namen.sorteerVoornamen,
      };
    }),
  );
  const inschrijvingIdOf = new Map<Write, number>(ids.Inschrijving.map((id, i) => [nieuw[i]!, id]));
  const bestaand = writes.filter((w) => w.r.existing);
  for (const w of bestaand) inschrijvingIdOf.set(w, w.r.existing!.id);
  updateRows(
    tx,
    "Inschrijving",
    [
      "datumInschrijving",
      "datumUitschrijvingGepland",
      "datumUitschrijving",
      "redenUitschrijving",
      "gewijzigdOp",
      "inhoudHash",
    ],
    bestaand.map((w) => ({
      id: w.r.existing!.id,
      datumInschrijving: w.inschrijving.datumInschrijving,
      datumUitschrijvingGepland: w.inschrijving.datumUitschrijvingGepland,
      datumUitschrijving: w.inschrijving.datumUitschrijving,
      redenUitschrijving: w.inschrijving.redenUitschrijving,
      gewijzigdOp: ctx.now,
      inhoudHash: w.hash,
    })),
  );
  if (bestaand.length)
    tx.write(`DELETE FROM "Periode" WHERE "inschrijvingId" = ANY($1::int4[])`, [
      param(bestaand.map((w) => w.r.existing!.id)),
    ]);
  insertRows(
    tx,
    "Periode",
    writes.flatMap((w) => {
      const inschrijvingId = inschrijvingIdOf.get(w)!;
      return w.perioden.map((p) => ({
        inschrijvingId,
        begindatum: p.begindatum,
        opleidingscode: p.opleidingscode,
        leerweg: p.leerweg,
        indicatieBekostigbaar: p.indicatieBekostigbaar,
        vestigingscode: p.vestigingscode,
        groep: p.groep,
      }));
    }),
  );

  insertRows(
    tx,
    "AuditEvent",
    writes.map((w) => {
      const after = {
        achternaam: w.persoon.achternaam,
        voorvoegsel: w.persoon.voorvoegsel,
        voornamen: w.persoon.voornamen,
        postcode: w.persoon.postcode,
        woonland: w.persoon.woonland,
        datumInschrijving: w.inschrijving.datumInschrijving,
        datumUitschrijvingGepland: w.inschrijving.datumUitschrijvingGepland,
        datumUitschrijving: w.inschrijving.datumUitschrijving,
        redenUitschrijving: w.inschrijving.redenUitschrijving,
        perioden: w.perioden,
      };
      const e = w.r.existing;
      const before =
        e && w.r.persoon
          ? {
              achternaam: w.r.persoon.achternaam,
              voorvoegsel: w.r.persoon.voorvoegsel,
              voornamen: w.r.persoon.voornamen,
              postcode: w.r.persoon.postcode,
              woonland: w.r.persoon.woonland,
              datumInschrijving: e.datumInschrijving,
              datumUitschrijvingGepland: e.datumUitschrijvingGepland,
              datumUitschrijving: e.datumUitschrijving,
              redenUitschrijving: e.redenUitschrijving,
              perioden: oldPerioden.get(e.id) ?? [],
            }
          : null;
      return auditRow(ctx, w.item, "Inschrijving", w.item.sleutel, "LEVEREN", before, after);
    }),
  );

  for (const w of writes) {
    const persoonId = persoonIdOf.get(w)!;
    const e = w.r.existing;
    const span = {
      datumInschrijving: w.inschrijving.datumInschrijving,
      datumUitschrijving: w.inschrijving.datumUitschrijving,
    };
    const kennisgeving: KennisgevingVraag = {
      sector: w.sector,
      brin: w.item.brin,
      volgnummer: w.item.sleutel,
      datumInschrijving: w.inschrijving.datumInschrijving,
      datumUitschrijving: w.inschrijving.datumUitschrijving,
      oudeUitschrijving: e ? e.datumUitschrijving : undefined,
    };
    outcomes[w.index] = {
      kind: "gewijzigd",
      aangemaakt: !e,
      persoonId,
      raaktVastgesteld: activeOnFixedTeldatum(
        ctx.ref,
        w.sector,
        e && { datumInschrijving: e.datumInschrijving, datumUitschrijving: e.datumUitschrijving },
        span,
      ),
      nieuwePersoon: w.r.persoon ? undefined : nieuwePersoonRecords(w, persoonId),
      kennisgeving,
    };
  }
}

/** A person this melding created: exactly this one inschrijving, nothing else. */
function nieuwePersoonRecords(w: Write, persoonId: number): PersonRecords {
  const records: PersonRecords = {
    persoonId,
    pgn: w.pgn,
    geboortedatum: w.melding.gegevens.geboortedatum,
    woonland: w.persoon.woonland,
    mbo: [],
    po: [],
    resultaten: [],
  };
  // Literals written out, not `{ ...base, perioden }`: that takes V8's slow path (see bulk.ts).
  if (w.sector === "MBO") {
    records.mbo.push({
      brin: w.item.brin,
      inschrijvingsvolgnummer: w.item.sleutel,
      datumInschrijving: w.inschrijving.datumInschrijving,
      datumUitschrijving: w.inschrijving.datumUitschrijving,
      perioden: w.perioden.map((p) => ({
        begindatum: p.begindatum,
        opleidingscode: p.opleidingscode ?? "",
        leerweg: p.leerweg ?? "BOL",
        indicatieBekostigbaar: p.indicatieBekostigbaar ?? false,
      })),
      bpv: [],
    });
  } else {
    records.po.push({
      brin: w.item.brin,
      inschrijvingsvolgnummer: w.item.sleutel,
      datumInschrijving: w.inschrijving.datumInschrijving,
      datumUitschrijving: w.inschrijving.datumUitschrijving,
      perioden: w.perioden.map((p) => ({
        begindatum: p.begindatum,
        vestigingscode: p.vestigingscode ?? "",
        groep: p.groep ?? 1,
      })),
    });
  }
  return records;
}
