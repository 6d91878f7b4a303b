// Everything the register holds about one person, at every institution, as plain data for the
// funding rules and the signalen.
import type { Prisma } from "@/generated/prisma/client";
import type { MboInschrijving, PoInschrijving, Resultaat } from "@/lib/bekostiging/types";
import { fromDb } from "./dates";

export type Tx = Prisma.TransactionClient;

export interface PersonRecords {
  persoonId: number;
  pgn: string;
  geboortedatum: string;
  woonland: string;
  mbo: MboInschrijving[];
  po: PoInschrijving[];
  resultaten: Resultaat[];
}

const INCLUDE = {
  inschrijvingen: { include: { perioden: { orderBy: { begindatum: "asc" } }, bpv: true } },
  resultaten: true,
} as const satisfies Prisma.PersoonInclude;

type Loaded = Prisma.PersoonGetPayload<{ include: typeof INCLUDE }>;

/** The records of many persons (a batch of meldingen) in a few queries, by id. */
export async function loadPersonRecordsMany(tx: Tx, persoonIds: readonly number[]): Promise<Map<number, PersonRecords>> {
  const rows = await tx.persoon.findMany({ where: { id: { in: [...persoonIds] } }, include: INCLUDE });
  return new Map(rows.map((p) => [p.id, toRecords(p)]));
}

function toRecords(persoon: Loaded): PersonRecords {
  const mbo: MboInschrijving[] = [];
  const po: PoInschrijving[] = [];
  for (const i of persoon.inschrijvingen) {
    const base = {
      brin: i.brin,
      inschrijvingsvolgnummer: i.inschrijvingsvolgnummer,
      datumInschrijving: fromDb(i.datumInschrijving),
      datumUitschrijving: fromDb(i.datumUitschrijving),
    };
    if (i.sector === "MBO") {
      mbo.push({
        ...base,
        perioden: i.perioden.map((p) => ({
          begindatum: fromDb(p.begindatum),
          opleidingscode: p.opleidingscode ?? "",
          leerweg: p.leerweg ?? "BOL",
          indicatieBekostigbaar: p.indicatieBekostigbaar ?? false,
        })),
        bpv: i.bpv.map((b) => ({
          bpvVolgnummer: b.bpvVolgnummer,
          opleidingscode: b.opleidingscode,
          afsluitdatum: fromDb(b.afsluitdatum),
          datumBegin: fromDb(b.datumBegin),
          datumEindeGepland: fromDb(b.datumEindeGepland),
          datumEinde: fromDb(b.datumEinde),
        })),
      });
    } else {
      po.push({ ...base, perioden: i.perioden.map((p) => ({ begindatum: fromDb(p.begindatum), vestigingscode: p.vestigingscode ?? "", groep: p.groep ?? 1 })) });
    }
  }
  return {
    persoonId: persoon.id,
    pgn: persoon.pgn,
    geboortedatum: fromDb(persoon.geboortedatum),
    woonland: persoon.woonland,
    mbo,
    po,
    resultaten: persoon.resultaten.map((r) => ({
      brin: r.brin,
      resultaatvolgnummer: r.resultaatvolgnummer,
      inschrijvingsvolgnummer: r.inschrijvingsvolgnummer,
      opleidingscode: r.opleidingscode,
      soort: r.soort,
      datumBehaald: fromDb(r.datumBehaald),
      indicatieBekostigbaar: r.indicatieBekostigbaar,
    })),
  };
}
