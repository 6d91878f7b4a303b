// import-1m and reimport-1m: the generated file through the upload service into a register that
// already holds the demo data, processed by a job worker process whose memory is sampled; then
// the same file again, which must leave the register as it was.
import type { Soort } from "@/lib/register/validate";
import { cpuMeter, rssSampler, round, type Result } from "./measure";
import { startWorker } from "./processes";
import { changedTables, registerFingerprint } from "./register-fingerprint";
import { upload, type UploadFigures } from "./upload";

export interface ImportRun {
  figures: UploadFigures;
  peakRssMb: number;
  /** CPU per melding (µs) of the worker and of PostgreSQL, and the share the host stole meanwhile. */
  cpu: { workerUsPerMelding: number; databaseUsPerMelding: number; stealPercent: number };
}

/** One upload processed by a fresh worker process (so its peak memory is this upload's alone). */
export async function importFile(
  env: NodeJS.ProcessEnv,
  file: string,
  soort: Soort,
  uploaderId: string,
): Promise<ImportRun> {
  const worker = await startWorker(env);
  // Only the worker process itself: tsx's esbuild helper is no part of the processing.
  const rss = rssSampler(worker.pid, 100, { tree: false });
  // Like api-put's: CPU per melding is what the host's steal moves least (throughput moves with it).
  // PostgreSQL's share includes storing the file, which the upload service does from this process.
  const cpu = cpuMeter(worker.pid);
  try {
    const figures = await upload(file, soort, uploaderId);
    if (figures.status !== "KLAAR") throw new Error(`Upload ${figures.uploadId} eindigde als ${figures.status}.`);
    const used = cpu.totals();
    const perMelding = (ms: number) => Math.round((ms * 1000) / Math.max(1, figures.meldingen));
    return {
      figures,
      peakRssMb: rss.peakMb(),
      cpu: {
        workerUsPerMelding: perMelding(used.processMs),
        databaseUsPerMelding: perMelding(used.databaseMs),
        stealPercent: used.stealPercent,
      },
    };
  } finally {
    rss.stop();
    await worker.stop();
  }
}

export function importResult(scenario: string, run: ImportRun, extra: Record<string, unknown> = {}): Result {
  const { figures } = run;
  return {
    scenario,
    meldingen: figures.meldingen,
    rijen: figures.rijen,
    verwerkt: figures.verwerkt,
    afgekeurd: figures.afgekeurd,
    seconds: round(figures.seconds, 2),
    storeSeconds: round(figures.storeSeconds, 2),
    perSecond: Math.round(figures.meldingen / figures.seconds),
    peakRssMb: run.peakRssMb,
    ...run.cpu,
    ...extra,
  };
}

export async function reimport(
  env: NodeJS.ProcessEnv,
  file: string,
  soort: Soort,
  uploaderId: string,
  importSeconds: number | null,
): Promise<Result> {
  const before = await registerFingerprint();
  const run = await importFile(env, file, soort, uploaderId);
  const changed = changedTables(before, await registerFingerprint());
  return importResult("reimport-1m", run, {
    ratioToImport: importSeconds ? round(run.figures.seconds / importSeconds, 3) : null,
    registerUnchanged: changed.length === 0,
    ...(changed.length ? { changedTables: changed } : {}),
  });
}
