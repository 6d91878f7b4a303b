// Recompute after a reference-data change (rules.md, "Recompute scope"): every person the change can
// affect, a batch of persons per transaction under the pipeline's person locks, through the same
// syncPersons a batch of meldingen uses. Runs as a background job with progress; `cursor` (the last persoon id done) makes
// a restarted job resume instead of starting over.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Sector } from "@/generated/prisma/enums";
import { vernieuwOverzichtVeilig } from "@/lib/beheer/overzicht/vernieuw";
import { sqlOf } from "@/lib/db/sql";
import { lock } from "@/lib/register/pipeline/context";
import { syncPersons } from "@/lib/register/pipeline/funding";
import { Notifier } from "@/lib/register/pipeline/notifier";
import { referenceInTransaction } from "@/lib/register/pipeline/reference";

type Tx = Prisma.TransactionClient;

/** What changed: persons with an inschrijving or resultaat inside it are recomputed. */
export interface Bereik {
  brin?: string;
  opleidingscode?: string;
  sector?: Sector;
}

const BATCH = 200;

function personWhere(bereik: Bereik): Prisma.PersoonWhereInput {
  const inschrijving: Prisma.InschrijvingWhereInput = {
    ...(bereik.brin ? { brin: bereik.brin } : {}),
    ...(bereik.sector ? { sector: bereik.sector } : {}),
    ...(bereik.opleidingscode ? { perioden: { some: { opleidingscode: bereik.opleidingscode } } } : {}),
  };
  const alternatives: Prisma.PersoonWhereInput[] = [{ inschrijvingen: { some: inschrijving } }];
  // Diplomas have assessments of their own (mbo only), and count against other inschrijvingen.
  if (bereik.sector !== "PO") {
    alternatives.push({
      resultaten: { some: { ...(bereik.brin ? { brin: bereik.brin } : {}), ...(bereik.opleidingscode ? { opleidingscode: bereik.opleidingscode } : {}) } },
    });
  }
  return { OR: alternatives };
}

/** Records the job inside the transaction of the change itself, so neither exists without the other. */
export async function planHerberekening(tx: Tx, input: { aanleiding: string; bereik: Bereik; actor: string }): Promise<string> {
  const totaal = await tx.persoon.count({ where: personWhere(input.bereik) });
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
export async function runHerberekening(db: PrismaClient, id: string, signal?: AbortSignal): Promise<HerberekeningUitkomst> {
  const job = await db.herberekening.findUnique({ where: { id } });
  if (!job || job.status === "KLAAR" || job.status === "MISLUKT") return { verwerkt: 0, gewijzigd: 0 };
  const bereik = job.bereik as Bereik;
  await db.herberekening.update({ where: { id }, data: { status: "BEZIG", gestartOp: job.gestartOp ?? new Date() } });

  let cursor = job.cursor;
  const done = { verwerkt: 0, gewijzigd: 0 };
  for (;;) {
    if (signal?.aborted) return done;
    const persons = await db.persoon.findMany({
      where: { AND: [{ id: { gt: cursor } }, personWhere(bereik)] },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, pgn: true },
    });
    if (persons.length === 0) break;
    // One transaction per batch: the persons' funding and the cursor move together, so a stopped
    // job resumes exactly after the last batch it finished.
    const last = persons[persons.length - 1]!.id;
    const gewijzigd = await sqlOf(db).transaction(async (tx) => {
      // Per batch, under the reference lock: a vaststelling or another change while the job runs is
      // seen by every batch after it (and waits for the one in flight).
      const { ref } = await referenceInTransaction(tx, db);
      await lock(tx, persons.map((p) => `P:${p.pgn}`));
      const notifier = new Notifier();
      const synced = await syncPersons(tx, new Map(persons.map((p) => [p.id, []])), ref, { notifier });
      await notifier.flush(tx);
      const changed = [...synced.values()].reduce((n, s) => n + s.gewijzigd, 0);
      await tx.query(`UPDATE "Herberekening" SET "cursor" = $2, "verwerkt" = "verwerkt" + $3, "gewijzigd" = "gewijzigd" + $4 WHERE "id" = $1`, [id, last, persons.length, changed]);
      return changed;
    });
    cursor = last;
    done.verwerkt += persons.length;
    done.gewijzigd += gewijzigd;
  }
  const final = await db.herberekening.update({ where: { id }, data: { status: "KLAAR", klaarOp: new Date() } });
  // Persons that entered the scope while the job ran were counted out of it; show what was done.
  if (final.verwerkt !== final.totaal) await db.herberekening.update({ where: { id }, data: { totaal: final.verwerkt } });
  // Assessments of any institution may have changed: the back-office overview is rebuilt (errors logged).
  await vernieuwOverzichtVeilig(db);
  return done;
}

export async function markMislukt(db: PrismaClient, id: string): Promise<void> {
  await db.herberekening.update({
    where: { id },
    data: { status: "MISLUKT", klaarOp: new Date(), foutmelding: "De herberekening is afgebroken door een fout in het systeem; start haar opnieuw." },
  });
}
