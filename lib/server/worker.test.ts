// `npm run worker`: the background jobs in a process of their own. The real script, started against
// a PostgreSQL database, lowers its CPU priority below the web's, picks up an upload that waits
// there and processes it to the end, and stops cleanly on SIGTERM; without PostgreSQL it refuses
// to start. A web instance with JOB_WORKERS=false then only enqueues, and its readiness does not
// wait for workers it does not run.
import { spawn, spawnSync } from "node:child_process";
import os from "node:os";
import { workerArgs } from "@/scripts/shared/worker-command";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeUploadFile, MAX_UPLOAD_BYTES } from "@/lib/register/upload-store";
import { csvChunks } from "@/lib/generate";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { readiness } from "./readiness";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 120_000);
afterAll(async () => t?.close());

describe("npm run worker", () => {
  it("without DATABASE_URL exits 1 naming it", () => {
    const { DATABASE_URL: _omit, ...inherited } = process.env;
    const result = spawnSync(process.execPath, workerArgs(), {
      env: { ...inherited, PGLITE_DIR: "/nonexistent/never-created" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL/);
  });

  it.runIf(process.env.DATABASE_URL)(
    "processes an upload that waits in the database, and stops on SIGTERM",
    async () => {
      const user = await t.db.gebruiker.create({
        data: {
          email: "worker@test",
          naam: "Werk Test",
          rol: "INSTELLING_BEHEERDER",
          instellingen: { create: { brin: "25AA" } },
        },
      });
      const upload = await t.db.upload.create({
        data: {
          soort: "mbo-inschrijvingen",
          bestandsnaam: "worker.csv",
          grootte: 0,
          sha256: "",
          brin: "25AA",
          uploaderId: user.id,
        },
      });
      // A generated file without deliberate errors: every melding is processed.
      const file = {
        soort: "mbo-inschrijvingen" as const,
        rows: 40,
        seed: 11,
        brins: ["25AA"],
        prefix: "WK",
        invalidRatio: 0,
      };
      const bytes = new TextEncoder().encode([...csvChunks(file)].join(""));
      const stored = await storeUploadFile(
        upload.id,
        (async function* () {
          yield bytes;
        })(),
        { maxBytes: MAX_UPLOAD_BYTES, client: t.db },
      );
      await t.db.upload.update({ where: { id: upload.id }, data: stored });

      // The worker finds it on start (what is waiting is queued again), as after any restart.
      const child = spawn(process.execPath, workerArgs(), {
        env: { ...process.env, DATABASE_URL: t.connectionString, JOB_WORKERS: "true", LOG_LEVEL: "warn" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      try {
        await new Promise<void>((resolve, reject) => {
          child.stdout!.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
          void exited.then((code) => reject(new Error(`worker stopte (exit ${code}): ${stderr}`)));
        });
        // It yields the CPU to the web instances (scripts/worker.ts: nice 10 unless WORKER_NICE says otherwise).
        expect(os.getPriority(child.pid!)).toBe(10);
        let status = "";
        for (let i = 0; i < 240 && status !== "KLAAR"; i++) {
          status = (await t.db.upload.findUniqueOrThrow({ where: { id: upload.id } })).status;
          if (status !== "KLAAR") await new Promise((r) => setTimeout(r, 250));
        }
        const done = await t.db.upload.findUniqueOrThrow({ where: { id: upload.id } });
        expect([done.status, done.afgekeurd]).toEqual(["KLAAR", 0]);
        expect(done.meldingen).toBeGreaterThan(20);
        expect(await t.db.melding.count({ where: { uploadId: upload.id, status: "VERWERKT" } })).toBe(done.meldingen);
      } finally {
        child.kill("SIGTERM");
      }
      expect(await exited, stderr).toBe(0);
    },
    120_000,
  );
});

describe("readiness of a web instance without workers", () => {
  it("does not wait for job workers it does not run, and does when it runs them", async () => {
    const stopped = { isRunning: () => false };
    expect((await readiness({ db: t.db, queue: stopped, workers: false, migrations: [] })).ready).toBe(true);
    expect((await readiness({ db: t.db, queue: stopped, migrations: [] })).checks.achtergrondtaken).toBe(false);
  });
});
