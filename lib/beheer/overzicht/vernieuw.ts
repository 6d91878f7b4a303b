// Rebuilds the back-office summaries (Overzicht* tables) of some or all institutions with set-based
// SQL, so the national overview reads a few hundred small rows instead of scanning the register.
import type { PrismaClient } from "@/generated/prisma/client";
import { log } from "@/lib/log";
import { bijRegisterWijziging } from "@/lib/register/na-commit";

export interface VernieuwUitkomst {
  instellingen: number;
  bijgewerktOp: Date;
}

/**
 * Recomputes the summaries of `brins` (every institution when absent) in one transaction: delete
 * that institution's rows, insert them again from GROUP BY queries. Refreshes are serialised with
 * an advisory lock so two concurrent calls never insert the same keys. Unknown brins are ignored.
 */
export async function vernieuwOverzicht(
  db: PrismaClient,
  options: { brins?: string[] } = {},
): Promise<VernieuwUitkomst> {
  const bijgewerktOp = new Date();
  const gevraagd = options.brins ? [...new Set(options.brins)] : null;
  if (gevraagd && gevraagd.length === 0) return { instellingen: 0, bijgewerktOp };
  const instellingen = await db.instelling.findMany({
    where: gevraagd ? { brin: { in: gevraagd } } : {},
    select: { brin: true },
  });
  const brins = instellingen.map((i) => i.brin);
  if (brins.length === 0) return { instellingen: 0, bijgewerktOp };

  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('bron.vernieuwOverzicht'))`;
      if (!gevraagd) {
        // A full refresh also drops summaries of institutions that no longer exist.
        await tx.$executeRaw`DELETE FROM "OverzichtInstelling" WHERE NOT (brin = ANY(${brins}::text[]))`;
      }
      await tx.$executeRaw`DELETE FROM "OverzichtMeldingDag" WHERE ${gevraagd === null} OR brin = ANY(${brins}::text[])`;
      await tx.$executeRaw`DELETE FROM "OverzichtCode" WHERE ${gevraagd === null} OR brin = ANY(${brins}::text[])`;
      await tx.$executeRaw`DELETE FROM "OverzichtBekostiging" WHERE ${gevraagd === null} OR brin = ANY(${brins}::text[])`;

      await tx.$executeRaw`
        INSERT INTO "OverzichtInstelling" (brin, sector, inschrijvingen, "openS01", "bijgewerktOp")
        SELECT i.brin, i.sector,
          COALESCE((SELECT COUNT(*) FROM "Inschrijving" x WHERE x.brin = i.brin), 0)::int,
          COALESCE((SELECT COUNT(*) FROM "Signaal" s WHERE s.brin = i.brin AND s.code = 'S01'), 0)::int,
          ${bijgewerktOp}
        FROM "Instelling" i WHERE i.brin = ANY(${brins}::text[])
        ON CONFLICT (brin) DO UPDATE SET sector = EXCLUDED.sector, inschrijvingen = EXCLUDED.inschrijvingen,
          "openS01" = EXCLUDED."openS01", "bijgewerktOp" = EXCLUDED."bijgewerktOp"`;

      // The day a melding was received, in Dutch time (timestamps are stored as UTC).
      await tx.$executeRaw`
        INSERT INTO "OverzichtMeldingDag" (brin, dag, status, aantal)
        SELECT brin, ((("ontvangenOp" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam'))::date, status, COUNT(*)::int
        FROM "Melding" WHERE brin = ANY(${brins}::text[])
        GROUP BY 1, 2, 3`;

      await tx.$executeRaw`
        INSERT INTO "OverzichtCode" (brin, soort, code, aantal)
        SELECT m.brin, 'AFKEURING', c.value->>'code', COUNT(*)::int
        FROM "Melding" m CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(m.codes) = 'array' THEN m.codes ELSE '[]'::jsonb END) c
        WHERE m.brin = ANY(${brins}::text[]) AND m.status = 'AFGEKEURD' AND c.value->>'code' IS NOT NULL
        GROUP BY 1, 3`;

      await tx.$executeRaw`
        INSERT INTO "OverzichtCode" (brin, soort, code, aantal)
        SELECT brin, 'SIGNAAL', code, COUNT(*)::int FROM "Signaal" WHERE brin = ANY(${brins}::text[]) GROUP BY 1, 3`;

      // From the funding counts (folded and not yet folded), not by scanning the assessments.
      await tx.$executeRaw`
        INSERT INTO "OverzichtBekostiging" (brin, peildatum, status, aantal, gewicht)
        SELECT brin, peildatum, status, SUM(aantal)::int, COALESCE(SUM(gewicht), 0)
        FROM (SELECT brin, peildatum, soort, status, aantal, gewicht FROM "BekostigingTelling"
              UNION ALL SELECT brin, peildatum, soort, status, aantal, gewicht FROM "BekostigingTellingDelta") t
        WHERE brin = ANY(${brins}::text[]) AND soort = 'INSCHRIJVING'
        GROUP BY 1, 2, 3 HAVING SUM(aantal) <> 0`;
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  return { instellingen: brins.length, bijgewerktOp };
}

/**
 * For the call sites after a commit (upload job, form melding, recompute, vaststellen): the
 * overview lagging is no reason to fail the work that already succeeded, so errors are logged.
 */
export async function vernieuwOverzichtVeilig(db: PrismaClient, options: { brins?: string[] } = {}): Promise<void> {
  try {
    await vernieuwOverzicht(db, options);
  } catch (error) {
    log.error({ source: "beheer", err: error }, "Overzicht vernieuwen mislukt");
  }
}

const pending = new Set<string>();
let timer: ReturnType<typeof setTimeout> | null = null;
let laatsteDuurMs = 0;

/** The share of the time bundled refreshes may take: they recount an institution's whole register. */
export const STRAKS_AANDEEL = 0.05;

/**
 * How long the next bundled refresh waits: `delayMs`, or longer after a slow one, so that refreshing
 * takes at most STRAKS_AANDEEL of the time. At 55,000 meldingen of one school a refresh took
 * 130–185 ms (every 5 s: 3 %); it grows with the register, and under API load at a national
 * school's size it would otherwise take the database's CPU from the meldingen themselves.
 */
export function straksWachttijd(delayMs: number, vorigeDuurMs: number): number {
  return Math.max(delayMs, Math.round(vorigeDuurMs / STRAKS_AANDEEL));
}

/**
 * For meldingen that come one at a time at machine speed (the API): the institutions are noted and
 * refreshed together a few seconds later (see straksWachttijd), so a client sending hundreds of
 * meldingen a second costs one refresh per interval, not one per melding.
 */
export function vernieuwOverzichtStraks(db: PrismaClient, brins: readonly string[], delayMs = 5_000): void {
  for (const brin of brins) pending.add(brin);
  if (timer) return;
  timer = setTimeout(
    () => {
      timer = null;
      const batch = [...pending];
      pending.clear();
      const start = performance.now();
      void vernieuwOverzichtVeilig(db, { brins: batch }).finally(() => (laatsteDuurMs = performance.now() - start));
    },
    straksWachttijd(delayMs, laatsteDuurMs),
  );
  timer.unref?.();
}

/** The back office's summaries follow every change of the register (called once per process). */
export function volgRegister(): () => void {
  return bijRegisterWijziging("overzicht", (db, w) =>
    w.wanneer === "straks"
      ? vernieuwOverzichtStraks(db, w.brins ?? [])
      : vernieuwOverzichtVeilig(db, w.brins ? { brins: w.brins } : {}),
  );
}
