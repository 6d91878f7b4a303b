// One fixture per afkeuringscode F01–F10: the exact code and column, and a passing near miss beside it.
import { describe, expect, it } from "vitest";
import { rij, VANDAAG } from "./fixtures";
import { valideerRijen, type Soort } from "./index";

type Geval = [naam: string, soort: Soort, patch: Record<string, string>, verwacht: [code: string, kolom: string][]];

const afgekeurd: Geval[] = [
  ["F01 geboortedatum empty", "mbo-inschrijvingen", { geboortedatum: "" }, [["F01", "geboortedatum"]]],
  ["F01 leerweg empty", "mbo-inschrijvingen", { leerweg: "" }, [["F01", "leerweg"]]],
  ["F01 brin (key) empty", "mbo-bpv", { brin: "" }, [["F01", "brin"]]],
  ["F01 omvang_uren empty", "mbo-bpv", { omvang_uren: "" }, [["F01", "omvang_uren"]]],
  ["F01 datum_behaald empty", "mbo-resultaten", { datum_behaald: "" }, [["F01", "datum_behaald"]]],
  ["F01 groep empty", "po-inschrijvingen", { groep: "" }, [["F01", "groep"]]],
  ["F01 soort empty", "po-verzuim", { soort: "" }, [["F01", "soort"]]],
  ["F02 2026-02-29 does not exist", "mbo-inschrijvingen", { geboortedatum: "2026-02-29" }, [["F02", "geboortedatum"]]],
  ["F02 0000-00-00", "mbo-inschrijvingen", { geboortedatum: "0000-00-00" }, [["F02", "geboortedatum"]]],
  ["F02 2026-02-30", "mbo-bpv", { afsluitdatum: "2026-02-30" }, [["F02", "afsluitdatum"]]],
  ["F02 30-02-2026 (DD-MM-YYYY)", "po-verzuim", { datum_begin: "30-02-2026" }, [["F02", "datum_begin"]]],
  ["F02 date as text", "mbo-resultaten", { datum_behaald: "gisteren" }, [["F02", "datum_behaald"]]],
  ["F02 brin lower case", "mbo-inschrijvingen", { brin: "25aa" }, [["F02", "brin"]]],
  [
    "F02 volgnummer 21 chars",
    "mbo-inschrijvingen",
    { inschrijvingsvolgnummer: "a".repeat(21) },
    [["F02", "inschrijvingsvolgnummer"]],
  ],
  ["F02 volgnummer with a space", "mbo-bpv", { bpv_volgnummer: "B 1" }, [["F02", "bpv_volgnummer"]]],
  ["F02 volgnummer with a slash", "po-verzuim", { verzuimvolgnummer: "V/1" }, [["F02", "verzuimvolgnummer"]]],
  ["F02 achternaam 201 chars", "mbo-inschrijvingen", { achternaam: "a".repeat(201) }, [["F02", "achternaam"]]],
  ["F02 voornamen 201 emoji", "po-inschrijvingen", { voornamen: "😀".repeat(201) }, [["F02", "voornamen"]]],
  ["F02 toelichting 2001 chars", "po-verzuim", { toelichting: "x".repeat(2001) }, [["F02", "toelichting"]]],
  ["F02 omvang_uren 0", "mbo-bpv", { omvang_uren: "0" }, [["F02", "omvang_uren"]]],
  ["F02 omvang_uren 10001", "mbo-bpv", { omvang_uren: "10001" }, [["F02", "omvang_uren"]]],
  ["F02 omvang_uren 12.5", "mbo-bpv", { omvang_uren: "12.5" }, [["F02", "omvang_uren"]]],
  ["F02 leerbedrijf_id 099999999", "mbo-bpv", { leerbedrijf_id: "099999999" }, [["F02", "leerbedrijf_id"]]],
  ["F02 leerbedrijf_id 10 digits", "mbo-bpv", { leerbedrijf_id: "1000000000" }, [["F02", "leerbedrijf_id"]]],
  ["F02 postcode incomplete", "mbo-inschrijvingen", { postcode: "3521 A" }, [["F02", "postcode"]]],
  ["F02 woonland not ISO alpha-2", "po-inschrijvingen", { woonland: "NLD" }, [["F02", "woonland"]]],
  ["F02 woonland two capitals that name no country", "mbo-inschrijvingen", { woonland: "XX" }, [["F02", "woonland"]]],
  ["F02 woonland a reserved code, not a country", "mbo-inschrijvingen", { woonland: "EU" }, [["F02", "woonland"]]],
  ["F02 opleidingscode 4 digits", "mbo-resultaten", { opleidingscode: "9000" }, [["F02", "opleidingscode"]]],
  ["F02 vestigingscode", "po-inschrijvingen", { vestigingscode: "12AB0" }, [["F02", "vestigingscode"]]],
  ["F02 bsn 8 digits", "mbo-inschrijvingen", { bsn: "11122233" }, [["F02", "bsn"]]],
  ["F03 bsn fails elfproef", "mbo-inschrijvingen", { bsn: "111222334" }, [["F03", "bsn"]]],
  ["F03 bsn 000000000", "po-verzuim", { bsn: "000000000" }, [["F03", "bsn"]]],
  [
    "F04 onderwijsnummer check",
    "mbo-resultaten",
    { bsn: "", onderwijsnummer: "100000005" },
    [["F04", "onderwijsnummer"]],
  ],
  ["F05 neither bsn nor onderwijsnummer", "po-inschrijvingen", { bsn: "" }, [["F05", "bsn"]]],
  ["F05 both", "mbo-inschrijvingen", { onderwijsnummer: "100000004" }, [["F05", "onderwijsnummer"]]],
  ["F06 leerweg", "mbo-inschrijvingen", { leerweg: "BOLL" }, [["F06", "leerweg"]]],
  ["F06 geslacht", "mbo-inschrijvingen", { geslacht: "X" }, [["F06", "geslacht"]]],
  ["F06 J/N", "mbo-resultaten", { indicatie_bekostigbaar: "ja" }, [["F06", "indicatie_bekostigbaar"]]],
  ["F06 soort resultaat", "mbo-resultaten", { soort: "BSA" }, [["F06", "soort"]]],
  ["F06 soort verzuim", "po-verzuim", { soort: "ZIEK" }, [["F06", "soort"]]],
  [
    "F06 reden_uitschrijving 11",
    "mbo-inschrijvingen",
    { datum_uitschrijving: "2027-01-31", reden_uitschrijving: "11" },
    [["F06", "reden_uitschrijving"]],
  ],
  ["F06 groep 9", "po-inschrijvingen", { groep: "9" }, [["F06", "groep"]]],
  ["F06 groep 0", "po-inschrijvingen", { groep: "0" }, [["F06", "groep"]]],
  ["F06 groep text", "po-inschrijvingen", { groep: "drie" }, [["F06", "groep"]]],
  ["F06 actie", "mbo-bpv", { actie: "wissen" }, [["F06", "actie"]]],
  [
    "F07 gepland before inschrijving",
    "mbo-inschrijvingen",
    { datum_uitschrijving_gepland: "2026-07-31" },
    [["F07", "datum_uitschrijving_gepland"]],
  ],
  // Both rules of rules.md apply: uitschrijving before inschrijving, and so the periode starts after it.
  [
    "F07 uitschrijving before inschrijving",
    "po-inschrijvingen",
    { datum_uitschrijving: "2024-08-18" },
    [
      ["F07", "datum_uitschrijving"],
      ["F07", "periode_begindatum"],
    ],
  ],
  [
    "F07 periode after uitschrijving",
    "po-inschrijvingen",
    { datum_inschrijving: "2024-08-01", datum_uitschrijving: "2024-08-10", periode_begindatum: "2024-08-19" },
    [["F07", "periode_begindatum"]],
  ],
  [
    "F07 geboortedatum in the future",
    "mbo-inschrijvingen",
    { geboortedatum: "2026-09-02" },
    [["F07", "geboortedatum"]],
  ],
  ["F07 datum_behaald in the future", "mbo-resultaten", { datum_behaald: "2026-09-02" }, [["F07", "datum_behaald"]]],
  [
    "F07 bpv einde gepland before begin",
    "mbo-bpv",
    { datum_einde_gepland: "2026-08-31" },
    [["F07", "datum_einde_gepland"]],
  ],
  ["F07 bpv einde before begin", "mbo-bpv", { datum_einde: "2026-08-31" }, [["F07", "datum_einde"]]],
  ["F07 verzuim einde before begin", "po-verzuim", { datum_einde: "2026-02-28" }, [["F07", "datum_einde"]]],
  [
    "F07 first periode after inschrijving",
    "mbo-inschrijvingen",
    { periode_begindatum: "2026-08-02" },
    [["F07", "periode_begindatum"]],
  ],
  [
    "F07 periode before inschrijving",
    "po-inschrijvingen",
    { periode_begindatum: "2024-08-18" },
    [["F07", "periode_begindatum"]],
  ],
  ["F08 reden without datum", "mbo-inschrijvingen", { reden_uitschrijving: "03" }, [["F08", "reden_uitschrijving"]]],
  [
    "F08 datum without reden",
    "mbo-inschrijvingen",
    { datum_uitschrijving: "2027-01-31" },
    [["F08", "reden_uitschrijving"]],
  ],
  ["F10 16U_4W without datum_einde", "po-verzuim", { soort: "16U_4W" }, [["F10", "datum_einde"]]],
  ["F10 LRV without datum_einde", "po-verzuim", { soort: "LRV" }, [["F10", "datum_einde"]]],
  ["F10 RMC without datum_einde", "po-verzuim", { soort: "RMC" }, [["F10", "datum_einde"]]],
];

