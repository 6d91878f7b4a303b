// Races on a real PostgreSQL (PGlite has one connection, so nothing races there): DUO fixing a
// teldatum while an upload or a recompute runs, an upload racing a reference-data change and its
// recompute, and a client polling the change feeds while an upload and API writers commit. Each
// test first checks that the race really happened (the second party acted while the first ran),
// so it cannot pass by running the two one after the other.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { decodeCursor, type Keyset } from "@/lib/api/paging";
import { berichtenPagina, meldingenPagina } from "@/lib/api/register/feeds";
import { assessPerson } from "@/lib/bekostiging/assess";
import { sqlOf } from "@/lib/db/sql";
import { createTestDatabase, testPostgresUrl, type TestDatabase } from "@/lib/testing/database";
import { csvChunks } from "@/lib/generate";
import { runHerberekening } from "@/lib/register/funding/herberekening";
import { voegTeldatumToe, wijzigLicentieEinddatum } from "@/lib/register/funding/referentie-wijzigingen";
import { vaststellen } from "@/lib/register/funding/vaststellen";
import { toDb } from "@/lib/shared/dates";
import { loadPersonRecordsMany } from "@/lib/register/pipeline/person-records";
import { loadReference } from "@/lib/register/pipeline/reference";
import { storedKey, toAssessment } from "@/lib/register/pipeline/funding";
import { bsn, lever, mboInschrijving, TODAY } from "@/lib/register/pipeline/test-helpers";
import { processUpload } from "@/lib/register/uploads/process-upload";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** A generated mbo-inschrijvingen file processed as an upload job does, in small batches. */
async function startUpload(
  db: PrismaClient,
  rows: number,
  seed: number,
  options: { prefix?: string; brins?: string[] } = {},
) {
  const text = [
    ...csvChunks({
      soort: "mbo-inschrijvingen",
      rows,
      seed,
      brins: options.brins ?? ["25AA", "25BB"],
      prefix: options.prefix ?? "G",
    }),
  ].join("");
  const record = await db.upload.create({
    data: { soort: "mbo-inschrijvingen", bestandsnaam: "race.csv", grootte: text.length, sha256: "x", brin: "25AA" },
  });
  const done = processUpload({
    db,
    uploadId: record.id,
    openFile: () => [text],
    mayDeliver: () => true,
    actor: "race@test",
    actorType: "USER",
    today: TODAY,
    batchSize: 40,
  });
  const recorded = () => db.melding.count({ where: { uploadId: record.id } });
  return { id: record.id, done, recorded };
}

/** Every assessment of a teldatum as comparable text. */
async function assessmentsOn(db: PrismaClient, datum: string): Promise<string[]> {
  const rows = await db.bekostigingsbeoordeling.findMany({
    where: { soort: "INSCHRIJVING", peildatum: toDb(datum) },
    orderBy: [{ brin: "asc" }, { volgnummer: "asc" }],
  });
  return rows.map((r) =>
    JSON.stringify([r.brin, r.volgnummer, r.status, r.codes, String(r.gewicht), r.parameters, r.definitief]),
  );
}

/** Assessments that differ from what the funding rules give for the register as it now stands. */
async function drift(db: PrismaClient): Promise<string[]> {
  const ref = await loadReference(sqlOf(db));
  const persons = await db.persoon.findMany({ select: { id: true } });
  const out: string[] = [];
  for (let i = 0; i < persons.length; i += 500) {
    const ids = persons.slice(i, i + 500).map((p) => p.id);
    const records = await loadPersonRecordsMany(sqlOf(db), ids);
    const stored = await db.bekostigingsbeoordeling.findMany({ where: { persoonId: { in: ids } } });
    for (const [id, r] of records) {
      const mine = stored.filter((s) => s.persoonId === id).map(toAssessment);
      const expected = assessPerson({
        person: { pgn: r.pgn, geboortedatum: r.geboortedatum, woonland: r.woonland },
        mboInschrijvingen: r.mbo,
        poInschrijvingen: r.po,
        resultaten: r.resultaten,
        reference: ref,
        teldata: ref.teldata,
        frozen: mine.filter((a) => a.definitief),
      });
      const text = (list: typeof mine) =>
        list.map((a) => JSON.stringify([storedKey(a), a.status, a.codes, a.gewicht, a.definitief])).sort();
      const [want, have] = [text(expected), text(mine)];
      if (JSON.stringify(want) !== JSON.stringify(have))
        out.push(`persoon ${id}: ${JSON.stringify(have)} ≠ ${JSON.stringify(want)}`);
    }
  }
  return out;
}

