// The melding pipeline against a real database (PostgreSQL when DATABASE_URL is set, else PGlite):
// R-codes, idempotency, signalen, funding recompute across institutions and kennisgevingen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { bsn, lever, mboInschrijving, poInschrijving, school, verwijder } from "./test-helpers";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 120_000);
afterAll(async () => t?.close());

const codes = (r: { afkeuringen: { code: string }[] }) => r.afkeuringen.map((a) => a.code);

describe("mbo inschrijving", () => {
  it("is stored with its funding per teldatum, and an identical melding changes nothing", async () => {
    const first = await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-1", bsn: bsn(1) }));
    expect(first).toMatchObject({ status: "VERWERKT", aangemaakt: true, gewijzigd: true, afkeuringen: [] });
    expect(first.bekostiging.map((a) => (a.kind === "INSCHRIJVING" ? a.teldatum : "")).sort()).toEqual(["2026-10-01", "2027-02-01"]);
    expect(first.bekostiging.every((a) => a.status === "J" && a.gewicht === 1.3)).toBe(true);
    const audits = await t.db.auditEvent.count({ where: { sleutel: "A-1" } });

    const again = await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-1", bsn: bsn(1) }));
    expect(again).toMatchObject({ status: "VERWERKT", aangemaakt: false, gewijzigd: false });
    expect(again.bekostiging).toHaveLength(2);
    expect(await t.db.auditEvent.count({ where: { sleutel: "A-1" } })).toBe(audits);
  });

  it("R02: an opleiding unknown in RIO", async () => {
    const r = await lever(t.db, "mbo-inschrijvingen", mboInschrijving({
      inschrijvingsvolgnummer: "A-2",
      bsn: bsn(2),
      perioden: [{ periodeBegindatum: "2026-08-01", opleidingscode: "12345", leerweg: "BOL", indicatieBekostigbaar: "J" }],
    }));
    expect(r.status).toBe("AFGEKEURD");
    expect(r.afkeuringen).toEqual([expect.objectContaining({ code: "R02", kolom: "opleidingscode" })]);
    expect(await t.db.inschrijving.count({ where: { inschrijvingsvolgnummer: "A-2" } })).toBe(0);
    expect(await t.db.melding.count({ where: { sleutel: "A-2", status: "AFGEKEURD" } })).toBe(1);
  });

  it("R04: geboortedatum and geslacht contradicting the registered person (both reported)", async () => {
    await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-3", bsn: bsn(3) }));
    const r = await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-4", bsn: bsn(3), geboortedatum: "2004-01-01", geslacht: "M" }));
    expect(r.afkeuringen.map((a) => [a.code, a.kolom])).toEqual([["R04", "geboortedatum"], ["R04", "geslacht"]]);
  });

  it("R05: a volgnummer reused for another person; free again after verwijderen", async () => {
    await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-5", bsn: bsn(5) }));
    const r = await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-5", bsn: bsn(6) }));
    expect(codes(r)).toEqual(["R05"]);
    expect((await verwijder(t.db, "mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "A-5" })).status).toBe("VERWERKT");
    expect((await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-5", bsn: bsn(6) }))).status).toBe("VERWERKT");
  });

  it("R06 and R07: removing what does not exist, or what a resultaat refers to", async () => {
    expect(codes(await verwijder(t.db, "mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "NIETS" }))).toEqual(["R06"]);
    await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-7", bsn: bsn(7) }));
    const diploma = await lever(t.db, "mbo-resultaten", {
      brin: "25AA", resultaatvolgnummer: "D-7", inschrijvingsvolgnummer: "A-7", bsn: bsn(7), opleidingscode: "90003",
      soort: "DIPLOMA", datumBehaald: "2026-09-01", indicatieBekostigbaar: "J",
    });
    expect(diploma.status).toBe("VERWERKT");
    expect(diploma.bekostiging).toEqual([expect.objectContaining({ kind: "RESULTAAT", kalenderjaar: 2026, status: "J", gewicht: 3 })]);
    expect(codes(await verwijder(t.db, "mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "A-7" }))).toEqual(["R07"]);
  });

  it("R01: a school the sender may not deliver for, or of the wrong sector", async () => {
    const denied = await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-8", bsn: bsn(8) }), { ...school(), mayDeliver: () => false });
    expect(codes(denied)).toEqual(["R01"]);
    const wrongSector = await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ brin: "01AB", inschrijvingsvolgnummer: "A-8", bsn: bsn(8) }));
    expect(codes(wrongSector)).toEqual(["R01"]);
  });

  it("BBL without BPV: S04 and M06; a BPV turns it into funded and clears S04", async () => {
    const bbl = await lever(t.db, "mbo-inschrijvingen", mboInschrijving({
      inschrijvingsvolgnummer: "A-9", bsn: bsn(9),
      perioden: [{ periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BBL", indicatieBekostigbaar: "J" }],
    }));
    expect(bbl.signalen.map((s) => s.code)).toEqual(["S04"]);
    expect(bbl.bekostiging.find((a) => a.kind === "INSCHRIJVING" && a.teldatum === "2026-10-01")?.codes).toEqual(["M06"]);
    const bpv = await lever(t.db, "mbo-bpv", {
      brin: "25AA", inschrijvingsvolgnummer: "A-9", bpvVolgnummer: "1", leerbedrijfId: "123456789", opleidingscode: "90003",
      afsluitdatum: "2026-08-15", datumBegin: "2026-09-01", datumEindeGepland: "2027-06-30", omvangUren: 800,
    });
    expect(bpv.status).toBe("VERWERKT");
    const october = bpv.bekostiging.find((a) => a.kind === "INSCHRIJVING" && a.teldatum === "2026-10-01");
    expect(october).toMatchObject({ status: "J", codes: [] });
    expect(october?.gewicht).toBeCloseTo(0.52, 4);
    expect(await t.db.signaal.count({ where: { brin: "25AA", sleutel: "A-9", code: "S04" } })).toBe(0);
  });
});

describe("across institutions", () => {
  it("M09 goes to the later inschrijving; removing the earlier one moves funding and tells the other school", async () => {
    const pgn = bsn(20);
    const early = await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ brin: "25AA", inschrijvingsvolgnummer: "X-1", bsn: pgn }));
    expect(early.bekostiging.every((a) => a.status === "J")).toBe(true);
    const late = await lever(t.db, "mbo-inschrijvingen", mboInschrijving({
      brin: "25BB", inschrijvingsvolgnummer: "X-2", bsn: pgn, datumInschrijving: "2026-09-01",
      perioden: [{ periodeBegindatum: "2026-09-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "J" }],
    }));
    expect(late.bekostiging.map((a) => a.codes)).toEqual([["M09"], ["M09"]]);
    expect(late.bekostiging[0]?.parameters).toEqual({ brin: "25AA" });
    expect(late.signalen.map((s) => s.code)).toEqual(["S01"]);
    expect(await t.db.bericht.count({ where: { brin: "25AA", soort: "KENNISGEVING_INSCHRIJVING" } })).toBeGreaterThan(0);

    await verwijder(t.db, "mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "X-1" });
    const now = await t.db.bekostigingsbeoordeling.findMany({ where: { brin: "25BB", volgnummer: "X-2" } });
    expect(now.map((a) => a.status)).toEqual(["J", "J"]);
    const berichten = await t.db.bericht.findMany({ where: { brin: "25BB", soort: "BEKOSTIGING_GEWIJZIGD" } });
    expect(berichten.length).toBe(2);
    expect(berichten[0]?.gegevens).toMatchObject({ volgnummer: "X-2", oudeStatus: "N", nieuweStatus: "J", oudeCodes: ["M09"] });
    expect(await t.db.signaal.count({ where: { brin: "25BB", sleutel: "X-2", code: "S01" } })).toBe(0);
  });

  it("po: a move between two schools with a gap gives S02 and both kennisgevingen", async () => {
    const pgn = "123456782";
    await lever(t.db, "po-inschrijvingen", poInschrijving({ brin: "01AB", inschrijvingsvolgnummer: "P-1", bsn: pgn }));
    const moved = await lever(t.db, "po-inschrijvingen", poInschrijving({
      brin: "02CD", inschrijvingsvolgnummer: "P-2", bsn: pgn, datumInschrijving: "2025-09-01",
      perioden: [{ periodeBegindatum: "2025-09-01", vestigingscode: "02CD00", groep: 4 }],
    }));
    expect(moved.signalen.map((s) => s.code)).toEqual(["S01"]); // still open at 01AB: overlap
    const inschrijvingBericht = await t.db.bericht.findFirst({ where: { brin: "01AB", soort: "KENNISGEVING_INSCHRIJVING" } });
    expect(inschrijvingBericht?.gegevens).toMatchObject({ brin: "02CD", naam: "CBS Het Anker", datumInschrijving: "2025-09-01", inschrijvingsvolgnummer: "P-1" });

    // 01AB ends it a week early: a gap, so S02 on the later one; 02CD hears of the uitschrijving.
    await lever(t.db, "po-inschrijvingen", poInschrijving({ brin: "01AB", inschrijvingsvolgnummer: "P-1", bsn: pgn, datumUitschrijving: "2025-08-24" }));
    const s02 = await t.db.signaal.findFirst({ where: { brin: "02CD", sleutel: "P-2", code: "S02" } });
    expect(s02?.parameters).toMatchObject({ brin: "01AB" });
    const uit = await t.db.bericht.findFirst({ where: { brin: "02CD", soort: "KENNISGEVING_UITSCHRIJVING" } });
    expect(uit?.gegevens).toMatchObject({ brin: "01AB", datumUitschrijving: "2025-08-24", inschrijvingsvolgnummer: "P-2" });

    // Connecting dates make S02 go away.
    await lever(t.db, "po-inschrijvingen", poInschrijving({ brin: "01AB", inschrijvingsvolgnummer: "P-1", bsn: pgn, datumUitschrijving: "2025-08-31" }));
    expect(await t.db.signaal.count({ where: { brin: "02CD", sleutel: "P-2", code: "S02" } })).toBe(0);
  });
});

describe("verzuim", () => {
  it("R03 when the pupil is not enrolled on datum_begin; stored when enrolled", async () => {
    const pgn = bsn(40);
    await lever(t.db, "po-inschrijvingen", poInschrijving({ inschrijvingsvolgnummer: "P-40", bsn: pgn }));
    const before = await lever(t.db, "po-verzuim", { brin: "01AB", verzuimvolgnummer: "V-1", bsn: pgn, soort: "LUXE", datumBegin: "2024-06-01" });
    expect(codes(before)).toEqual(["R03"]);
    const ok = await lever(t.db, "po-verzuim", { brin: "01AB", verzuimvolgnummer: "V-1", bsn: pgn, soort: "16U_4W", datumBegin: "2025-01-06", datumEinde: "2025-01-31" });
    expect(ok).toMatchObject({ status: "VERWERKT", aangemaakt: true, bekostiging: [] });
  });
});
