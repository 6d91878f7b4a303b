// Runs the chosen scenarios in their fixed order against the bench database named by DATABASE_URL
// (created by scripts/bench.ts): prepare, import (or preload), COPY, re-import, the server scenarios,
// recompute, embedded. Each result is printed as one JSON line the moment it is known.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, getDb } from "@/lib/db";
import { databaseTarget } from "@/lib/db/adapter";
import { deployMigrations } from "@/lib/db/migrate";
import { writeCsv } from "@/lib/generate";
import { stopJobs } from "@/lib/jobs";
import { seed } from "@/prisma/seed";
import { apiPut, apiPutSeparateWorker } from "./api-put";
import { copyBaseline } from "./copy";
import { embedded } from "./embedded";
import { BENCH_UPLOADER, createFixtures } from "./fixtures";
import { importFile, importResult, reimport } from "./import";
import { cpuMeter, rssSampler, round, seconds, type Result } from "./measure";
import { pages } from "./pages";
import { startServer, startWorker } from "./processes";
import { recompute } from "./recompute";
import type { Scenario } from "./scenarios";
import { table } from "./report";
import { upload } from "./upload";

export interface RunOptions {
  scenarios: readonly Scenario[];
  /** Inschrijvingen (meldingen) of the generated file. */
  rows: number;
  seed: number;
  /** Requests per page in `pages`. */
  requests: number;
  /** Seconds of load per phase in `api-put`. */
  loadSeconds: number;
  port: number;
  /** The database holds the register of an earlier run (--reuse): no preload. */
  reuse: boolean;
}

const SOORT = "mbo-inschrijvingen";
// The generator's mix has 1.215 rows per inschrijving (one per periode; measured: 1,000,000 rows
// hold 823,000 meldingen), so 1,000,000 inschrijvingen are ≈1.2 M rows as quality.md counts them,
// 300,000 of them at 25AA.
const ROWS_PER_INSCHRIJVING = 1.215;
const info = (message: string) => console.error(`[bench] ${message}`);

