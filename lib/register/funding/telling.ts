// The dashboards' funding counts: read (the folded counts plus the deltas not yet folded, so never
// behind the assessments) and folded (a background job that moves the pipeline's delta rows into
// BekostigingTelling, one instance at a time).
import type { PrismaClient } from "@/generated/prisma/client";
import { sqlOf, type SqlReader } from "@/lib/db/sql";

export interface TellingRij {
  peildatum: string;
  soort: "INSCHRIJVING" | "RESULTAAT";
  opleidingscode: string;
  leerweg: string;
  status: "J" | "N";
  /** The assessment's codes, sorted, comma-separated; "" for J. */
  codes: string;
  aantal: number;
  gewicht: number;
}

const COLUMNS = `brin, peildatum, soort, opleidingscode, leerweg, status, codes, aantal, gewicht`;

/** Every count of one institution (a few hundred rows per teldatum at most), both parts summed. */
export async function leesTellingen(reader: SqlReader, brin: string): Promise<TellingRij[]> {
  return reader.query<TellingRij>(
    `SELECT peildatum::text AS peildatum, soort, opleidingscode, leerweg, status, codes, sum(aantal)::int AS aantal, sum(gewicht)::float8 AS gewicht
     FROM (SELECT ${COLUMNS} FROM "BekostigingTelling" WHERE brin = $1 UNION ALL SELECT ${COLUMNS} FROM "BekostigingTellingDelta" WHERE brin = $1) t
     GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(aantal) <> 0`,
    [brin],
  );
}

/** Counts per institution and teldatum for several institutions at once (the back office). */
export async function tellingenPerInstelling(
  reader: SqlReader,
  peildata: readonly string[],
): Promise<{ brin: string; peildatum: string; status: string; aantal: number; gewicht: number }[]> {
  if (!peildata.length) return [];
  return reader.query(
    `SELECT brin, peildatum::text AS peildatum, status, sum(aantal)::int AS aantal, sum(gewicht)::float8 AS gewicht
     FROM (SELECT ${COLUMNS} FROM "BekostigingTelling" UNION ALL SELECT ${COLUMNS} FROM "BekostigingTellingDelta") t
     WHERE soort = 'INSCHRIJVING' AND peildatum = ANY($1::date[])
     GROUP BY 1, 2, 3 HAVING sum(aantal) <> 0`,
    [`{${peildata.join(",")}}`],
  );
}

/** Taken with pg_try_advisory_xact_lock: one folder at a time, the others skip their turn. */
const FOLD_LOCK = 1112690511;

/**
 * Moves every committed delta into the counts in one statement (rows still being written by an open
 * transaction are not visible, so they wait for the next fold) and drops groups that reached zero.
 * Returns the number of groups updated, 0 when another instance was folding.
 */
export async function vouwTellingenIn(db: PrismaClient): Promise<number> {
  return sqlOf(db).transaction(async (tx) => {
    const [lock] = await tx.query<{ ok: boolean }>(`SELECT pg_try_advisory_xact_lock($1::bigint) AS ok`, [FOLD_LOCK]);
    if (!lock?.ok) return 0;
    const folded = await tx.query(
      `WITH moved AS (DELETE FROM "BekostigingTellingDelta" RETURNING ${COLUMNS}),
            summed AS (SELECT brin, peildatum, soort, opleidingscode, leerweg, status, codes, sum(aantal)::int AS aantal, sum(gewicht) AS gewicht FROM moved GROUP BY 1, 2, 3, 4, 5, 6, 7)
       INSERT INTO "BekostigingTelling" (${COLUMNS}) SELECT ${COLUMNS} FROM summed
       ON CONFLICT (brin, peildatum, soort, opleidingscode, leerweg, status, codes)
       DO UPDATE SET aantal = "BekostigingTelling".aantal + EXCLUDED.aantal, gewicht = "BekostigingTelling".gewicht + EXCLUDED.gewicht
       RETURNING 1`,
    );
    if (folded.length) await tx.query(`DELETE FROM "BekostigingTelling" WHERE aantal = 0 AND gewicht = 0`);
    return folded.length;
  });
}

/** Folds every few seconds while the server runs (lib/server/node-runtime.ts); errors are logged. */
export function startTellingVouwer(
  db: PrismaClient,
  everyMs = 3000,
  log: (error: unknown) => void = () => undefined,
): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    vouwTellingenIn(db)
      .catch(log)
      .finally(() => (busy = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
