// The dashboards' counts against the assessments they summarise, on a real database: after uploads,
// changes that move assessments between groups, removals and folds at arbitrary moments, reading
// the counts gives exactly what grouping the assessments gives.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { sqlOf } from "@/lib/db/sql";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { csvChunks } from "@/lib/generate";
import { bsn, lever, mboInschrijving, TODAY, verwijder } from "@/lib/register/pipeline/test-helpers";
import { processUpload } from "@/lib/register/uploads/process-upload";
import { vaststellen } from "./vaststellen";
import { bekostigingOverzicht } from "./queries";
import { leesTellingen, vouwTellingenIn } from "./telling";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 120_000);
afterAll(async () => t?.close());

async function upload(db: PrismaClient, soort: "mbo-inschrijvingen" | "mbo-resultaten", rows: number) {
  const text = [...csvChunks({ soort, rows, seed: 5, brins: ["25AA", "25BB"], invalidRatio: 0.02 })].join("");
  const record = await db.upload.create({
    data: { soort, bestandsnaam: `${soort}.csv`, grootte: text.length, sha256: "x", brin: "25AA" },
  });
  await processUpload({
    db,
    uploadId: record.id,
    openFile: () => [text],
    mayDeliver: () => true,
    actor: "telling@test",
    actorType: "USER",
    today: TODAY,
    batchSize: 50,
  });
}

/** The counts as grouping the assessments gives them. */
async function direct(db: PrismaClient, brin: string): Promise<string[]> {
  const rows = await sqlOf(db).query<Record<string, unknown>>(
    `SELECT peildatum::text AS peildatum, soort, coalesce(opleidingscode, '') AS opleidingscode, coalesce(leerweg::text, '') AS leerweg, status,
            array_to_string(codes, ',') AS codes, count(*)::int AS aantal, round(sum(gewicht), 4)::float8 AS gewicht
     FROM "Bekostigingsbeoordeling" WHERE brin = $1 GROUP BY 1, 2, 3, 4, 5, 6`,
    [brin],
  );
  return rows.map((r) => JSON.stringify(r)).sort();
}

async function gelezen(db: PrismaClient, brin: string): Promise<string[]> {
  return (await leesTellingen(sqlOf(db), brin))
    .map((r) => JSON.stringify({ ...r, gewicht: Math.round(r.gewicht * 10_000) / 10_000 }))
    .sort();
}

describe("funding counts", () => {
  it("equal the assessments they summarise, folded or not, through changes and removals", async () => {
    await upload(t.db, "mbo-inschrijvingen", 600);
    expect(await gelezen(t.db, "25AA")).toEqual(await direct(t.db, "25AA"));
    expect(await vouwTellingenIn(t.db)).toBeGreaterThan(0);
    await upload(t.db, "mbo-resultaten", 600);
    // A student changes leerweg: the assessment stays funded but moves to another group.
    const pgn = bsn(801);
    await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "C-1", bsn: pgn }));
    await vouwTellingenIn(t.db);
    await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({
        inschrijvingsvolgnummer: "C-1",
        bsn: pgn,
        perioden: [
          { periodeBegindatum: "2026-08-01", opleidingscode: "90002", leerweg: "BOL", indicatieBekostigbaar: "J" },
        ],
      }),
    );
    await verwijder(t.db, "mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "C-1" });
    for (const brin of ["25AA", "25BB"]) expect(await gelezen(t.db, brin)).toEqual(await direct(t.db, brin));
    await vouwTellingenIn(t.db);
    expect(await t.db.bekostigingTellingDelta.count()).toBe(0);
    for (const brin of ["25AA", "25BB"]) expect(await gelezen(t.db, brin)).toEqual(await direct(t.db, brin));
    const overzicht = await bekostigingOverzicht(t.db, "25AA", "MBO");
    expect(overzicht.diplomas.length).toBeGreaterThan(0);
  }, 120_000);

  it("freeze with a vaststelling: the correctiefactor of a fixed studiejaar does not move when a periode does", async () => {
    const pgn = bsn(802);
    await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({
        brin: "25BB",
        inschrijvingsvolgnummer: "C-2",
        bsn: pgn,
        datumInschrijving: "2025-08-01",
        perioden: [
          { periodeBegindatum: "2025-08-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "J" },
        ],
      }),
    );
    await vaststellen(t.db, { sector: "MBO", datum: "2025-10-01", actor: "duo@test" });
    await vaststellen(t.db, { sector: "MBO", datum: "2026-02-01", actor: "duo@test" });
    const before = (await bekostigingOverzicht(t.db, "25BB", "MBO")).correctiefactoren.find(
      (c) => c.studiejaar === "2025-2026",
    );
    // The school now says the student was BBL from the start (with a BPV, so it would be funded).
    await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({
        brin: "25BB",
        inschrijvingsvolgnummer: "C-2",
        bsn: pgn,
        datumInschrijving: "2025-08-01",
        perioden: [
          { periodeBegindatum: "2025-08-01", opleidingscode: "90003", leerweg: "BBL", indicatieBekostigbaar: "J" },
        ],
      }),
    );
    const after = (await bekostigingOverzicht(t.db, "25BB", "MBO")).correctiefactoren.find(
      (c) => c.studiejaar === "2025-2026",
    );
    expect(before?.waarde).not.toBeNull();
    expect(after).toEqual(before);
    expect(await gelezen(t.db, "25BB")).toEqual(await direct(t.db, "25BB"));
  }, 120_000);
});
