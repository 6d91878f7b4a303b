// The reference data the pipeline needs (RIO and teldata), read inside each batch's transaction
// under the reference lock, so a batch never acts on reference data or a teldatum status that a
// committed change has replaced (a vaststelling, a withdrawn licence).
import type { PrismaClient } from "@/generated/prisma/client";
import type { Instelling, Licentie, Opleiding, Reference, Teldatum } from "@/lib/bekostiging/types";
import type { SqlReader, SqlTx } from "@/lib/db/sql";

export interface ReferenceSnapshot extends Reference {
  opleidingen: ReadonlyMap<string, Opleiding>;
  instellingen: ReadonlyMap<string, Instelling & { naam: string }>;
  /** vestigingscode → brin */
  vestigingen: ReadonlyMap<string, string>;
  teldata: readonly Teldatum[];
}

/**
 * The advisory lock that orders reference-data writes against the batches that read them. Every
 * write to Instelling, Vestiging, Opleiding, Licentie or Teldatum takes it exclusively, through a
 * trigger (migration 20261204012012), and bumps ReferentieVersie; batches take it shared.
 */
export const REFERENCE_LOCK = 1112690510;

const cache = new WeakMap<object, { versie: string; snapshot: ReferenceSnapshot }>();

/**
 * The reference data as of this transaction, ordered against every reference write: takes the
 * reference lock shared (so call it before the batch takes any other lock, or a waiting writer and
 * this batch could deadlock), reads the version and reloads only when it moved. `owner` keys the
 * cache: the client the transaction belongs to. Takes `meldingen` ids from their sequence as well.
 */
export async function referenceInTransaction(
  tx: SqlTx,
  owner: object,
  meldingen = 0,
): Promise<{ ref: ReferenceSnapshot; meldingIds: number[] }> {
  // Two statements: a statement reads with the snapshot it took when it began, so a version read in
  // the statement that waited for the lock could predate the change it waited for.
  // The batch reads by key (a thousand at a time) from a database that is in memory: with the
  // default random_page_cost of 4 the planner scanned whole tables instead of probing the indexes
  // (EXPLAIN at 100,000 rows: 6 → 2 ms per read). For this transaction only.
  await tx.query(`SELECT set_config('random_page_cost', '1.1', true), pg_advisory_xact_lock_shared($1::bigint)`, [
    REFERENCE_LOCK,
  ]);
  // With it, ids for the batch's meldingen (see reserveIds in bulk.ts): one round trip less.
  const [row] = await tx.query<{ versie: string; ids: number[] | null }>(
    `SELECT (SELECT "versie"::text FROM "ReferentieVersie" WHERE "id" = 1) AS versie,
            (SELECT array_agg(nextval('"Melding_id_seq"')::int4) FROM generate_series(1, $1::int4)) AS ids`,
    [meldingen],
  );
  const versie = row?.versie ?? "-1";
  const meldingIds = (row?.ids ?? []).map(Number);
  const cached = cache.get(owner);
  if (cached && cached.versie === versie) return { ref: cached.snapshot, meldingIds };
  const snapshot = await loadReference(tx);
  cache.set(owner, { versie, snapshot });
  return { ref: snapshot, meldingIds };
}

/** For a writer that must read the register consistently with its own change (vaststellen): the lock, exclusively. */
export async function lockReferenceExclusive(tx: Pick<PrismaClient, "$queryRaw">): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${REFERENCE_LOCK}::bigint)`;
}

type OpleidingRow = Omit<Opleiding, "prijsfactor"> & { prijsfactor: string };

export async function loadReference(tx: SqlReader): Promise<ReferenceSnapshot> {
  const opleidingen = await tx.query<OpleidingRow>(
    `SELECT opleidingscode, niveau, specialist, "toegestaneLeerwegen"::text[] AS "toegestaneLeerwegen", prijsfactor::text AS prijsfactor,
            ingangsdatum::text AS ingangsdatum, einddatum::text AS einddatum, instroomeinddatum::text AS instroomeinddatum FROM "Opleiding"`,
  );
  const licenties = await tx.query<Licentie>(
    `SELECT brin, opleidingscode, leerweg::text AS leerweg, bekostigd, begindatum::text AS begindatum, einddatum::text AS einddatum FROM "Licentie"`,
  );
  const instellingen = await tx.query<Instelling & { naam: string }>(
    `SELECT brin, sector::text AS sector, bekostigd, naam FROM "Instelling"`,
  );
  const vestigingen = await tx.query<{ vestigingscode: string; brin: string }>(
    `SELECT vestigingscode, brin FROM "Vestiging"`,
  );
  const teldata = await tx.query<Teldatum>(
    `SELECT sector::text AS sector, datum::text AS datum, status::text AS status FROM "Teldatum" ORDER BY datum`,
  );
  return {
    opleidingen: new Map(opleidingen.map((o) => [o.opleidingscode, { ...o, prijsfactor: Number(o.prijsfactor) }])),
    licenties,
    instellingen: new Map(instellingen.map((i) => [i.brin, i])),
    vestigingen: new Map(vestigingen.map((v) => [v.vestigingscode, v.brin])),
    teldata,
  };
}