const geaccepteerd: [naam: string, soort: Soort, patch: Record<string, string>][] = [
  ["F01 near miss: optional names empty", "mbo-inschrijvingen", { achternaam: "", voornamen: "", postcode: "" }],
  ["F02 near miss: 2024-02-29 exists", "mbo-inschrijvingen", { geboortedatum: "2024-02-29" }],
  ["F02 near miss: DD-MM-YYYY", "po-verzuim", { datum_begin: "28-02-2026" }],
  ["F02 near miss: D-M-YYYY as Dutch Excel writes it", "po-verzuim", { datum_begin: "1-3-2026" }],
  [
    "F02 near miss: volgnummer 20 chars of the alphabet",
    "mbo-inschrijvingen",
    { inschrijvingsvolgnummer: "Ab-_0123456789xyzXYZ" },
  ],
  ["F02 near miss: achternaam 200 chars", "mbo-inschrijvingen", { achternaam: "a".repeat(200) }],
  ["F02 near miss: 200 emoji are 200 characters", "po-inschrijvingen", { voornamen: "😀".repeat(200) }],
  ["F02 near miss: toelichting 2000 chars", "po-verzuim", { toelichting: "x".repeat(2000) }],
  ["F02 near miss: omvang_uren 1", "mbo-bpv", { omvang_uren: "1" }],
  ["F02 near miss: omvang_uren 10000", "mbo-bpv", { omvang_uren: "10000" }],
  ["F02 near miss: leerbedrijf_id 100000000", "mbo-bpv", { leerbedrijf_id: "100000000" }],
  ["F02 near miss: leerbedrijf_id 999999999", "mbo-bpv", { leerbedrijf_id: "999999999" }],
  ["F02 near miss: postcode with a space", "mbo-inschrijvingen", { postcode: "3521 AB" }],
  ["F03 near miss: another valid bsn", "mbo-inschrijvingen", { bsn: "123456782" }],
  ["F04 near miss: valid onderwijsnummer", "mbo-resultaten", { bsn: "", onderwijsnummer: "100000004" }],
  ["F05 near miss: only onderwijsnummer", "po-verzuim", { bsn: "", onderwijsnummer: "101000000" }],
  ["F06 near miss: j lower case", "mbo-resultaten", { indicatie_bekostigbaar: "j" }],
  ["F06 near miss: groep 8", "po-inschrijvingen", { groep: "8" }],
  ["F06 near miss: leerweg EX", "mbo-inschrijvingen", { leerweg: "EX" }],
  ["F06 near miss: reden 10", "mbo-inschrijvingen", { datum_uitschrijving: "2027-01-31", reden_uitschrijving: "10" }],
  [
    "F06 near miss: reden 3 (leading zero lost in Excel)",
    "mbo-inschrijvingen",
    { datum_uitschrijving: "2027-01-31", reden_uitschrijving: "3" },
  ],
  ["F07 near miss: gepland = inschrijving", "mbo-inschrijvingen", { datum_uitschrijving_gepland: "2026-08-01" }],
  ["F07 near miss: geboortedatum today", "mbo-inschrijvingen", { geboortedatum: VANDAAG }],
  ["F07 near miss: behaald today", "mbo-resultaten", { datum_behaald: VANDAAG }],
  ["F07 near miss: bpv einde = begin", "mbo-bpv", { datum_einde: "2026-09-01" }],
  ["F07 near miss: verzuim einde = begin", "po-verzuim", { datum_einde: "2026-03-01" }],
  [
    "F08 near miss: datum and reden",
    "mbo-inschrijvingen",
    { datum_uitschrijving: "2027-01-31", reden_uitschrijving: "01" },
  ],
  ["F10 near miss: LRV with datum_einde", "po-verzuim", { soort: "LRV", datum_einde: "2026-04-01" }],
  ["F10 near miss: LUXE without datum_einde", "po-verzuim", { soort: "LUXE" }],
  [
    "actie near miss: Verwijderen (any case), other columns not read",
    "mbo-bpv",
    { actie: "Verwijderen", omvang_uren: "nonsens" },
  ],
];

