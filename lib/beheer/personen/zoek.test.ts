// The back-office person search on a real database: input rules, the audit event written before
// the data is read, and the person's records at every institution.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { bsn, lever, mboInschrijving } from "@/lib/register/pipeline/test-helpers";
import { zoekInput, zoekPersoon } from "./zoek";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 120_000);
afterAll(async () => t?.close());

describe("zoekInput", () => {
  it("wants a valid PGN and a reason of at least 10 characters, in Dutch", () => {
    expect(zoekInput.safeParse({ pgn: "1234.56.782", reden: "Zaak 2026-001: vraag ouder" })).toMatchObject({
      success: true,
      data: { pgn: "123456782" },
    });
    const slecht = zoekInput.safeParse({ pgn: "123456789", reden: "kort" });
    expect(slecht.success).toBe(false);
    const meldingen = slecht.error?.issues.map((i) => [i.path[0], i.message]);
    expect(meldingen).toEqual([
      ["pgn", expect.stringContaining("geldig BSN of onderwijsnummer")],
      ["reden", "Geef een reden van minstens 10 tekens."],
    ]);
    expect(zoekInput.safeParse({ pgn: "123456782", reden: "          x" }).success).toBe(false);
  });
});

describe("zoekPersoon", () => {
  it("logs the inzage with its reason and shows the person at every institution", async () => {
    const pgn = bsn(701);
    await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "Z-1", bsn: pgn }));
    await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({ brin: "25BB", inschrijvingsvolgnummer: "Z-2", bsn: pgn }),
    );
    const voor = await t.db.auditEvent.count();

    const uitkomst = await zoekPersoon(t.db, {
      pgn,
      reden: "Zaak 42: vraag van de leerling",
      actor: "medewerker@duo.example",
    });
    expect(uitkomst.gevonden).toBe(true);
    if (!uitkomst.gevonden) return;
    expect(uitkomst.inzage.pgn).toBe(pgn);
    expect(uitkomst.inzage.instellingen.map((i) => i.brin)).toEqual(["25AA", "25BB"]);
    const aa = uitkomst.inzage.instellingen[0]!;
    expect(aa.inschrijvingen[0]).toMatchObject({
      volgnummer: "Z-1",
      perioden: [{ begindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BOL" }],
    });
    expect(aa.beoordelingen.length).toBeGreaterThan(0);

    const persoon = await t.db.persoon.findUniqueOrThrow({ where: { pgn } });
    const events = await t.db.auditEvent.findMany({ where: { id: { gt: 0 } }, orderBy: { id: "asc" }, skip: voor });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorType: "USER",
      actor: "medewerker@duo.example",
      entiteit: "Persoon",
      sleutel: String(persoon.id),
      actie: "INZAGE",
      reden: "Zaak 42: vraag van de leerling",
      na: { gevonden: true, instellingen: ["25AA", "25BB"] },
    });
    // The PGN itself is not in the audit row.
    expect(JSON.stringify(events[0])).not.toContain(pgn);
  });

  it("logs a search that finds nobody too", async () => {
    const uitkomst = await zoekPersoon(t.db, {
      pgn: bsn(799),
      reden: "Controle op verzoek van school",
      actor: "beheer@duo.example",
    });
    expect(uitkomst).toEqual({ gevonden: false });
    const laatste = await t.db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(laatste).toMatchObject({
      actie: "INZAGE",
      entiteit: "Persoon",
      sleutel: "onbekend",
      actor: "beheer@duo.example",
      na: { gevonden: false },
    });
  });
});
