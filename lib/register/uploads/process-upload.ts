// Processes a stored upload: refuse a bad file as a whole, then stream its rows, group them into
// meldingen (rows of one inschrijving need not be adjacent) and send each through the pipeline,
// keeping counts and progress on the Upload row. Resumable: meldingen already recorded for this
// upload are skipped after a crash, so a restart continues with exact counts.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { brinsVanTerugkoppeling, registerGewijzigd } from "@/lib/register/na-commit";
import { FileRefusedError, readCsv, type CsvRow, type CsvSource } from "@/lib/register/csv";
import { verwerkMeldingen, type Inkomend } from "@/lib/register/pipeline/process";
import type { Terugkoppeling } from "@/lib/register/pipeline/types";
import type { Afzender } from "@/lib/register/pipeline/types";
import { isInschrijvingSoort, isSoort, KOLOMMEN, valideerRijen, type Soort } from "@/lib/register/validate";
import { KeyCounter } from "./key-counter";
import { uploadBericht } from "./upload-bericht";

export interface ProcessUploadOptions {
  db: PrismaClient;
  uploadId: string;
  /** Opens the stored file anew for every pass. */
  openFile: () => CsvSource;
  /** Who may deliver for which school (R01); the uploader's rights. */
  mayDeliver: Afzender["mayDeliver"];
  actor: string;
  actorType: Afzender["actorType"];
  bron?: Afzender["bron"];
  today: string;
  /** Progress is written at most this often (ms). */
  progressEvery?: number;
  /** Aborted at shutdown: processing stops between batches and resumes on the next run. */
  signal?: AbortSignal;
  /** Meldingen per transaction (default BATCH_SIZE). */
  batchSize?: number;
}

/** Large enough that per-statement overhead vanishes, small enough to keep a transaction short. */
export const BATCH_SIZE = 1000;

const keyOf = (row: CsvRow) => `${row.values.brin ?? ""}\u0000${row.values.inschrijvingsvolgnummer ?? ""}`;

/**
 * Meldingen of the file in a fixed order. Inschrijvingen: `counter` holds the rows per key (from the
 * inspecting pass), so a group is emitted as soon as its last row has been read — memory holds the
 * counts and the groups still open, never the file.
 */
async function* meldingenVan(
  soort: Soort,
  open: () => CsvSource,
  columns: readonly string[],
  counter: KeyCounter | null,
): AsyncGenerator<CsvRow[]> {
  const options = { columns, required: KOLOMMEN[soort].key };
  if (!counter) {
    for await (const row of readCsv(open(), options)) yield [row];
    return;
  }
  const pending = new Map<string, CsvRow[]>();
  for await (const row of readCsv(open(), options)) {
    const key = keyOf(row);
    const left = counter.add(key, -1);
    const group = pending.get(key);
    if (left === 0) {
      if (group) pending.delete(key);
      yield group ? [...group, row] : [row];
    } else if (group) group.push(row);
    else pending.set(key, [row]);
  }
  // Only keys whose hash another key shares end up here; in the order their first row came.
  yield* pending.values();
}

/** A batch of meldingen ready for the pipeline, and the file rows it holds. */
interface Batch {
  meldingen: Inkomend[];
  rijen: number;
}

const ANALYZE_AFTER = 50_000;
const REGISTER_TABLES = [
  "Persoon",
  "Inschrijving",
  "Periode",
  "Bpv",
  "Resultaat",
  "Verzuimmelding",
  "Melding",
  "Signaal",
  "Bekostigingsbeoordeling",
];

/**
 * The upload's last state in one transaction: its terugkoppeling as a bericht for the school's inbox
 * and its suppliers' endpoints (a refused upload of no school has none), and its stored file gone —
 * the file (full PGNs and names) is kept exactly as long as a resumed run after a crash needs it.
 * The error report reads the recorded meldingen and UploadFout rows, never the file.
 */
export async function eindig(db: PrismaClient, uploadId: string, data: Prisma.UploadUpdateInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const upload = await tx.upload.update({ where: { id: uploadId }, data });
    await tx.uploadDeel.deleteMany({ where: { uploadId } });
    if (upload.brin)
      await tx.bericht.create({
        data: { brin: upload.brin, soort: "UPLOAD_VERWERKT", gegevens: uploadBericht(upload) },
      });
  });
}