describe("afkeuringen per code: exact code and column", () => {
  it.each(afgekeurd)("%s", (_, soort, patch, verwacht) => {
    const r = valideerRijen(soort, [rij(soort, patch)], { vandaag: VANDAAG });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.afkeuringen.map((a) => [a.code, a.kolom])).toEqual(verwacht);
    for (const a of r.afkeuringen) {
      expect(a.rij).toBe(2);
      expect(a.melding.length).toBeGreaterThan(10);
    }
  });
});

describe("near misses are accepted", () => {
  it.each(geaccepteerd)("%s", (_, soort, patch) => {
    const r = valideerRijen(soort, [rij(soort, patch)], { vandaag: VANDAAG });
    expect(r.ok ? [] : r.afkeuringen).toEqual([]);
  });
});

describe("F09: rows of one inschrijving", () => {
  const twee = (tweede: Record<string, string>) => [
    rij("mbo-inschrijvingen", {}, 2),
    rij("mbo-inschrijvingen", { periode_begindatum: "2027-02-01", leerweg: "BBL", ...tweede }, 5),
  ];

  it("disagree on an inschrijving-level field: F09 on that column and the deviating row", () => {
    const r = valideerRijen("mbo-inschrijvingen", twee({ achternaam: "Janssen" }), { vandaag: VANDAAG });
    expect(r.ok ? [] : r.afkeuringen.map((a) => [a.code, a.kolom, a.rij])).toEqual([["F09", "achternaam", 5]]);
  });

  it("two rows with the same periode_begindatum", () => {
    const r = valideerRijen("mbo-inschrijvingen", twee({ periode_begindatum: "2026-08-01" }), { vandaag: VANDAAG });
    expect(r.ok ? [] : r.afkeuringen.map((a) => [a.code, a.kolom, a.rij])).toEqual([["F09", "periode_begindatum", 5]]);
  });

  it("near miss: the same date written two ways, and a different periode, is one inschrijving", () => {
    const r = valideerRijen("mbo-inschrijvingen", twee({ datum_inschrijving: "01-08-2026" }), { vandaag: VANDAAG });
    expect(r.ok ? [] : r.afkeuringen).toEqual([]);
  });

  it("F09 message never shows the values (they may be a BSN)", () => {
    const r = valideerRijen("mbo-inschrijvingen", twee({ bsn: "123456782" }), { vandaag: VANDAAG });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.afkeuringen.map((a) => [a.code, a.kolom])).toEqual([["F09", "bsn"]]);
      expect(r.afkeuringen[0]!.melding).not.toMatch(/\d{9}/);
    }
  });
});
