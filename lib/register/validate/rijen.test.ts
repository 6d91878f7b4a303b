// Rows → melding: grouping, normalisation, perioden, verwijdering, all codes at once; and the API side of the engine.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rij, VANDAAG } from "./fixtures";
import {
  GEGEVENS_SCHEMAS,
  groepeerPerInschrijving,
  jsonPointer,
  meldingSchema,
  SOORTEN,
  valideerApiBody,
  valideerRijen,
} from "./index";

const opties = { vandaag: VANDAAG };

describe("groepeerPerInschrijving", () => {
  it("groups non-adjacent rows by brin + inschrijvingsvolgnummer in first-seen order", () => {
    const r = (nr: number, brin: string, ivn: string) => ({ rij: nr, values: { brin, inschrijvingsvolgnummer: ivn } });
    const groepen = groepeerPerInschrijving([
      r(2, "25AA", "1"),
      r(3, "25AA", "2"),
      r(4, "25BB", "1"),
      r(5, "25AA", "1"),
      r(6, "25AA", "2"),
    ]);
    expect(groepen.map((g) => g.map((x) => x.rij))).toEqual([[2, 5], [3, 6], [4]]);
  });
});

describe("valideerRijen: a valid inschrijving", () => {
  it("normalises: perioden sorted by begindatum, DD-MM-YYYY → ISO, j → J, postcode without space, woonland NL", () => {
    const rows = [
      rij(
        "mbo-inschrijvingen",
        { periode_begindatum: "1-2-2027", leerweg: "BBL", indicatie_bekostigbaar: "n", postcode: "3521 AB" },
        3,
      ),
      rij("mbo-inschrijvingen", { indicatie_bekostigbaar: "j", postcode: "3521AB" }, 7),
    ];
    const r = valideerRijen("mbo-inschrijvingen", rows, opties);
    expect(r).toEqual({
      ok: true,
      melding: {
        soort: "mbo-inschrijvingen",
        actie: "leveren",
        sleutel: { brin: "25AA", inschrijvingsvolgnummer: "2026-0001" },
        gegevens: {
          bsn: "111222333",
          geboortedatum: "2009-03-14",
          geslacht: "V",
          achternaam: "Jansen",
          voornamen: "Eva",
          postcode: "3521AB",
          woonland: "NL",
          datumInschrijving: "2026-08-01",
          datumUitschrijvingGepland: "2029-07-31",
          perioden: [
            { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "J" },
            { periodeBegindatum: "2027-02-01", opleidingscode: "90003", leerweg: "BBL", indicatieBekostigbaar: "N" },
          ],
        },
      },
    });
  });

  it("po: groep becomes a number", () => {
    const r = valideerRijen("po-inschrijvingen", [rij("po-inschrijvingen", { groep: "3" })], opties);
    expect(r.ok && r.melding.actie === "leveren" && r.melding.gegevens.perioden[0]!.groep).toBe(3);
  });

  it("bpv: omvang_uren becomes a number", () => {
    const r = valideerRijen("mbo-bpv", [rij("mbo-bpv")], opties);
    expect(r.ok && r.melding.actie === "leveren" && r.melding.gegevens.omvangUren).toBe(800);
  });
});

describe("valideerRijen: afkeuringen", () => {
  it("collects every code of a melding, not only the first, each with column and row (inschrijving-level: every row)", () => {
    const rows = [
      rij(
        "mbo-inschrijvingen",
        { bsn: "111222334", geboortedatum: "2026-02-30", leerweg: "XX", reden_uitschrijving: "03" },
        2,
      ),
      rij("mbo-inschrijvingen", { periode_begindatum: "2026-07-01", opleidingscode: "9000" }, 4),
    ];
    const r = valideerRijen("mbo-inschrijvingen", rows, opties);
    // A field of the inschrijving is in both rows: no row of its own, so the report lists it on each.
    expect(r.ok ? [] : r.afkeuringen.map((a) => [a.code, a.kolom, a.rij])).toEqual([
      ["F03", "bsn", undefined],
      ["F02", "geboortedatum", undefined],
      ["F08", "reden_uitschrijving", undefined],
      ["F06", "leerweg", 2],
      ["F09", "bsn", 4],
      ["F09", "geboortedatum", 4],
      ["F09", "reden_uitschrijving", 4],
      ["F02", "opleidingscode", 4],
      ["F07", "periode_begindatum", 4],
    ]);
  });

  it("a periode before datum_inschrijving is reported on its own row", () => {
    const rows = [
      rij("po-inschrijvingen", {}, 2),
      rij("po-inschrijvingen", { periode_begindatum: "2024-01-01", groep: "2" }, 9),
    ];
    const r = valideerRijen("po-inschrijvingen", rows, opties);
    expect(r.ok ? [] : r.afkeuringen.map((a) => [a.code, a.kolom, a.rij])).toEqual([["F07", "periode_begindatum", 9]]);
  });

  it("rejects several rows for a soort that has one row per melding", () => {
    expect(() => valideerRijen("mbo-bpv", [rij("mbo-bpv"), rij("mbo-bpv")], opties)).toThrow(TypeError);
  });
});

