// A snapshot of the reference data the pipeline needs (RIO and teldata), loaded once per batch.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Instelling, Licentie, Opleiding, Reference, Teldatum } from "@/lib/bekostiging/types";
import { fromDb } from "./dates";

export interface ReferenceSnapshot extends Reference {
  opleidingen: ReadonlyMap<string, Opleiding>;
  instellingen: ReadonlyMap<string, Instelling & { naam: string }>;
  /** vestigingscode → brin */
  vestigingen: ReadonlyMap<string, string>;
  teldata: readonly Teldatum[];
}

type Reader = Pick<PrismaClient, "opleiding" | "licentie" | "instelling" | "vestiging" | "teldatum">;

export async function loadReference(db: Reader): Promise<ReferenceSnapshot> {
  const [opleidingen, licenties, instellingen, vestigingen, teldata] = await Promise.all([
    db.opleiding.findMany(),
    db.licentie.findMany(),
    db.instelling.findMany(),
    db.vestiging.findMany({ select: { vestigingscode: true, brin: true } }),
    db.teldatum.findMany({ orderBy: { datum: "asc" } }),
  ]);
  return {
    opleidingen: new Map(
      opleidingen.map((o) => [
        o.opleidingscode,
        {
          opleidingscode: o.opleidingscode,
          niveau: o.niveau,
          specialist: o.specialist,
          toegestaneLeerwegen: o.toegestaneLeerwegen,
          prijsfactor: Number(o.prijsfactor),
          ingangsdatum: fromDb(o.ingangsdatum),
          einddatum: fromDb(o.einddatum),
          instroomeinddatum: fromDb(o.instroomeinddatum),
        },
      ]),
    ),
    licenties: licenties.map(
      (l): Licentie => ({
        brin: l.brin,
        opleidingscode: l.opleidingscode,
        leerweg: l.leerweg,
        bekostigd: l.bekostigd,
        begindatum: fromDb(l.begindatum),
        einddatum: fromDb(l.einddatum),
      }),
    ),
    instellingen: new Map(instellingen.map((i) => [i.brin, { brin: i.brin, sector: i.sector, bekostigd: i.bekostigd, naam: i.naam }])),
    vestigingen: new Map(vestigingen.map((v) => [v.vestigingscode, v.brin])),
    teldata: teldata.map((t) => ({ sector: t.sector, datum: fromDb(t.datum), status: t.status })),
  };
}
