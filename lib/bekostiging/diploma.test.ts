// Table-driven tests of mbo diploma funding: D01–D04, the subtraction, specialist and same-date rules.
import { describe, expect, it } from "vitest";
import { assessPerson } from "./assess";
import { compareEerder, d03EnGewicht, gewichtDiplomaNiveau } from "./diploma";
import { TELDATA, persoon, reference, resultaat } from "./test-fixtures";
import type { Resultaat, ResultaatAssessment } from "./types";

function beoordeel(resultaten: Resultaat[]): ResultaatAssessment[] {
  return assessPerson({
    person: persoon(),
    mboInschrijvingen: [],
    poInschrijvingen: [],
    resultaten,
    reference: reference(),
    teldata: TELDATA,
    frozen: [],
  }).filter((a): a is ResultaatAssessment => a.kind === "RESULTAAT");
}

const r = (volgnummer: string, opleidingscode: string, datumBehaald: string, extra: Partial<Resultaat> = {}) =>
  resultaat({ resultaatvolgnummer: volgnummer, opleidingscode, datumBehaald, ...extra });

interface Case {
  naam: string;
  res: Resultaat[];
  /** Per resultaat (same order): [codes, gewicht]. */
  verwacht: [string[], number][];
}

// Niveaus: 90001 → 1, 90002/90005/90008 → 2, 90003 → 3, 90004/90006/90007 → 4, 90009 → 4 specialist.
const cases: Case[] = [
  { naam: "a single niveau 3 diploma: gewicht 3", res: [r("R1", "90003", "2025-06-30")], verwacht: [[[], 3]] },
  {
    naam: "niveau 2 → 1, niveau 4 → 5",
    res: [r("R1", "90002", "2024-06-30"), r("R2", "90004", "2025-06-30", { brin: "25BB" })],
    verwacht: [
      [[], 1],
      [[], 4],
    ],
  },
  // D01
  {
    naam: "D01 certificaat",
    res: [r("R1", "90003", "2025-06-30", { soort: "CERTIFICAAT" })],
    verwacht: [[["D01"], 0]],
  },
  {
    naam: "D01 indicatie bekostigbaar N",
    res: [r("R1", "90003", "2025-06-30", { indicatieBekostigbaar: false })],
    verwacht: [[["D01"], 0]],
  },
  // D02
  { naam: "D02 entree", res: [r("R1", "90001", "2025-06-30")], verwacht: [[["D02"], 0]] },
  { naam: "D02 near miss: niveau 2", res: [r("R1", "90002", "2025-06-30")], verwacht: [[[], 1]] },
  // D03 and the subtraction
  {
    naam: "D03 niveau 2 after funded niveau 3",
    res: [r("R1", "90003", "2024-06-30"), r("R2", "90002", "2025-06-30")],
    verwacht: [
      [[], 3],
      [["D03"], 0],
    ],
  },
  {
    naam: "D03 same niveau again",
    res: [r("R1", "90003", "2024-06-30"), r("R2", "90003", "2025-06-30")],
    verwacht: [
      [[], 3],
      [["D03"], 0],
    ],
  },
  {
    naam: "D03 across institutions",
    res: [r("R1", "90007", "2024-06-30", { brin: "25BB" }), r("R2", "90004", "2025-06-30")],
    verwacht: [
      [[], 5],
      [["D03"], 0],
    ],
  },
  {
    naam: "D03 near miss: higher after lower, subtracted",
    res: [r("R1", "90002", "2024-06-30"), r("R2", "90003", "2025-06-30")],
    verwacht: [
      [[], 1],
      [[], 2],
    ],
  },
  {
    naam: "D03 near miss: the earlier one was not funded",
    res: [r("R1", "90003", "2024-06-30", { soort: "CERTIFICAAT" }), r("R2", "90002", "2025-06-30")],
    verwacht: [
      [["D01"], 0],
      [[], 1],
    ],
  },
  {
    naam: "D03 near miss: an earlier entree diploma is not funded",
    res: [r("R1", "90001", "2024-06-30"), r("R2", "90002", "2025-06-30")],
    verwacht: [
      [["D02"], 0],
      [[], 1],
    ],
  },
  {
    naam: "subtraction uses the highest earlier funded one",
    res: [
      r("R1", "90002", "2023-06-30"),
      r("R2", "90003", "2024-06-30"),
      r("R3", "90002", "2025-01-31"),
      r("R4", "90004", "2025-06-30"),
    ],
    verwacht: [
      [[], 1],
      [[], 2],
      [["D03"], 0],
      [[], 2],
    ],
  },
  {
    naam: "subtraction across institutions and years",
    res: [r("R1", "90002", "2023-06-30"), r("X9", "90007", "2026-06-30", { brin: "25BB" })],
    verwacht: [
      [[], 1],
      [[], 4],
    ],
  },
  {
    naam: "delivered out of order: dates decide",
    res: [r("R2", "90002", "2025-06-30"), r("R1", "90003", "2024-06-30")],
    verwacht: [
      [["D03"], 0],
      [[], 3],
    ],
  },
  // Same date: lower niveau first, then lower resultaatvolgnummer (code point)
  {
    naam: "same date: niveau 2 is earlier than niveau 3",
    res: [r("R1", "90003", "2025-06-30"), r("R2", "90002", "2025-06-30")],
    verwacht: [
      [[], 2],
      [[], 1],
    ],
  },
  {
    naam: "same date and niveau: R10 before R2 (code point)",
    res: [r("R2", "90003", "2025-06-30"), r("R10", "90003", "2025-06-30", { brin: "25BB" })],
    verwacht: [
      [["D03"], 0],
      [[], 3],
    ],
  },
  {
    naam: "same date and niveau: B before a (code point)",
    res: [r("a", "90003", "2025-06-30"), r("B", "90003", "2025-06-30")],
    verwacht: [
      [["D03"], 0],
      [[], 3],
    ],
  },
  // Specialist (90009, niveau 4)
  {
    naam: "specialist: gewicht 2 after a funded niveau 4",
    res: [r("R1", "90004", "2024-06-30"), r("R2", "90009", "2025-06-30")],
    verwacht: [
      [[], 5],
      [[], 2],
    ],
  },
  { naam: "specialist: gewicht 2 on its own", res: [r("R1", "90009", "2025-06-30")], verwacht: [[[], 2]] },
  {
    naam: "specialist: D03 after an earlier funded specialist diploma",
    res: [r("R1", "90009", "2024-06-30"), r("R2", "90009", "2025-06-30")],
    verwacht: [
      [[], 2],
      [["D03"], 0],
    ],
  },
  {
    naam: "specialist never counts in the subtraction for others",
    res: [r("R1", "90009", "2024-06-30"), r("R2", "90004", "2025-06-30")],
    verwacht: [
      [[], 2],
      [[], 5],
    ],
  },
  {
    naam: "specialist near miss: earlier specialist not funded",
    res: [r("R1", "90009", "2024-06-30", { indicatieBekostigbaar: false }), r("R2", "90009", "2025-06-30")],
    verwacht: [
      [["D01"], 0],
      [[], 2],
    ],
  },
  // D04 (licence 25BB 90004 BOL ends 2025-07-31)
  {
    naam: "D04 near miss: behaald on the licence einddatum",
    res: [r("R1", "90004", "2025-07-31", { brin: "25BB" })],
    verwacht: [[[], 5]],
  },
  {
    naam: "D04 behaald the day after the licence ended",
    res: [r("R1", "90004", "2025-08-01", { brin: "25BB" })],
    verwacht: [[["D04"], 0]],
  },
  { naam: "D04 licence not bekostigd", res: [r("R1", "90005", "2025-06-30")], verwacht: [[["D04"], 0]] },
  {
    naam: "D04 near miss: a BBL-only licence counts (any leerweg)",
    res: [r("R1", "90005", "2025-06-30", { brin: "25BB" })],
    verwacht: [[[], 1]],
  },
  { naam: "D04 no licence at all", res: [r("R1", "90006", "2025-06-30", { brin: "25BB" })], verwacht: [[["D04"], 0]] },
  {
    naam: "D04 institution's licences not bekostigd",
    res: [r("R1", "90004", "2025-06-30", { brin: "25CC" })],
    verwacht: [[["D04"], 0]],
  },
  { naam: "D04 licence not yet begun", res: [r("R1", "90009", "2018-07-31")], verwacht: [[["D04"], 0]] },
  // All that apply
  {
    naam: "several codes, sorted",
    res: [r("R1", "90002", "2024-06-30"), r("R2", "90001", "2025-06-30", { soort: "CERTIFICAAT", brin: "25CC" })],
    verwacht: [
      [[], 1],
      [["D01", "D02", "D03", "D04"], 0],
    ],
  },
];

