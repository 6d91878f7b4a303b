// The melding pipeline against a real database (PostgreSQL when DATABASE_URL is set, else PGlite):
// R-codes, idempotency, signalen, funding recompute across institutions and kennisgevingen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { valideerMelding, type Soort } from "@/lib/register/validate";
import { verwerkMelding } from "./process";
import { bsn, lever, mboInschrijving, poInschrijving, school, TODAY, verwijder } from "./test-helpers";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 120_000);
afterAll(async () => t?.close());

const codes = (r: { afkeuringen: { code: string }[] }) => r.afkeuringen.map((a) => a.code);

describe("mbo inschrijving", () => {
  it("is stored with its funding per teldatum, and an identical melding changes nothing", async () => {
    const first = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({ inschrijvingsvolgnummer: "A-1", bsn: bsn(1) }),
    );
    expect(first).toMatchObject({ status: "VERWERKT", aangemaakt: true, gewijzigd: true, afkeuringen: [] });
    expect(first.bekostiging.map((a) => (a.kind === "INSCHRIJVING" ? a.teldatum : "")).sort()).toEqual([
      "2026-10-01",
      "2027-02-01",
    ]);
    expect(first.bekostiging.every((a) => a.status === "J" && a.gewicht === 1.3)).toBe(true);
    const audits = await t.db.auditEvent.count({ where: { sleutel: "A-1" } });

    const again = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({ inschrijvingsvolgnummer: "A-1", bsn: bsn(1) }),
    );
    expect(again).toMatchObject({ status: "VERWERKT", aangemaakt: false, gewijzigd: false });
    expect(again.bekostiging).toHaveLength(2);
    expect(await t.db.auditEvent.count({ where: { sleutel: "A-1" } })).toBe(audits);
  });

  it("R02: an opleiding unknown in RIO", async () => {
    const r = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({
        inschrijvingsvolgnummer: "A-2",
        bsn: bsn(2),
        perioden: [
          { periodeBegindatum: "2026-08-01", opleidingscode: "12345", leerweg: "BOL", indicatieBekostigbaar: "J" },
        ],
      }),
    );
    expect(r.status).toBe("AFGEKEURD");
    expect(r.afkeuringen).toEqual([expect.objectContaining({ code: "R02", kolom: "opleidingscode" })]);
    expect(await t.db.inschrijving.count({ where: { inschrijvingsvolgnummer: "A-2" } })).toBe(0);
    expect(await t.db.melding.count({ where: { sleutel: "A-2", status: "AFGEKEURD" } })).toBe(1);
  });

  it("R04: geboortedatum and geslacht contradicting the registered person (both reported)", async () => {
    await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-3", bsn: bsn(3) }));
    const r = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({ inschrijvingsvolgnummer: "A-4", bsn: bsn(3), geboortedatum: "2004-01-01", geslacht: "M" }),
    );
    expect(r.afkeuringen.map((a) => [a.code, a.kolom])).toEqual([
      ["R04", "geboortedatum"],
      ["R04", "geslacht"],
    ]);
  });

  it("R05: a volgnummer reused for another person; free again after verwijderen", async () => {
    await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-5", bsn: bsn(5) }));
    const r = await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-5", bsn: bsn(6) }));
    expect(codes(r)).toEqual(["R05"]);
    expect((await verwijder(t.db, "mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "A-5" })).status).toBe(
      "VERWERKT",
    );
    expect(
      (await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-5", bsn: bsn(6) })))
        .status,
    ).toBe("VERWERKT");
  });

  it("R06 and R07: removing what does not exist, or what a resultaat refers to", async () => {
    expect(
      codes(await verwijder(t.db, "mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "NIETS" })),
    ).toEqual(["R06"]);
    await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "A-7", bsn: bsn(7) }));
    const diploma = await lever(t.db, "mbo-resultaten", {
      brin: "25AA",
      resultaatvolgnummer: "D-7",
      inschrijvingsvolgnummer: "A-7",
      bsn: bsn(7),
      opleidingscode: "90003",
      soort: "DIPLOMA",
      datumBehaald: "2026-09-01",
      indicatieBekostigbaar: "J",
    });
    expect(diploma.status).toBe("VERWERKT");
    expect(diploma.bekostiging).toEqual([
      expect.objectContaining({ kind: "RESULTAAT", kalenderjaar: 2026, status: "J", gewicht: 3 }),
    ]);
    expect(
      codes(await verwijder(t.db, "mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "A-7" })),
    ).toEqual(["R07"]);
  });

  it("R01: a school the sender may not deliver for, or of the wrong sector", async () => {
    const denied = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({ inschrijvingsvolgnummer: "A-8", bsn: bsn(8) }),
      { ...school(), mayDeliver: () => false },
    );
    expect(codes(denied)).toEqual(["R01"]);
    const wrongSector = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({ brin: "01AB", inschrijvingsvolgnummer: "A-8", bsn: bsn(8) }),
    );
    expect(codes(wrongSector)).toEqual(["R01"]);
  });

  it("BBL without BPV: S04 and M06; a BPV turns it into funded and clears S04", async () => {
    const bbl = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({
        inschrijvingsvolgnummer: "A-9",
        bsn: bsn(9),
        perioden: [
          { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BBL", indicatieBekostigbaar: "J" },
        ],
      }),
    );
    expect(bbl.signalen.map((s) => s.code)).toEqual(["S04"]);
    expect(bbl.bekostiging.find((a) => a.kind === "INSCHRIJVING" && a.teldatum === "2026-10-01")?.codes).toEqual([
      "M06",
    ]);
    const bpv = await lever(t.db, "mbo-bpv", {
      brin: "25AA",
      inschrijvingsvolgnummer: "A-9",
      bpvVolgnummer: "1",
      leerbedrijfId: "123456789",
      opleidingscode: "90003",
      afsluitdatum: "2026-08-15",
      datumBegin: "2026-09-01",
      datumEindeGepland: "2027-06-30",
      omvangUren: 800,
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
    const early = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({ brin: "25AA", inschrijvingsvolgnummer: "X-1", bsn: pgn }),
    );
    expect(early.bekostiging.every((a) => a.status === "J")).toBe(true);
    const late = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({
        brin: "25BB",
        inschrijvingsvolgnummer: "X-2",
        bsn: pgn,
        datumInschrijving: "2026-09-01",
        perioden: [
          { periodeBegindatum: "2026-09-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "J" },
        ],
      }),
    );
    expect(late.bekostiging.map((a) => a.codes)).toEqual([["M09"], ["M09"]]);
    expect(late.bekostiging[0]?.parameters).toEqual({ brin: "25AA" });
    expect(late.signalen.map((s) => s.code)).toEqual(["S01"]);
    expect(await t.db.bericht.count({ where: { brin: "25AA", soort: "KENNISGEVING_INSCHRIJVING" } })).toBeGreaterThan(
      0,
    );

    await verwijder(t.db, "mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "X-1" });
    const now = await t.db.bekostigingsbeoordeling.findMany({ where: { brin: "25BB", volgnummer: "X-2" } });
    expect(now.map((a) => a.status)).toEqual(["J", "J"]);
    const berichten = await t.db.bericht.findMany({ where: { brin: "25BB", soort: "BEKOSTIGING_GEWIJZIGD" } });
    expect(berichten.length).toBe(2);
    expect(berichten[0]?.gegevens).toMatchObject({
      volgnummer: "X-2",
      oudeStatus: "N",
      nieuweStatus: "J",
      oudeCodes: ["M09"],
    });
    expect(await t.db.signaal.count({ where: { brin: "25BB", sleutel: "X-2", code: "S01" } })).toBe(0);
  });

  it("po: a move between two schools with a gap gives S02 and both kennisgevingen", async () => {
    const pgn = "123456782";
    await lever(t.db, "po-inschrijvingen", poInschrijving({ brin: "01AB", inschrijvingsvolgnummer: "P-1", bsn: pgn }));
    const moved = await lever(
      t.db,
      "po-inschrijvingen",
      poInschrijving({
        brin: "02CD",
        inschrijvingsvolgnummer: "P-2",
        bsn: pgn,
        datumInschrijving: "2025-09-01",
        perioden: [{ periodeBegindatum: "2025-09-01", vestigingscode: "02CD00", groep: 4 }],
      }),
    );
    expect(moved.signalen.map((s) => s.code)).toEqual(["S01"]); // still open at 01AB: overlap
    const inschrijvingBericht = await t.db.bericht.findFirst({
      where: { brin: "01AB", soort: "KENNISGEVING_INSCHRIJVING" },
    });
    expect(inschrijvingBericht?.gegevens).toMatchObject({
      brin: "02CD",
      naam: "CBS Het Anker",
      datumInschrijving: "2025-09-01",
      inschrijvingsvolgnummer: "P-1",
    });

    // 01AB ends it a week early: a gap, so S02 on the later one; 02CD hears of the uitschrijving.
    await lever(
      t.db,
      "po-inschrijvingen",
      poInschrijving({ brin: "01AB", inschrijvingsvolgnummer: "P-1", bsn: pgn, datumUitschrijving: "2025-08-24" }),
    );
    const s02 = await t.db.signaal.findFirst({ where: { brin: "02CD", sleutel: "P-2", code: "S02" } });
    expect(s02?.parameters).toMatchObject({ brin: "01AB" });
    const uit = await t.db.bericht.findFirst({ where: { brin: "02CD", soort: "KENNISGEVING_UITSCHRIJVING" } });
    expect(uit?.gegevens).toMatchObject({
      brin: "01AB",
      datumUitschrijving: "2025-08-24",
      inschrijvingsvolgnummer: "P-2",
    });

    // Connecting dates make S02 go away.
    await lever(
      t.db,
      "po-inschrijvingen",
      poInschrijving({ brin: "01AB", inschrijvingsvolgnummer: "P-1", bsn: pgn, datumUitschrijving: "2025-08-31" }),
    );
    expect(await t.db.signaal.count({ where: { brin: "02CD", sleutel: "P-2", code: "S02" } })).toBe(0);
  });
});

describe("verzuim", () => {
  it("R03 when the pupil is not enrolled on datum_begin; stored when enrolled", async () => {
    const pgn = bsn(40);
    await lever(t.db, "po-inschrijvingen", poInschrijving({ inschrijvingsvolgnummer: "P-40", bsn: pgn }));
    const before = await lever(t.db, "po-verzuim", {
      brin: "01AB",
      verzuimvolgnummer: "V-1",
      bsn: pgn,
      soort: "LUXE",
      datumBegin: "2024-06-01",
    });
    expect(codes(before)).toEqual(["R03"]);
    const ok = await lever(t.db, "po-verzuim", {
      brin: "01AB",
      verzuimvolgnummer: "V-1",
      bsn: pgn,
      soort: "16U_4W",
      datumBegin: "2025-01-06",
      datumEinde: "2025-01-31",
    });
    expect(ok).toMatchObject({ status: "VERWERKT", aangemaakt: true, bekostiging: [] });
  });
});

describe("every code of a melding (rules.md)", () => {
  /** A melding the field checks rejected, with the fields that did pass, as the upload and API hand it over. */
  const afgekeurd = (soort: Soort, invoer: Record<string, unknown>) => {
    const r = valideerMelding(soort, invoer, { vandaag: TODAY });
    if (r.ok) throw new Error("fixture should fail the field checks");
    const sleutel =
      soort === "mbo-resultaten" ? String(invoer.resultaatvolgnummer) : String(invoer.inschrijvingsvolgnummer);
    return verwerkMelding(t.db, school(), {
      ok: false,
      soort,
      brin: String(invoer.brin),
      sleutel,
      verwijdering: false,
      afkeuringen: r.bevindingen.map((b) => ({ code: b.code, kolom: String(b.pad[0]), melding: b.melding })),
      deel: r.deel,
    });
  };

  it("R01 next to a bad date: both", async () => {
    const r = await verwerkMelding(
      t.db,
      { ...school(), mayDeliver: (brin) => brin !== "25BB" },
      {
        ok: false,
        soort: "mbo-inschrijvingen",
        brin: "25BB",
        sleutel: "E-1",
        verwijdering: false,
        afkeuringen: [{ code: "F02", kolom: "geboortedatum", melding: "geen datum" }],
        deel: { brin: "25BB", inschrijvingsvolgnummer: "E-1", bsn: bsn(61) },
      },
    );
    expect(codes(r)).toEqual(["F02", "R01"]);
  });

  it("R02 and R04 still run where their fields are valid, next to an F-code", async () => {
    await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "E-2", bsn: bsn(62) }));
    const r = await afgekeurd(
      "mbo-inschrijvingen",
      mboInschrijving({
        inschrijvingsvolgnummer: "E-3",
        bsn: bsn(62),
        geslacht: "M",
        postcode: "nope",
        perioden: [
          { periodeBegindatum: "2026-08-01", opleidingscode: "12345", leerweg: "BOL", indicatieBekostigbaar: "J" },
        ],
      }),
    );
    expect(r.status).toBe("AFGEKEURD");
    expect(r.afkeuringen.map((a) => [a.code, a.kolom])).toEqual([
      ["F02", "postcode"],
      ["R02", "opleidingscode"],
      ["R04", "geslacht"],
    ]);
    expect(await t.db.inschrijving.count({ where: { inschrijvingsvolgnummer: "E-3" } })).toBe(0);
  });

  it("R06, not R03, for removing a BPV whose inschrijving does not exist", async () => {
    expect(
      codes(await verwijder(t.db, "mbo-bpv", { brin: "25AA", inschrijvingsvolgnummer: "GEEN", bpvVolgnummer: "1" })),
    ).toEqual(["R06"]);
  });
});

