// Everything the register holds about a set of persons, at every institution, as plain data for the
// funding rules and the signalen: four reads for the whole set, dates as ISO text.
import type { MboInschrijving, PoInschrijving, Resultaat } from "@/lib/bekostiging/types";
import { groupBy } from "./group";
import type { SqlReader } from "@/lib/db/sql";
import { select } from "./bulk";

export type { Tx } from "./bulk";

export interface PersonRecords {
  persoonId: number;
  pgn: string;
  geboortedatum: string;
  woonland: string;
  mbo: MboInschrijving[];
  po: PoInschrijving[];
  resultaten: Resultaat[];
}

type InschrijvingRow = {
  id: number;
  persoonId: number;
  brin: string;
  volgnummer: string;
  sector: "MBO" | "PO";
  datumInschrijving: string;
  datumUitschrijving: string | null;
};
type PeriodeRow = {
  inschrijvingId: number;
  begindatum: string;
  opleidingscode: string | null;
  leerweg: "BOL" | "BBL" | "EX" | null;
  indicatieBekostigbaar: boolean | null;
  vestigingscode: string | null;
  groep: number | null;
};
type BpvRow = {
  inschrijvingId: number;
  bpvVolgnummer: string;
  opleidingscode: string;
  afsluitdatum: string;
  datumBegin: string;
  datumEindeGepland: string;
  datumEinde: string | null;
};
type ResultaatRow = Resultaat & { persoonId: number };

/** The records of many persons (a batch of meldingen, a recompute) by id; unknown ids are left out. */
export async function loadPersonRecordsMany(
  tx: SqlReader,
  persoonIds: readonly number[],
): Promise<Map<number, PersonRecords>> {
  const ids = [...new Set(persoonIds)];
  if (!ids.length) return new Map();
  // One after the other: a transaction has one connection, which runs one query at a time anyway.
  const personen = await select<{ id: number; pgn: string; geboortedatum: string; woonland: string }>(
    tx,
    `SELECT p.id, p.pgn, p.geboortedatum::text AS geboortedatum, p.woonland FROM unnest($1::int4[]) AS k(id) CROSS JOIN LATERAL (SELECT * FROM "Persoon" x WHERE x.id = k.id) p`,
    ids,
  );
  const inschrijvingen = await select<InschrijvingRow>(
    tx,
    `SELECT i.id, i."persoonId", i.brin, i.inschrijvingsvolgnummer AS volgnummer, i.sector::text AS sector, i."datumInschrijving"::text AS "datumInschrijving",
              i."datumUitschrijving"::text AS "datumUitschrijving"
       FROM unnest($1::int4[]) AS k(id) CROSS JOIN LATERAL (SELECT * FROM "Inschrijving" x WHERE x."persoonId" = k.id) i ORDER BY i.id`,
    ids,
  );
  const perioden = await select<PeriodeRow>(
    tx,
    `SELECT p."inschrijvingId", p.begindatum::text AS begindatum, p.opleidingscode, p.leerweg::text AS leerweg, p."indicatieBekostigbaar", p.vestigingscode, p.groep
       FROM unnest($1::int4[]) AS k(id) CROSS JOIN LATERAL (SELECT id FROM "Inschrijving" x WHERE x."persoonId" = k.id) i
       CROSS JOIN LATERAL (SELECT * FROM "Periode" y WHERE y."inschrijvingId" = i.id) p ORDER BY p."inschrijvingId", p.begindatum`,
    ids,
  );
  const bpv = await select<BpvRow>(
    tx,
    `SELECT b."inschrijvingId", b."bpvVolgnummer", b.opleidingscode, b.afsluitdatum::text AS afsluitdatum, b."datumBegin"::text AS "datumBegin",
              b."datumEindeGepland"::text AS "datumEindeGepland", b."datumEinde"::text AS "datumEinde"
       FROM unnest($1::int4[]) AS k(id) CROSS JOIN LATERAL (SELECT id FROM "Inschrijving" x WHERE x."persoonId" = k.id) i
       CROSS JOIN LATERAL (SELECT * FROM "Bpv" y WHERE y."inschrijvingId" = i.id) b ORDER BY b.id`,
    ids,
  );
  const resultaten = await select<ResultaatRow>(
    tx,
    `SELECT r."persoonId", r.brin, r.resultaatvolgnummer, r.inschrijvingsvolgnummer, r.opleidingscode, r.soort::text AS soort, r."datumBehaald"::text AS "datumBehaald", r."indicatieBekostigbaar"
       FROM unnest($1::int4[]) AS k(id) CROSS JOIN LATERAL (SELECT * FROM "Resultaat" x WHERE x."persoonId" = k.id) r ORDER BY r.id`,
    ids,
  );
  const periodenVan = groupBy(perioden, (p) => p.inschrijvingId);
  const bpvVan = groupBy(bpv, (b) => b.inschrijvingId);
  const inschrijvingenVan = groupBy(inschrijvingen, (i) => i.persoonId);
  const resultatenVan = groupBy(resultaten, (r) => r.persoonId);
  const out = new Map<number, PersonRecords>();
  for (const p of personen) {
    const records: PersonRecords = {
      persoonId: p.id,
      pgn: p.pgn,
      geboortedatum: p.geboortedatum,
      woonland: p.woonland,
      mbo: [],
      po: [],
      resultaten: [],
    };
    for (const i of inschrijvingenVan.get(p.id) ?? []) {
      const eigen = periodenVan.get(i.id) ?? [];
      // Literals written out, not `{ ...base, perioden }`: that takes V8's slow path (see bulk.ts).
      if (i.sector === "MBO") {
        records.mbo.push({
          brin: i.brin,
          inschrijvingsvolgnummer: i.volgnummer,
          datumInschrijving: i.datumInschrijving,
          datumUitschrijving: i.datumUitschrijving,
          perioden: eigen.map((x) => ({
            begindatum: x.begindatum,
            opleidingscode: x.opleidingscode ?? "",
            leerweg: x.leerweg ?? "BOL",
            indicatieBekostigbaar: x.indicatieBekostigbaar ?? false,
          })),
          bpv: (bpvVan.get(i.id) ?? []).map((b) => ({
            bpvVolgnummer: b.bpvVolgnummer,
            opleidingscode: b.opleidingscode,
            afsluitdatum: b.afsluitdatum,
            datumBegin: b.datumBegin,
            datumEindeGepland: b.datumEindeGepland,
            datumEinde: b.datumEinde,
          })),
        });
      } else {
        records.po.push({
          brin: i.brin,
          inschrijvingsvolgnummer: i.volgnummer,
          datumInschrijving: i.datumInschrijving,
          datumUitschrijving: i.datumUitschrijving,
          perioden: eigen.map((x) => ({
            begindatum: x.begindatum,
            vestigingscode: x.vestigingscode ?? "",
            groep: x.groep ?? 1,
          })),
        });
      }
    }
    records.resultaten = (resultatenVan.get(p.id) ?? []).map((r) => ({
      brin: r.brin,
      resultaatvolgnummer: r.resultaatvolgnummer,
      inschrijvingsvolgnummer: r.inschrijvingsvolgnummer,
      opleidingscode: r.opleidingscode,
      soort: r.soort,
      datumBehaald: r.datumBehaald,
      indicatieBekostigbaar: r.indicatieBekostigbaar,
    }));
    out.set(p.id, records);
  }
  return out;
}