export async function run(options: RunOptions): Promise<Result[]> {
  const results: Result[] = [];
  const print = (r: Result) => {
    results.push(r);
    console.log(JSON.stringify(r));
  };
  const want = (s: Scenario) => options.scenarios.includes(s);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production-0123456789",
    NEXTAUTH_URL: `http://localhost:${options.port}`,
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bron-bench-"));
  try {
    const needsRegister = (
      ["import-1m", "copy-baseline", "reimport-1m", "api-put", "pages", "recompute"] as const
    ).some(want);
    let file = "";
    let uploaderId = "";
    let importSeconds: number | null = null;
    if (options.reuse) {
      await deployMigrations(databaseTarget());
      uploaderId = (await getDb().gebruiker.findUniqueOrThrow({ where: { email: BENCH_UPLOADER } })).id;
      info("register van een eerdere run hergebruikt (geen voorlading)");
    } else if (needsRegister) {
      let t = process.hrtime.bigint();
      await deployMigrations(databaseTarget());
      await seed(getDb(), { demo: true });
      ({ uploaderId } = await createFixtures(getDb()));
      info(`database gemigreerd en demo-gegevens geladen in ${round(seconds(t))} s`);
      t = process.hrtime.bigint();
      file = path.join(dir, `${SOORT}-${options.rows}.csv`);
      const stats = await writeCsv(
        {
          soort: SOORT,
          rows: Math.round(options.rows * ROWS_PER_INSCHRIJVING),
          seed: options.seed,
          invalidRatio: 0.01,
        },
        fs.createWriteStream(file),
      );
      info(
        `bestand: ${stats.rows} rijen, ${stats.meldingen} meldingen, ${round(fs.statSync(file).size / 1e6)} MB, gemaakt in ${round(seconds(t))} s`,
      );

      // The register every later scenario needs comes in through the upload path itself, the
      // fastest correct path the project has: as import-1m when chosen, else as a preload.
      const imported = await importFile(env, file, SOORT, uploaderId);
      importSeconds = imported.figures.seconds;
      if (want("import-1m")) print(importResult("import-1m", imported, { rowsGenerated: stats.rows }));
      else
        info(
          `register voorgeladen via het uploadpad: ${imported.figures.meldingen} meldingen in ${round(importSeconds)} s`,
        );
    }
    if (want("copy-baseline")) print(await copyBaseline(process.env.DATABASE_URL!, file, SOORT, importSeconds));
    if (want("reimport-1m"))
      print(await reimport(env, file, SOORT, uploaderId, want("import-1m") ? importSeconds : null));

    if (want("api-put") || want("pages")) {
      // On a kept register the volgnummers of this run are new ones (for the same persons), so the
      // API and the upload create records as on a first run instead of re-delivering unchanged ones.
      const tag = options.reuse ? Date.now().toString(36).slice(-4).toUpperCase() : "";
      // Files for another school, uploaded while the API load runs (a new one for each run of it).
      const sideFile = async (prefix: string) => {
        const file = path.join(dir, `25CC-${prefix}.csv`);
        await writeCsv(
          {
            soort: SOORT,
            rows: Math.min(100_000, Math.max(10_000, Math.round(options.rows / 10))),
            seed: options.seed + 1,
            brins: ["25CC"],
            prefix,
            invalidRatio: 0.01,
          },
          fs.createWriteStream(file),
        );
        return async () => ({
          done: upload(file, SOORT, uploaderId).then((f): Result => ({
            scenario: "upload",
            meldingen: f.meldingen,
            seconds: round(f.seconds, 2),
            perSecond: Math.round(f.meldingen / f.seconds),
          })),
        });
      };
      let apiResult: Result | null = null;
      const server = await startServer(env, options.port);
      const rss = rssSampler(server.pid);
      try {
        if (want("api-put")) {
          apiResult = await apiPut(server.base, {
            seconds: options.loadSeconds,
            seed: options.seed,
            prefix: `B${tag}`,
            peakRssMb: rss.peakMb,
            duringUpload: await sideFile(`U${tag}`),
            serverPid: server.pid,
          });
        }
        rss.reset();
        if (want("pages")) print(await pages(server.base, { requests: options.requests, peakRssMb: rss.peakMb }));
      } finally {
        rss.stop();
        await server.stop();
      }
      if (apiResult) {
        // Again with the jobs in their own process: the web instance only enqueues the upload.
        const web = await startServer({ ...env, JOB_WORKERS: "false" }, options.port);
        const worker = await startWorker(env);
        try {
          const separate = await apiPutSeparateWorker(web.base, {
            seconds: options.loadSeconds,
            seed: options.seed,
            prefix: `W${tag}`,
            duringUpload: await sideFile(`V${tag}`),
            serverPid: web.pid,
          });
          apiResult = { ...apiResult, duringUploadSeparateWorker: { ...separate.during, upload: separate.upload } };
        } finally {
          await worker.stop();
          await web.stop();
        }
        print(apiResult);
      }
    }
    if (want("recompute")) {
      const worker = await startWorker(env);
      const rss = rssSampler(worker.pid, 100, { tree: false });
      // Both changes together: which side, the worker or PostgreSQL, a recompute waits for.
      const cpu = cpuMeter(worker.pid);
      try {
        const result = await recompute({ peakRssMb: rss.peakMb });
        const used = cpu.totals();
        print({
          ...result,
          cpu: {
            workerSeconds: round(used.processMs / 1000),
            databaseSeconds: round(used.databaseMs / 1000),
            stealPercent: used.stealPercent,
          },
        });
      } finally {
        rss.stop();
        await worker.stop();
      }
    }
    if (want("embedded-100k")) print(await embedded(Math.min(options.rows, 100_000), options.seed, env));
  } finally {
    await stopJobs();
    await closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n${table(results)}`);
  return results;
}