describe("mbo diploma codes D01–D04 and gewicht", () => {
  it.each(cases)("$naam", ({ res, verwacht }) => {
    const result = beoordeel(res);
    expect(result).toHaveLength(res.length);
    res.forEach((x, n) => {
      const a = result.find((y) => y.brin === x.brin && y.volgnummer === x.resultaatvolgnummer);
      const [codes, gewicht] = verwacht[n] ?? [[], 0];
      expect({ volgnummer: a?.volgnummer, codes: a?.codes, gewicht: a?.gewicht }).toEqual({
        volgnummer: x.resultaatvolgnummer,
        codes,
        gewicht,
      });
      expect(a?.status).toBe(codes.length === 0 ? "J" : "N");
      expect(a?.kalenderjaar).toBe(Number(x.datumBehaald.slice(0, 4)));
    });
  });
});

describe("helpers", () => {
  it.each([
    [1, 0],
    [2, 1],
    [3, 3],
    [4, 5],
  ])("gewicht of niveau %i is %i", (niveau, gewicht) => expect(gewichtDiplomaNiveau(niveau)).toBe(gewicht));

  it.each([
    { naam: "no earlier", opl: { niveau: 3, specialist: false }, eerder: [], uit: { d03: false, gewicht: 3 } },
    {
      naam: "equal is not higher",
      opl: { niveau: 3, specialist: false },
      eerder: [{ niveau: 3, specialist: false }],
      uit: { d03: true, gewicht: 0 },
    },
    {
      naam: "highest earlier is subtracted",
      opl: { niveau: 4, specialist: false },
      eerder: [
        { niveau: 2, specialist: false },
        { niveau: 3, specialist: false },
      ],
      uit: { d03: false, gewicht: 2 },
    },
    {
      naam: "specialist ignored for others",
      opl: { niveau: 2, specialist: false },
      eerder: [{ niveau: 4, specialist: true }],
      uit: { d03: false, gewicht: 1 },
    },
    {
      naam: "specialist after specialist",
      opl: { niveau: 4, specialist: true },
      eerder: [{ niveau: 4, specialist: true }],
      uit: { d03: true, gewicht: 0 },
    },
  ])("d03EnGewicht: $naam", ({ opl, eerder, uit }) => expect(d03EnGewicht(opl, eerder)).toEqual(uit));

  it.each([
    {
      a: { brin: "25AA", resultaatvolgnummer: "R1", datumBehaald: "2025-06-29", niveau: 4 },
      b: { brin: "25AA", resultaatvolgnummer: "R0", datumBehaald: "2025-06-30", niveau: 2 },
      eerder: true,
    },
    {
      a: { brin: "25BB", resultaatvolgnummer: "R9", datumBehaald: "2025-06-30", niveau: 2 },
      b: { brin: "25AA", resultaatvolgnummer: "R1", datumBehaald: "2025-06-30", niveau: 3 },
      eerder: true,
    },
    {
      a: { brin: "25BB", resultaatvolgnummer: "R1", datumBehaald: "2025-06-30", niveau: 3 },
      b: { brin: "25AA", resultaatvolgnummer: "R2", datumBehaald: "2025-06-30", niveau: 3 },
      eerder: true,
    },
    {
      a: { brin: "25BB", resultaatvolgnummer: "R1", datumBehaald: "2025-06-30", niveau: 3 },
      b: { brin: "25AA", resultaatvolgnummer: "R1", datumBehaald: "2025-06-30", niveau: 3 },
      eerder: false,
    },
  ])("compareEerder %#", ({ a, b, eerder }) => expect(compareEerder(a, b) < 0).toBe(eerder));
});
