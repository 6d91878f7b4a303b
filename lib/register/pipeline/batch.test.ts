// The batch path against one melding at a time, on real databases: the same generated files (every
// soort, persons at two institutions, deliberate errors) leave exactly the same register, funding,
// signalen, berichten and terugkoppeling; and a batch whose transaction fails is retried melding by
// melding, so what an upload recorded is always a prefix of its file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { csvChunks } from "@/lib/generate";
import { processUpload } from "@/lib/register/uploads/process-upload";
import type { Soort } from "@/lib/register/validate";
import { bsn, TODAY } from "./test-helpers";

const FILES: { soort: Soort; brins: string[] }[] = [
  { soort: "mbo-inschrijvingen", brins: ["25AA", "25BB"] },
  { soort: "mbo-bpv", brins: ["25AA", "25BB"] },
  { soort: "mbo-resultaten", brins: ["25AA", "25BB"] },
  { soort: "po-inschrijvingen", brins: ["01AB", "02CD"] },
  { soort: "po-verzuim", brins: ["01AB", "02CD"] },
];

async function upload(db: PrismaClient, soort: Soort, chunks: () => Iterable<string>, batchSize: number, brin: string) {
  const record = await db.upload.create({
    data: { soort, bestandsnaam: `${soort}.csv`, grootte: 0, sha256: "x", brin },
  });
  await processUpload({
    db,
    uploadId: record.id,
    openFile: chunks,
    mayDeliver: () => true,
    actor: "batch@test",
    actorType: "USER",
    today: TODAY,
    batchSize,
  });
  return db.upload.findUniqueOrThrow({ where: { id: record.id } });
}

/** The register as comparable data: no ids, no timestamps, a fixed order. */
async function snapshot(db: PrismaClient) {
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  const [inschrijvingen, bpv, resultaten, verzuim, beoordelingen, signalen, berichten, meldingen, fouten] =
    await Promise.all([
      db.inschrijving.findMany({
        include: {
          persoon: { select: { pgn: true, achternaam: true } },
          perioden: { orderBy: { begindatum: "asc" }, omit: { inschrijvingId: true } },
        },
        omit: { id: true, persoonId: true, gewijzigdOp: true },
      }),
      db.bpv.findMany({
        include: { inschrijving: { select: { brin: true, inschrijvingsvolgnummer: true } } },
        omit: { id: true, inschrijvingId: true },
      }),
      db.resultaat.findMany({ omit: { id: true, persoonId: true } }),
      db.verzuimmelding.findMany({ omit: { id: true, persoonId: true } }),
      db.bekostigingsbeoordeling.findMany({ omit: { id: true, persoonId: true, berekendOp: true } }),
      db.signaal.findMany({ omit: { id: true, persoonId: true, sindsOp: true } }),
      // An upload's own terugkoppeling (UPLOAD_VERWERKT) is of the upload, like its Melding rows' uploadId.
      db.bericht.findMany({
        where: { soort: { not: "UPLOAD_VERWERKT" } },
        omit: { id: true, aangemaaktOp: true, txid: true },
      }),
      db.melding.findMany({ omit: { id: true, uploadId: true, ontvangenOp: true, verwerktOp: true, txid: true } }),
      db.uploadFout.findMany({ include: { upload: { select: { soort: true } } }, omit: { id: true, uploadId: true } }),
    ]);
  return {
    inschrijvingen: sorted(inschrijvingen),
    bpv: sorted(bpv),
    resultaten: sorted(resultaten),
    verzuim: sorted(verzuim),
    beoordelingen: sorted(beoordelingen),
    signalen: sorted(signalen),
    berichten: sorted(berichten),
    meldingen: sorted(meldingen),
    fouten: sorted(fouten),
  };
}

describe("batches", () => {
  let oneByOne: TestDatabase;
  let batched: TestDatabase;
  beforeAll(async () => {
    [oneByOne, batched] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  }, 180_000);
  afterAll(async () => Promise.all([oneByOne?.close(), batched?.close()]));

  it("leave the register exactly as one melding at a time does, for every soort", async () => {
    for (const { soort, brins } of FILES) {
      const chunks = () => [...csvChunks({ soort, rows: 300, seed: 7, brins, invalidRatio: 0.05 })];
      const [a, b] = [
        await upload(oneByOne.db, soort, chunks, 1, brins[0]!),
        await upload(batched.db, soort, chunks, 64, brins[0]!),
      ];
      expect(a.status).toBe("KLAAR");
      expect(b).toMatchObject({
        status: "KLAAR",
        rijen: a.rijen,
        meldingen: a.meldingen,
        verwerkt: a.verwerkt,
        afgekeurd: a.afgekeurd,
        signalen: a.signalen,
      });
      expect(a.verwerkt).toBeGreaterThan(0);
    }
    const [x, y] = await Promise.all([snapshot(oneByOne.db), snapshot(batched.db)]);
    // The files hold what makes batches hard: persons at two institutions (kennisgevingen, S01),
    // funding across institutions, and rejected meldingen.
    expect(x.berichten.length).toBeGreaterThan(0);
    expect(x.signalen.length).toBeGreaterThan(0);
    expect(x.fouten.length).toBeGreaterThan(0);
    expect(y).toEqual(x);
  }, 600_000);

  it("retry a failing batch melding by melding: the meldingen before the failure are kept, none after", async () => {
    const db = batched.db;
    const HEADER =
      "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar";
    const row = (ivn: string, n: number) =>
      `25AA;${ivn};${bsn(9000 + n)};2005-03-14;V;Jansen;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J`;
    const text = [HEADER, row("X-1", 1), row("X-2", 2), row("BOEM", 3), row("X-4", 4)].join("\n");
    // A fault only the database sees (as a lost connection or a constraint would be).
    await db.$executeRawUnsafe(
      `ALTER TABLE "Inschrijving" ADD CONSTRAINT boem CHECK ("inschrijvingsvolgnummer" <> 'BOEM')`,
    );
    const record = await db.upload.create({
      data: { soort: "mbo-inschrijvingen", bestandsnaam: "x.csv", grootte: text.length, sha256: "x", brin: "25AA" },
    });
    const run = () =>
      processUpload({
        db,
        uploadId: record.id,
        openFile: () => [text],
        mayDeliver: () => true,
        actor: "batch@test",
        actorType: "USER",
        today: TODAY,
        batchSize: 10,
      });
    await expect(run()).rejects.toThrow();
    const recorded = await db.melding.findMany({ where: { uploadId: record.id }, orderBy: { id: "asc" } });
    expect(recorded.map((m) => [m.sleutel, m.status])).toEqual([
      ["X-1", "VERWERKT"],
      ["X-2", "VERWERKT"],
    ]);
    expect(await db.inschrijving.count({ where: { inschrijvingsvolgnummer: { in: ["BOEM", "X-4"] } } })).toBe(0);
    expect(await db.upload.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      meldingen: 2,
      verwerkt: 2,
      rijen: 2,
    });

    await db.$executeRawUnsafe(`ALTER TABLE "Inschrijving" DROP CONSTRAINT boem`);
    await run();
    expect(await db.upload.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      status: "KLAAR",
      meldingen: 4,
      verwerkt: 4,
      afgekeurd: 0,
    });
    expect(await db.melding.count({ where: { uploadId: record.id } })).toBe(4);
  }, 120_000);
});