describe.runIf(testPostgresUrl())("concurrency on PostgreSQL", () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase();
  }, 120_000);
  afterEach(async () => t?.close());

  it("vaststellen during a running upload: no assessment of the teldatum changes, appears or goes afterwards", async () => {
    const upload = await startUpload(t.db, 4000, 11);
    await until("the upload's first batches", async () => (await upload.recorded()) >= 400);
    await vaststellen(t.db, { sector: "MBO", datum: "2025-10-01", actor: "duo@test" });
    const atVaststelling = await assessmentsOn(t.db, "2025-10-01");
    const recordedThen = await upload.recorded();
    await upload.done;
    const total = await upload.recorded();
    expect(recordedThen, "the vaststelling happened while the upload ran").toBeLessThan(total);
    expect(atVaststelling.length).toBeGreaterThan(0);
    expect(await assessmentsOn(t.db, "2025-10-01")).toEqual(atVaststelling);
    expect(atVaststelling.every((a) => a.endsWith("true]"))).toBe(true);
  }, 240_000);

  it("vaststellen during a recompute: the recompute leaves the fixed teldatum alone", async () => {
    const upload = await startUpload(t.db, 3000, 12);
    await upload.done;
    // A new teldatum: every mbo person is assessed again, a batch of persons per transaction.
    const id = await voegTeldatumToe(t.db, { sector: "MBO", datum: "2027-10-01", actor: "duo@test" });
    const job = runHerberekening(t.db, id);
    await until(
      "the recompute's first batch",
      async () => (await t.db.herberekening.findUniqueOrThrow({ where: { id } })).verwerkt > 0,
    );
    await vaststellen(t.db, { sector: "MBO", datum: "2025-10-01", actor: "duo@test" });
    const atVaststelling = await assessmentsOn(t.db, "2025-10-01");
    const progressThen = await t.db.herberekening.findUniqueOrThrow({ where: { id } });
    await job;
    expect(progressThen.status, "the vaststelling happened while the recompute ran").toBe("BEZIG");
    expect(await assessmentsOn(t.db, "2025-10-01")).toEqual(atVaststelling);
    expect(atVaststelling.every((a) => a.endsWith("true]"))).toBe(true);
  }, 240_000);

  it("an upload racing a licence withdrawal and its recompute ends as the two one after the other", async () => {
    const upload = await startUpload(t.db, 4000, 13, { brins: ["25AA"] });
    await until("the upload's first batches", async () => (await upload.recorded()) >= 200);
    const id = await wijzigLicentieEinddatum(t.db, {
      brin: "25AA",
      opleidingscode: "90003",
      leerweg: "BOL",
      einddatum: "2024-12-31",
      actor: "duo@test",
    });
    await runHerberekening(t.db, id);
    const recordedThen = await upload.recorded();
    await upload.done;
    expect(recordedThen, "the change happened while the upload ran").toBeLessThan(await upload.recorded());
    expect(await drift(t.db)).toEqual([]);
  }, 240_000);

  it("a client following the feed protocol sees every melding and bericht while an upload and API writers commit", async () => {
    const brin = "25AA";
    const upload = await startUpload(t.db, 3000, 14, { brins: ["25AA", "25BB"] });
    let writing = true;
    // Eight writers as the API's PUTs: one melding per transaction, at the same school.
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; writing; i++) {
        await lever(
          t.db,
          "mbo-inschrijvingen",
          mboInschrijving({ inschrijvingsvolgnummer: `W-${w}-${i}`, bsn: bsn(50_000 + w * 10_000 + i) }),
        );
      }
    });
    const seen = { meldingen: new Set<number>(), berichten: new Set<number>() };
    // The documented protocol: follow `next`; at the end of the feed keep the page's `cursor` and
    // ask again from there later.
    type Read = (
      brin: string,
      since: null,
      limit: number,
      cursor: Keyset | null,
      client: PrismaClient,
    ) => Promise<{ items: { id: number }[]; next: string | null; cursor: string }>;
    const follow = async (read: Read, into: Set<number>, position: { cursor: Keyset | null }) => {
      for (;;) {
        const page = await read(brin, null, 50, position.cursor, t.db);
        for (const item of page.items) into.add(item.id);
        position.cursor = decodeCursor(page.cursor, 2);
        if (!page.next) return;
      }
    };
    const positions = { meldingen: { cursor: null as Keyset | null }, berichten: { cursor: null as Keyset | null } };
    const poll = async () => {
      await follow(meldingenPagina, seen.meldingen, positions.meldingen);
      await follow(berichtenPagina, seen.berichten, positions.berichten);
    };
    try {
      while ((await t.db.upload.findUniqueOrThrow({ where: { id: upload.id } })).status !== "KLAAR") await poll();
    } finally {
      writing = false;
      await Promise.all([upload.done, ...writers]);
    }
    await poll();
    const all = {
      meldingen: (
        await t.db.melding.findMany({ where: { brin, status: { not: "ONTVANGEN" } }, select: { id: true } })
      ).map((m) => m.id),
      // The feed holds the four soorten of api.md; an upload's own terugkoppeling is not among them.
      berichten: (
        await t.db.bericht.findMany({ where: { brin, soort: { not: "UPLOAD_VERWERKT" } }, select: { id: true } })
      ).map((b) => b.id),
    };
    expect(all.meldingen.length).toBeGreaterThan(1000);
    expect(all.berichten.length, "the writers' enrolments give kennisgevingen").toBeGreaterThan(0);
    expect(all.meldingen.filter((id) => !seen.meldingen.has(id))).toEqual([]);
    expect(all.berichten.filter((id) => !seen.berichten.has(id))).toEqual([]);
  }, 240_000);
});