export async function processUpload(options: ProcessUploadOptions): Promise<void> {
  const { db, uploadId } = options;
  const upload = await db.upload.findUniqueOrThrow({ where: { id: uploadId } });
  if (upload.status === "KLAAR" || upload.status === "MISLUKT") return;
  if (!isSoort(upload.soort)) {
    await eindig(db, uploadId, {
      status: "MISLUKT",
      foutmelding: `Onbekend soort bestand: ${upload.soort}.`,
      klaarOp: new Date(),
    });
    return;
  }
  const soort = upload.soort;
  const columns = KOLOMMEN[soort].allowed;
  await db.upload.update({
    where: { id: uploadId },
    data: { status: "BEZIG", gestartOp: upload.gestartOp ?? new Date() },
  });

  // One pass before anything is processed: refuse a bad file as a whole, count its rows, and (for
  // inschrijvingen) the rows of each key.
  let totalRows = 0;
  const counter = isInschrijvingSoort(soort) ? new KeyCounter() : null;
  try {
    const rows = readCsv(options.openFile(), { columns, required: KOLOMMEN[soort].key });
    for (;;) {
      const r = await rows.next();
      if (r.done) {
        totalRows = r.value.rows;
        break;
      }
      counter?.add(keyOf(r.value), 1);
    }
  } catch (error) {
    if (!(error instanceof FileRefusedError)) throw error;
    await eindig(db, uploadId, { status: "MISLUKT", foutmelding: error.message, klaarOp: new Date() });
    return;
  }

  // Resume: what this upload already recorded counts, and those meldingen are not sent again.
  const done = await db.melding.groupBy({ by: ["status"], where: { uploadId }, _count: true });
  const counts = { rijen: 0, meldingen: 0, verwerkt: 0, afgekeurd: 0, signalen: 0 };
  for (const d of done) {
    if (d.status === "VERWERKT") counts.verwerkt = d._count;
    if (d.status === "AFGEKEURD") counts.afgekeurd = d._count;
  }
  const skip = counts.verwerkt + counts.afgekeurd;
  if (skip > 0) {
    const recorded = await db.melding.findMany({ where: { uploadId, status: "VERWERKT" }, select: { codes: true } });
    counts.signalen = recorded.reduce((n, m) => n + (Array.isArray(m.codes) ? m.codes.length : 0), 0);
  }

  const afzender: Afzender = {
    bron: options.bron ?? "UPLOAD",
    actorType: options.actorType,
    actor: options.actor,
    mayDeliver: options.mayDeliver,
    uploadId,
  };
  const every = options.progressEvery ?? 1000;
  let lastWrite = Date.now();
  const voortgang = () => ({
    ...counts,
    voortgang: totalRows ? Math.min(100, Math.floor((counts.rijen * 100) / totalRows)) : 100,
  });
  const save = (extra: object = {}) =>
    db.upload.update({ where: { id: uploadId }, data: { ...voortgang(), ...extra } });

  // Parsing and validating make the batches; the meldingen already recorded are counted, not sent.
  const batchSize = options.batchSize ?? BATCH_SIZE;
  async function* batches(): AsyncGenerator<Batch> {
    let batch: Batch = { meldingen: [], rijen: 0 };
    let index = 0;
    for await (const rows of meldingenVan(soort, options.openFile, columns, counter)) {
      if (index++ < skip) {
        counts.rijen += rows.length;
        counts.meldingen += 1;
        continue;
      }
      batch.rijen += rows.length;
      const first = rows[0]!;
      const rijen = rows.map((r) => r.rij);
      const checked = valideerRijen(soort, rows, { vandaag: options.today });
      batch.meldingen.push(
        checked.ok
          ? { ok: true, melding: checked.melding, rijen }
          : {
              ok: false,
              soort,
              brin: first.values.brin ?? "",
              sleutel: sleutelUitRij(soort, first),
              verwijdering: (first.values.actie ?? "").toLowerCase() === "verwijderen",
              afkeuringen: checked.afkeuringen,
              deel: checked.deel,
              rijen,
            },
      );
      if (batch.meldingen.length >= batchSize) {
        yield batch;
        batch = { meldingen: [], rijen: 0 };
      }
    }
    if (batch.meldingen.length) yield batch;
  }

  // Meldingen go to the pipeline in batches: one transaction and a few set-based statements per
  // batch instead of per melding. A batch commits whole, so the resume count stays exact.
  const geraakt = new Set<string>();
  const tel = (m: { status: string; signalen: number }) => {
    if (m.status === "VERWERKT") {
      counts.verwerkt += 1;
      counts.signalen += m.signalen;
    } else counts.afgekeurd += 1;
  };
  const flush = async (batch: Batch) => {
    options.signal?.throwIfAborted();
    let results: Terugkoppeling[];
    try {
      results = await verwerkMeldingen(db, afzender, batch.meldingen, { metBekostiging: false });
    } catch (error) {
      // Retried one by one, the meldingen before the failing one were recorded: count exactly those.
      const recorded = await db.melding.findMany({
        where: { uploadId },
        orderBy: { id: "desc" },
        take: batch.meldingen.length,
        select: { status: true, codes: true },
      });
      const committed = (await db.melding.count({ where: { uploadId } })) - counts.verwerkt - counts.afgekeurd;
      for (const m of recorded.slice(0, committed).reverse())
        tel({ status: m.status, signalen: Array.isArray(m.codes) ? m.codes.length : 0 });
      counts.meldingen += committed;
      counts.rijen += batch.meldingen.slice(0, committed).reduce((n, m) => n + (m.rijen?.length ?? 0), 0);
      throw error;
    }
    // Rows and meldingen count once their batch is recorded, so saved counts always add up.
    counts.rijen += batch.rijen;
    counts.meldingen += batch.meldingen.length;
    for (const result of results) {
      tel({ status: result.status, signalen: result.signalen.length });
      for (const brin of brinsVanTerugkoppeling(result)) geraakt.add(brin);
    }
    if (Date.now() - lastWrite >= every) {
      await save();
      lastWrite = Date.now();
    }
    // PGlite runs queries without giving the event loop back: yield between batches, so the server
    // (in the same process on the embedded default) keeps answering, e.g. the progress polls.
    await new Promise((resolve) => setImmediate(resolve));
  };

  try {
    // The next batch is parsed and validated while the database works on this one: the producer
    // runs whenever the pipeline waits for an answer. Batches still go in one after the other.
    const producer = batches();
    let next = producer.next();
    for (;;) {
      const r = await next;
      if (r.done) break;
      next = producer.next();
      // Settled or not, a prefetch that fails after a failed flush is the flush's error's business.
      next.catch(() => undefined);
      await flush(r.value);
    }
  } catch (error) {
    // Anything but a refused file is retried by the job queue, which resumes from the counts.
    if (!(error instanceof FileRefusedError)) {
      await save();
      throw error;
    }
    await eindig(db, uploadId, { ...voortgang(), status: "MISLUKT", foutmelding: error.message, klaarOp: new Date() });
    return;
  }
  await eindig(db, uploadId, { ...voortgang(), status: "KLAAR", voortgang: 100, klaarOp: new Date() });
  // A large upload moves the register's tables faster than autovacuum re-reads their statistics,
  // and the next plans (the student list, the next upload's probes) would be made on the old ones.
  if (counts.meldingen >= ANALYZE_AFTER)
    await db.$executeRawUnsafe(`ANALYZE ${REGISTER_TABLES.map((t) => `"${t}"`).join(", ")}`);
  // The back office's figures of every institution the upload touched (a resumed run: upload.brin
  // at least, as its earlier meldingen are no longer in memory).
  await registerGewijzigd(db, {
    brins: [...new Set([...geraakt, ...(upload.brin ? [upload.brin] : [])])],
    wanneer: "nu",
  });
}

function sleutelUitRij(soort: Soort, row: CsvRow): string {
  const v = row.values;
  switch (soort) {
    case "mbo-bpv":
      return `${v.inschrijvingsvolgnummer ?? ""}/${v.bpv_volgnummer ?? ""}`;
    case "mbo-resultaten":
      return v.resultaatvolgnummer ?? "";
    case "po-verzuim":
      return v.verzuimvolgnummer ?? "";
    default:
      return v.inschrijvingsvolgnummer ?? "";
  }
}
