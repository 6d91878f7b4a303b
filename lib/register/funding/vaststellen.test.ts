// Vaststellen on a real database: assessments freeze as definitief, later meldingen get S03 and
// leave them alone, every institution of the sector is told its totals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { bsn, lever, mboInschrijving, verwijder } from "@/lib/register/pipeline/test-helpers";
import { vaststellen, VaststellingError } from "./vaststellen";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 120_000);
afterAll(async () => t?.close());

describe("vaststellen", () => {
  it("freezes a teldatum; later meldingen are registered with S03 and do not change it", async () => {
    const pgn = bsn(301);
    const first = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({ inschrijvingsvolgnummer: "F-1", bsn: pgn }),
    );
    expect(first.bekostiging.map((a) => a.definitief)).toEqual([false, false]);

    const result = await vaststellen(t.db, { sector: "MBO", datum: "2026-10-01", actor: "beheer@duo.example" });
    expect(result.instellingen).toBe(3);
    await expect(vaststellen(t.db, { sector: "MBO", datum: "2026-10-01", actor: "x" })).rejects.toThrow(
      VaststellingError,
    );

    const teldatum = await t.db.teldatum.findFirstOrThrow({
      where: { sector: "MBO", datum: new Date("2026-10-01T00:00:00Z") },
    });
    expect(teldatum).toMatchObject({ status: "VASTGESTELD", vastgesteldDoor: "beheer@duo.example" });
    const bericht = await t.db.bericht.findFirstOrThrow({ where: { brin: "25AA", soort: "TELDATUM_VASTGESTELD" } });
    expect(bericht.gegevens).toMatchObject({ teldatum: "2026-10-01", bekostigd: 1, nietBekostigd: 0, gewicht: "1.30" });

    // The institution now says: no funding asked. 1 October stays as fixed; 1 February follows.
    const later = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({
        inschrijvingsvolgnummer: "F-1",
        bsn: pgn,
        perioden: [
          { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "N" },
        ],
      }),
    );
    expect(later.signalen.map((s) => s.code)).toContain("S03");
    const october = later.bekostiging.find((a) => a.kind === "INSCHRIJVING" && a.teldatum === "2026-10-01");
    const february = later.bekostiging.find((a) => a.kind === "INSCHRIJVING" && a.teldatum === "2027-02-01");
    expect(october).toMatchObject({ status: "J", definitief: true });
    expect(february).toMatchObject({ status: "N", codes: ["M01"], definitief: false });

    // Removing the record keeps the definitive assessment.
    const removed = await verwijder(t.db, "mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "F-1" });
    expect(removed.signalen.map((s) => s.code)).toEqual(["S03"]);
    const left = await t.db.bekostigingsbeoordeling.findMany({ where: { brin: "25AA", volgnummer: "F-1" } });
    expect(left.map((a) => [a.status, a.definitief])).toEqual([["J", true]]);

    // A new record gets no assessment for the fixed teldatum.
    const fresh = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({ inschrijvingsvolgnummer: "F-2", bsn: bsn(302) }),
    );
    expect(fresh.bekostiging.map((a) => (a.kind === "INSCHRIJVING" ? a.teldatum : ""))).toEqual(["2027-02-01"]);
  });
});