describe("BEKOSTIGING_GEWIJZIGD (domain.md)", () => {
  it("is sent for a change of status, codes or gewicht, not when only the parameters change", async () => {
    const pgn = bsn(70);
    const po = (brin: string, volgnummer: string, datum: string) =>
      poInschrijving({
        brin,
        inschrijvingsvolgnummer: volgnummer,
        bsn: pgn,
        datumInschrijving: datum,
        perioden: [{ periodeBegindatum: datum, vestigingscode: `${brin}00`, groep: 3 }],
      });
    // 02CD counts (earliest); 03EF's gets P03 naming 02CD.
    await lever(t.db, "po-inschrijvingen", po("02CD", "K-1", "2024-09-01"));
    await lever(t.db, "po-inschrijvingen", po("03EF", "K-2", "2024-10-01"));
    const p03 = await t.db.bekostigingsbeoordeling.findFirstOrThrow({
      where: { brin: "03EF", volgnummer: "K-2", peildatum: new Date("2025-02-01T00:00:00Z") },
    });
    expect([p03.codes, p03.parameters]).toEqual([["P03"], { brin: "02CD" }]);
    const before = {
      "02CD": await t.db.bericht.count({ where: { brin: "02CD", soort: "BEKOSTIGING_GEWIJZIGD" } }),
      "03EF": await t.db.bericht.count({ where: { brin: "03EF", soort: "BEKOSTIGING_GEWIJZIGD" } }),
    };

    // An earlier inschrijving at 01AB now counts: 02CD's goes from J to P03 (news), 03EF's P03 only
    // names another brin (not news).
    await lever(t.db, "po-inschrijvingen", po("01AB", "K-0", "2024-08-15"));
    const after = await t.db.bekostigingsbeoordeling.findFirstOrThrow({
      where: { brin: "03EF", volgnummer: "K-2", peildatum: new Date("2025-02-01T00:00:00Z") },
    });
    expect([after.codes, after.parameters]).toEqual([["P03"], { brin: "01AB" }]);
    expect(await t.db.bericht.count({ where: { brin: "02CD", soort: "BEKOSTIGING_GEWIJZIGD" } })).toBeGreaterThan(
      before["02CD"],
    );
    expect(await t.db.bericht.count({ where: { brin: "03EF", soort: "BEKOSTIGING_GEWIJZIGD" } })).toBe(before["03EF"]);
  });
});
