// The reference data the pipeline needs (RIO and teldata), read inside each batch's transaction
// under the reference lock, so a batch never acts on reference data or a teldatum status that a
// committed change has replaced (a vaststelling, a withdrawn licence).
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
type Tx = Reader & Pick<PrismaClient, "$queryRaw">;

/**
 * The advisory lock that orders reference-data writes against the batches that read them. Every
 * write to Instelling, Vestiging, Opleiding, Licentie or Teldatum takes it exclusively, through a
 * trigger (migration 20261204012012), and bumps ReferentieVersie; batches take it shared.
 */
export const REFERENCE_LOCK = 1112690510;

const cache = new WeakMap<object, { versie: bigint; snapshot: ReferenceSnapshot }>();

/**
 * The reference data as of this transaction, ordered against every reference write: takes the
 * reference lock shared (so call it before the batch takes any other lock, or a waiting writer and
 * this batch could deadlock), reads the version and reloads only when it moved. `owner` keys the
 * cache: the client the transaction belongs to.
 */
export async function referenceInTransaction(tx: Tx, owner: object): Promise<ReferenceSnapshot> {
  // Two statements: a statement reads with the snapshot it took when it began, so a version read in
  // the statement that waited for the lock could predate the change it waited for.
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock_shared(${REFERENCE_LOCK}::bigint)`;
  const [row] = await tx.$queryRaw<{ versie: bigint }[]>`SELECT "versie" FROM "ReferentieVersie" WHERE "id" = 1`;
  const versie = BigInt(row?.versie ?? -1);
  const cached = cache.get(owner);
  if (cached && cached.versie === versie) return cached.snapshot;
  const snapshot = await loadReference(tx);
  cache.set(owner, { versie, snapshot });
  return snapshot;
}

/** For a writer that must read the register consistently with its own change (vaststellen): the lock, exclusively. */
export async function lockReferenceExclusive(tx: Pick<PrismaClient, "$queryRaw">): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${REFERENCE_LOCK}::bigint)`;
}

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
