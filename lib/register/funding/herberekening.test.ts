// Reference-data changes on a real database: withdrawing a licence or adding a teldatum recomputes
// exactly the persons it can affect, tells the institution, and a stopped job resumes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { bsn, lever, mboInschrijving } from "@/lib/register/pipeline/test-helpers";
import { runHerberekening } from "./herberekening";
import { ReferentieError, voegTeldatumToe, wijzigLicentieEinddatum } from "./referentie-wijzigingen";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  // Two students of 90003 BOL at 25AA, one of 90003 at 25BB (out of scope of 25AA's licence).
  await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "H-1", bsn: bsn(501) }));
  await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "H-2", bsn: bsn(502) }));
  await lever(
    t.db,
    "mbo-inschrijvingen",
    mboInschrijving({ brin: "25BB", inschrijvingsvolgnummer: "H-3", bsn: bsn(503) }),
  );
}, 120_000);
afterAll(async () => t?.close());

const assessment = (brin: string, volgnummer: string, teldatum: string) =>
  t.db.bekostigingsbeoordeling.findFirstOrThrow({
    where: { brin, volgnummer, soort: "INSCHRIJVING", peildatum: new Date(`${teldatum}T00:00:00Z`) },
  });

describe("a licence withdrawn by DUO", () => {
  it("turns the affected assessments into M03 from its einddatum on, and tells the institution", async () => {
    expect(await assessment("25AA", "H-1", "2026-10-01")).toMatchObject({ status: "J" });
    const id = await wijzigLicentieEinddatum(t.db, {
      brin: "25AA",
      opleidingscode: "90003",
      leerweg: "BOL",
      einddatum: "2026-12-31",
      actor: "beheer@duo.example",
    });
    const job = await t.db.herberekening.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "IN_WACHTRIJ", totaal: 2, verwerkt: 0 });

    // 1 October is still inside the licence; 1 February is not. One person per batch, each moving
    // the job's cursor.
    expect(await runHerberekening(t.db, id, undefined, { batch: 1 })).toEqual({ verwerkt: 2, gewijzigd: 2 });
    expect(await assessment("25AA", "H-1", "2026-10-01")).toMatchObject({ status: "J", codes: [] });
    expect(await assessment("25AA", "H-1", "2027-02-01")).toMatchObject({ status: "N", codes: ["M03"] });
    expect(await assessment("25BB", "H-3", "2027-02-01")).toMatchObject({ status: "J" });
    expect(await t.db.herberekening.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "KLAAR",
      verwerkt: 2,
      gewijzigd: 2,
    });

    const berichten = await t.db.bericht.findMany({ where: { brin: "25AA", soort: "BEKOSTIGING_GEWIJZIGD" } });
    expect(berichten.map((b) => (b.gegevens as { volgnummer: string }).volgnummer).sort()).toEqual(["H-1", "H-2"]);
    expect(await t.db.bericht.count({ where: { brin: "25BB", soort: "BEKOSTIGING_GEWIJZIGD" } })).toBe(0);
    expect(
      await t.db.auditEvent.findFirst({ where: { entiteit: "Licentie", sleutel: "25AA/90003/BOL" } }),
    ).toMatchObject({ actor: "beheer@duo.example", na: { einddatum: "2026-12-31" } });
  });

  it("undoing the withdrawal restores the funding; running a finished job again does nothing", async () => {
    const id = await wijzigLicentieEinddatum(t.db, {
      brin: "25AA",
      opleidingscode: "90003",
      leerweg: "BOL",
      einddatum: null,
      actor: "beheer@duo.example",
    });
    await runHerberekening(t.db, id);
    expect(await assessment("25AA", "H-2", "2027-02-01")).toMatchObject({ status: "J", codes: [] });
    expect(await runHerberekening(t.db, id)).toEqual({ verwerkt: 0, gewijzigd: 0 });
  });

  it("refuses an unknown licence, an einddatum before its begindatum, and a change that changes nothing", async () => {
    const base = { brin: "25AA", opleidingscode: "90003", leerweg: "BOL" as const, actor: "x" };
    await expect(
      wijzigLicentieEinddatum(t.db, { ...base, opleidingscode: "99999", einddatum: "2027-01-01" }),
    ).rejects.toThrow(ReferentieError);
    await expect(wijzigLicentieEinddatum(t.db, { ...base, einddatum: "1999-01-01" })).rejects.toThrow(
      /vóór de begindatum/,
    );
    await expect(wijzigLicentieEinddatum(t.db, { ...base, einddatum: null })).rejects.toThrow(/niets gewijzigd/);
    expect(await t.db.auditEvent.count({ where: { actor: "x" } })).toBe(0);
  });
});

describe("a new teldatum", () => {
  it("assesses every person of the sector on it; a stopped job resumes where it was", async () => {
    const id = await voegTeldatumToe(t.db, { sector: "MBO", datum: "2027-10-01", actor: "beheer@duo.example" });
    expect((await t.db.herberekening.findUniqueOrThrow({ where: { id } })).totaal).toBe(3);

    const stopped = new AbortController();
    stopped.abort();
    expect(await runHerberekening(t.db, id, stopped.signal)).toEqual({ verwerkt: 0, gewijzigd: 0 });
    expect((await t.db.herberekening.findUniqueOrThrow({ where: { id } })).status).toBe("BEZIG");

    const resumed = await runHerberekening(t.db, id, undefined, { batch: 1 });
    expect(resumed).toEqual({ verwerkt: 3, gewijzigd: 3 });
    const job = await t.db.herberekening.findUniqueOrThrow({ where: { id } });
    const last = await t.db.persoon.aggregate({ _max: { id: true } });
    expect(job).toMatchObject({ status: "KLAAR", verwerkt: 3, cursor: last._max.id });
    expect(await assessment("25BB", "H-3", "2027-10-01")).toMatchObject({ status: "J" });
    await expect(voegTeldatumToe(t.db, { sector: "MBO", datum: "2027-10-01", actor: "x" })).rejects.toThrow(
      /bestaat al/,
    );
  });
});