describe("verwijderen", () => {
  it("reads only the key columns", () => {
    const rows = [
      rij("mbo-inschrijvingen", { actie: "verwijderen", bsn: "", geboortedatum: "onzin" }, 2),
      rij("mbo-inschrijvingen", { actie: "verwijderen", bsn: "", geboortedatum: "onzin" }, 3),
    ];
    expect(valideerRijen("mbo-inschrijvingen", rows, opties)).toEqual({
      ok: true,
      melding: {
        soort: "mbo-inschrijvingen",
        actie: "verwijderen",
        sleutel: { brin: "25AA", inschrijvingsvolgnummer: "2026-0001" },
      },
    });
  });

  it("still checks the key", () => {
    const r = valideerRijen("po-verzuim", [rij("po-verzuim", { actie: "verwijderen", verzuimvolgnummer: "" })], opties);
    expect(r.ok ? [] : r.afkeuringen.map((a) => [a.code, a.kolom])).toEqual([["F01", "verzuimvolgnummer"]]);
  });

  it("rows of one inschrijving that disagree on actie: F09", () => {
    const rows = [
      rij("mbo-inschrijvingen", {}, 2),
      rij("mbo-inschrijvingen", { actie: "verwijderen", periode_begindatum: "2027-02-01" }, 3),
    ];
    const r = valideerRijen("mbo-inschrijvingen", rows, opties);
    expect(r.ok ? [] : r.afkeuringen.map((a) => [a.code, a.kolom, a.rij])).toEqual([["F09", "actie", 3]]);
  });
});

describe("API bodies with the same schemas", () => {
  const body = {
    bsn: "111222333",
    geboortedatum: "2009-03-14",
    geslacht: "V",
    achternaam: null,
    datumInschrijving: "2026-08-01",
    datumUitschrijvingGepland: "2029-07-31",
    perioden: [
      { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "J" },
      { periodeBegindatum: "2027-02-01", opleidingscode: "90003", leerweg: "BXL", indicatieBekostigbaar: "J" },
    ],
  };
  const sleutel = { brin: "25AA", inschrijvingsvolgnummer: "2026-0001" };

  it("findings carry the JSON pointer; null means no value", () => {
    const r = valideerApiBody("mbo-inschrijvingen", sleutel, body, opties);
    expect(r.ok ? [] : r.bevindingen.map((b) => [b.code, jsonPointer(b.pad)])).toEqual([
      ["F06", "/perioden/1/leerweg"],
    ]);
  });

  it("a body that names another key than the path: F09", () => {
    const goed = { ...body, perioden: body.perioden.slice(0, 1) };
    expect(valideerApiBody("mbo-inschrijvingen", sleutel, goed, opties).ok).toBe(true);
    const r = valideerApiBody("mbo-inschrijvingen", sleutel, { ...goed, inschrijvingsvolgnummer: "2026-0002" }, opties);
    expect(r.ok ? [] : r.bevindingen.map((b) => [b.code, jsonPointer(b.pad)])).toEqual([
      ["F09", "/inschrijvingsvolgnummer"],
    ]);
  });

  it("wrong JSON types are F02, not a crash", () => {
    const r = valideerApiBody(
      "po-inschrijvingen",
      { brin: "12AB", inschrijvingsvolgnummer: "P1" },
      { bsn: 111222333, perioden: "x" },
      opties,
    );
    expect(r.ok ? [] : r.bevindingen.map((b) => [b.code, jsonPointer(b.pad)])).toEqual([
      ["F02", "/bsn"],
      ["F01", "/geboortedatum"],
      ["F01", "/geslacht"],
      ["F01", "/datumInschrijving"],
      ["F02", "/perioden"],
    ]);
    expect(valideerApiBody("po-verzuim", {}, [1, 2], opties).ok).toBe(false);
  });

  it("meldingSchema: a zod schema whose success means every F-rule passed", () => {
    const s = meldingSchema("po-verzuim", VANDAAG);
    const r = s.safeParse({
      brin: "12AB",
      verzuimvolgnummer: "V1",
      bsn: "111222333",
      soort: "LRV",
      datumBegin: "2026-03-01",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["datumEinde"], params: { code: "F10" } });
  });

  it.each(SOORTEN)("the %s body schema converts to JSON Schema (for the OpenAPI document)", (soort) => {
    expect(() => z.toJSONSchema(GEGEVENS_SCHEMAS[soort], { io: "input" })).not.toThrow();
  });
});
