// Recompute after a reference-data change (rules.md, "Recompute scope"): every person the change can
// affect, a batch of persons per transaction under the pipeline's person locks, through the same
// syncPersons a batch of meldingen uses. Runs as a background job with progress; `cursor` (the last persoon id done) makes
// a restarted job resume instead of starting over.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Sector } from "@/generated/prisma/enums";
import { registerGewijzigd } from "@/lib/register/na-commit";
import { sqlOf } from "@/lib/db/sql";
import { lock } from "@/lib/register/pipeline/context";
import { syncPersons } from "@/lib/register/pipeline/funding";
import { Notifier } from "@/lib/register/pipeline/notifier";
import { referenceInTransaction } from "@/lib/register/pipeline/reference";
import { select } from "@/lib/register/pipeline/bulk";

type Tx = Prisma.TransactionClient;

/** What changed: persons with an inschrijving or resultaat inside it are recomputed. */
export interface Bereik {
  brin?: string;
  opleidingscode?: string;
  sector?: Sector;
}

/** Persons per transaction: the size of an upload's batch. */
const BATCH = 1000;

type Raw = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

/**
 * Every person the change can affect, in id order, in one set-based read: those with an
 * inschrijving (with a periode of the opleiding) or — diplomas have assessments of their own, mbo
 * only — a resultaat inside the scope. Read once per run: a search per batch cost a second each at
 * 1,000,000 inschrijvingen. A person who enters the scope later did so through a melding, which was
 * assessed with the changed reference data already.
 */
async function personenInBereik(db: Raw, bereik: Bereik, na = 0): Promise<number[]> {
  const params: unknown[] = [na];
  const p = (v: unknown) => `$${params.push(v)}`;
  const inschrijving = [`i."persoonId" > $1`];
  if (bereik.brin) inschrijving.push(`i."brin" = ${p(bereik.brin)}`);
  if (bereik.sector) inschrijving.push(`i."sector" = ${p(bereik.sector)}::"Sector"`);
  if (bereik.opleidingscode)
    inschrijving.push(
      `EXISTS (SELECT 1 FROM "Periode" x WHERE x."inschrijvingId" = i."id" AND x."opleidingscode" = ${p(bereik.opleidingscode)})`,
    );
  const parts = [`SELECT i."persoonId" AS id FROM "Inschrijving" i WHERE ${inschrijving.join(" AND ")}`];
  if (bereik.sector !== "PO") {
    const resultaat = [`r."persoonId" > $1`];
    if (bereik.brin) resultaat.push(`r."brin" = ${p(bereik.brin)}`);
    if (bereik.opleidingscode) resultaat.push(`r."opleidingscode" = ${p(bereik.opleidingscode)}`);
    parts.push(`SELECT r."persoonId" FROM "Resultaat" r WHERE ${resultaat.join(" AND ")}`);
  }
  const rows = await db.$queryRawUnsafe<{ id: number }[]>(`${parts.join(" UNION ")} ORDER BY 1`, ...params);
  return rows.map((r) => r.id);
}

/** Records the job inside the transaction of the change itself, so neither exists without the other. */
export async function planHerberekening(
  tx: Tx,
  input: { aanleiding: string; bereik: Bereik; actor: string },
): Promise<string> {
  const totaal = (await personenInBereik(tx, input.bereik)).length;
  const row = await tx.herberekening.create({
    data: { aanleiding: input.aanleiding, bereik: input.bereik as Prisma.InputJsonObject, actor: input.actor, totaal },
  });
  return row.id;
}

export interface HerberekeningUitkomst {
  verwerkt: number;
  gewijzigd: number;
}

/** Runs (or resumes) one recompute until done or aborted; returns what this run did. */
export async function runHerberekening(
  db: PrismaClient,
  id: string,
  signal?: AbortSignal,
  opties: { batch?: number } = {},
): Promise<HerberekeningUitkomst> {
  const job = await db.herberekening.findUnique({ where: { id } });
  if (!job || job.status === "KLAAR" || job.status === "MISLUKT") return { verwerkt: 0, gewijzigd: 0 };
  const bereik = job.bereik as Bereik;
  await db.herberekening.update({ where: { id }, data: { status: "BEZIG", gestartOp: job.gestartOp ?? new Date() } });

  const done = { verwerkt: 0, gewijzigd: 0 };
  const ids = await personenInBereik(db, bereik, job.cursor);
  const size = opties.batch ?? BATCH;
  for (let start = 0; start < ids.length; start += size) {
    if (signal?.aborted) return done;
    // Raw, not Prisma: its query compiler spent 8 % of a recompute's CPU on the thousand ids.
    const persons = await select<{ id: number; pgn: string }>(
      sqlOf(db),
      `SELECT id, pgn FROM "Persoon" WHERE id = ANY($1::int4[]) ORDER BY id`,
      ids.slice(start, start + size),
    );
    if (persons.length === 0) continue;
    // One transaction per batch: the persons' funding and the cursor move together, so a stopped
    // job resumes exactly after the last batch it finished.
    const last = persons[persons.length - 1]!.id;
    const gewijzigd = await sqlOf(db).transaction(async (tx) => {
      // Per batch, under the reference lock: a vaststelling or another change while the job runs is
      // seen by every batch after it (and waits for the one in flight).
      const { ref } = await referenceInTransaction(tx, db);
      await lock(
        tx,
        persons.map((p) => `P:${p.pgn}`),
      );
      const notifier = new Notifier();
      const synced = await syncPersons(tx, new Map(persons.map((p) => [p.id, []])), ref, { notifier });
      await notifier.flush(tx);
      const changed = [...synced.values()].reduce((n, s) => n + s.gewijzigd, 0);
      await tx.query(
        `UPDATE "Herberekening" SET "cursor" = $2, "verwerkt" = "verwerkt" + $3, "gewijzigd" = "gewijzigd" + $4 WHERE "id" = $1`,
        [id, last, persons.length, changed],
      );
      return changed;
    });
    done.verwerkt += persons.length;
    done.gewijzigd += gewijzigd;
  }
  const final = await db.herberekening.update({ where: { id }, data: { status: "KLAAR", klaarOp: new Date() } });
  // Persons that entered the scope while the job ran were counted out of it; show what was done.
  if (final.verwerkt !== final.totaal)
    await db.herberekening.update({ where: { id }, data: { totaal: final.verwerkt } });
  // Assessments of any institution may have changed: the back-office overview is rebuilt (errors logged).
  await registerGewijzigd(db, { wanneer: "nu" });
  return done;
}

export async function markMislukt(db: PrismaClient, id: string): Promise<void> {
  await db.herberekening.update({
    where: { id },
    data: {
      status: "MISLUKT",
      klaarOp: new Date(),
      foutmelding: "De herberekening is afgebroken door een fout in het systeem; start haar opnieuw.",
    },
  });
}
