// Table-driven tests of mbo inschrijving funding: M01–M09 with near misses, and the gewicht.
import { describe, expect, it } from "vitest";
import { assessPerson } from "./assess";
import { bpv, licentie, mbo, persoon, reference, teldatum } from "./test-fixtures";
import type { InschrijvingAssessment, MboInschrijving, Person, Reference } from "./types";

/** The assessments of the person's mbo inschrijvingen on one MBO teldatum. */
function opTeldatum(
  inschrijvingen: MboInschrijving[],
  datum: string,
  p: Partial<Person> = {},
  ref: Reference = reference(),
): InschrijvingAssessment[] {
  return assessPerson({
    person: persoon(p),
    mboInschrijvingen: inschrijvingen,
    poInschrijvingen: [],
    resultaten: [],
    reference: ref,
    teldata: [teldatum("MBO", datum)],
    frozen: [],
  }).filter((a): a is InschrijvingAssessment => a.kind === "INSCHRIJVING");
}

interface Case {
  naam: string;
  i: MboInschrijving;
  op?: string;
  p?: Partial<Person>;
  ref?: Reference;
  codes: string[];
}

const T = "2025-10-01";

// One line per case: the inschrijving, the teldatum (default 1 October 2025) and the codes expected.
const cases: Case[] = [
  { naam: "BOL, everything right: funded", i: mbo(), codes: [] },
  { naam: "BBL with BPV, 16+: funded", i: mbo({ lw: "BBL" }), codes: [] },
  // M01
  { naam: "M01 indicatie bekostigbaar N", i: mbo({ bekostigbaar: false }), codes: ["M01"] },
  {
    naam: "M01 only the periode on the teldatum counts",
    i: mbo({
      bekostigbaar: false,
      van: "2025-08-01",
      later: [{ begindatum: "2025-10-01", indicatieBekostigbaar: true }],
    }),
    codes: [],
  },
  {
    naam: "M01 periode changing the day after the teldatum",
    i: mbo({ bekostigbaar: false, later: [{ begindatum: "2025-10-02", indicatieBekostigbaar: true }] }),
    codes: ["M01"],
  },
  // M02 ingangsdatum / einddatum (teldata placed on the boundary)
  {
    naam: "M02 opleiding before its ingangsdatum",
    i: mbo({ opl: "90001", van: "2016-07-01" }),
    op: "2016-07-31",
    codes: ["M02"],
  },
  {
    naam: "M02 near miss: on its ingangsdatum",
    i: mbo({ opl: "90001", van: "2016-07-01" }),
    op: "2016-08-01",
    codes: [],
  },
  { naam: "M02 near miss: on its einddatum", i: mbo({ opl: "90008", van: "2024-07-01" }), op: "2027-07-31", codes: [] },
  {
    naam: "M02 the day after its einddatum",
    i: mbo({ opl: "90008", van: "2024-07-01" }),
    op: "2027-08-01",
    codes: ["M02"],
  },
  // M02 instroomeinddatum of 90008 is 2024-07-31
  {
    naam: "M02 near miss: instroom on the instroomeinddatum",
    i: mbo({ opl: "90008", van: "2024-07-31" }),
    op: "2024-10-01",
    codes: [],
  },
  {
    naam: "M02 instroom the day after the instroomeinddatum",
    i: mbo({ opl: "90008", van: "2024-08-01" }),
    op: "2024-10-01",
    codes: ["M02"],
  },
  {
    naam: "M02 switching to the opleiding after instroomeinddatum",
    i: mbo({ opl: "90002", van: "2023-08-01", later: [{ begindatum: "2024-08-01", opleidingscode: "90008" }] }),
    op: "2024-10-01",
    codes: ["M02"],
  },
  {
    naam: "M02 near miss: back to an opleiding first entered in time",
    i: mbo({
      opl: "90008",
      van: "2024-07-01",
      later: [
        { begindatum: "2024-09-01", opleidingscode: "90002" },
        { begindatum: "2025-01-01", opleidingscode: "90008" },
      ],
    }),
    op: "2025-02-01",
    codes: [],
  },
  {
    naam: "M02 near miss: a later leerweg change keeps the first instroom",
    i: mbo({
      opl: "90008",
      van: "2024-07-01",
      later: [{ begindatum: "2025-01-01", leerweg: "BBL" }],
      bpv: [bpv({ afsluitdatum: "2024-12-01", datumBegin: "2025-01-01" })],
    }),
    op: "2025-02-01",
    codes: [],
  },
  // M03
  {
    naam: "M03 near miss: licence on its einddatum",
    i: mbo({ brin: "25BB", opl: "90004", van: "2024-08-01" }),
    op: "2025-07-31",
    codes: [],
  },
  {
    naam: "M03 licence ended the day before",
    i: mbo({ brin: "25BB", opl: "90004", van: "2024-08-01" }),
    op: "2025-08-01",
    codes: ["M03"],
  },
  { naam: "M03 no licence at all", i: mbo({ brin: "25BB", opl: "90001" }), codes: ["M03"] },
  {
    naam: "M03 licence for another leerweg only",
    i: mbo({ brin: "25BB", opl: "90005", lw: "BOL" }),
    codes: ["M03", "M04"],
  },
  { naam: "M03 licence not bekostigd", i: mbo({ opl: "90005", lw: "BBL" }), codes: ["M03"] },
  {
    naam: "M03 near miss: same opleiding, bekostigd licence elsewhere",
    i: mbo({ brin: "25BB", opl: "90005", lw: "BBL" }),
    codes: [],
  },
  { naam: "M03 instelling not bekostigd (licence N too)", i: mbo({ brin: "25CC", opl: "90004" }), codes: ["M03"] },
  {
    naam: "M03 instelling not bekostigd, though its licence is",
    i: mbo({ brin: "25CC", opl: "90004" }),
    ref: reference({ licenties: [licentie("25CC", "90004", "BOL", true, "2019-08-01")] }),
    codes: ["M03"],
  },
  {
    naam: "M03 near miss: same licence at a bekostigde instelling",
    i: mbo({ brin: "25CC", opl: "90004" }),
    ref: reference({
      licenties: [licentie("25CC", "90004", "BOL", true, "2019-08-01")],
      instellingen: [{ brin: "25CC", sector: "MBO", bekostigd: true }],
    }),
    codes: [],
  },
  {
    naam: "M03 licence not yet begun",
    i: mbo({ opl: "90003" }),
    ref: { ...reference(), licenties: [licentie("25AA", "90003", "BOL", true, "2025-10-02")] },
    codes: ["M03"],
  },
  // M04
  {
    naam: "M04 BBL for a BOL-only opleiding (isolated)",
    i: mbo({ opl: "90004", lw: "BBL" }),
    ref: reference({ licenties: [licentie("25AA", "90004", "BBL", true, "2015-08-01")] }),
    codes: ["M04"],
  },
  { naam: "M04 with M03: no licence either", i: mbo({ opl: "90004", lw: "BBL" }), codes: ["M03", "M04"] },
  { naam: "M04 near miss: BOL for that opleiding", i: mbo({ opl: "90004", lw: "BOL" }), codes: [] },
  // M05
  { naam: "M05 EX", i: mbo({ lw: "EX" }), codes: ["M05"] },
  {
    naam: "M05 EX gets M05 only, whatever else applies",
    i: mbo({ lw: "EX", bekostigbaar: false, brin: "25CC", opl: "90008", van: "2024-08-01" }),
    p: { woonland: "FR" },
    codes: ["M05"],
  },
  // M06 (teldatum 1 October 2025: window 2025-10-01 .. 2025-12-31)
  { naam: "M06 BBL without any BPV", i: mbo({ lw: "BBL", bpv: [] }), codes: ["M06"] },
  { naam: "M06 near miss: BOL without BPV", i: mbo({ lw: "BOL", bpv: [] }), codes: [] },
  {
    naam: "M06 near miss: afsluitdatum and begin on 31 December",
    i: mbo({ lw: "BBL", bpv: [bpv({ afsluitdatum: "2025-12-31", datumBegin: "2025-12-31" })] }),
    codes: [],
  },
  {
    naam: "M06 afsluitdatum 1 January after",
    i: mbo({ lw: "BBL", bpv: [bpv({ afsluitdatum: "2026-01-01" })] }),
    codes: ["M06"],
  },
  {
    naam: "M06 BPV begins 1 January after",
    i: mbo({ lw: "BBL", bpv: [bpv({ afsluitdatum: "2025-12-01", datumBegin: "2026-01-01" })] }),
    codes: ["M06"],
  },
  {
    naam: "M06 near miss: BPV ends on the teldatum",
    i: mbo({ lw: "BBL", bpv: [bpv({ datumBegin: "2025-01-01", datumEindeGepland: "2025-10-01" })] }),
    codes: [],
  },
  {
    naam: "M06 BPV ended the day before the teldatum",
    i: mbo({ lw: "BBL", bpv: [bpv({ datumBegin: "2025-01-01", datumEindeGepland: "2025-09-30" })] }),
    codes: ["M06"],
  },
  {
    naam: "M06 datum_einde wins over datum_einde_gepland",
    i: mbo({ lw: "BBL", bpv: [bpv({ datumEinde: "2025-09-30" })] }),
    codes: ["M06"],
  },
  {
    naam: "M06 near miss: datum_einde after the teldatum",
    i: mbo({ lw: "BBL", bpv: [bpv({ datumEindeGepland: "2025-09-30", datumEinde: "2025-11-15" })] }),
    codes: [],
  },
  {
    naam: "M06 near miss: a BPV for another opleiding counts",
    i: mbo({ lw: "BBL", bpv: [bpv({ opleidingscode: "90002" })] }),
    codes: [],
  },
  {
    naam: "M06 near miss: one of several BPV suffices",
    i: mbo({ lw: "BBL", bpv: [bpv({ bpvVolgnummer: "1", afsluitdatum: "2026-03-01" }), bpv({ bpvVolgnummer: "2" })] }),
    codes: [],
  },
  {
    naam: "M06 1 February: window runs to 31 December of that year",
    i: mbo({ lw: "BBL", bpv: [bpv({ afsluitdatum: "2026-12-31", datumBegin: "2026-12-31" })] }),
    op: "2026-02-01",
    codes: [],
  },
  {
    naam: "M06 1 February: BPV only the year after",
    i: mbo({ lw: "BBL", bpv: [bpv({ afsluitdatum: "2026-12-31", datumBegin: "2027-01-01" })] }),
    op: "2026-02-01",
    codes: ["M06"],
  },
  // M07 (studiejaar 2025-2026 starts 1 August 2025)
  {
    naam: "M07 near miss: 16th birthday exactly on 1 August",
    i: mbo({ lw: "BBL" }),
    p: { geboortedatum: "2009-08-01" },
    codes: [],
  },
  { naam: "M07 16 the day after 1 August", i: mbo({ lw: "BBL" }), p: { geboortedatum: "2009-08-02" }, codes: ["M07"] },
  {
    naam: "M07 1 February: still not 16 on 1 August before",
    i: mbo({ lw: "BBL" }),
    p: { geboortedatum: "2009-08-02" },
    op: "2026-02-01",
    codes: ["M07"],
  },
  {
    naam: "M07 near miss: next studiejaar",
    i: mbo({ lw: "BBL", bpv: [bpv({ afsluitdatum: "2026-07-01", datumEindeGepland: "2027-07-31" })] }),
    p: { geboortedatum: "2009-08-02" },
    op: "2026-10-01",
    codes: [],
  },
  { naam: "M07 near miss: BOL at 15", i: mbo({ lw: "BOL" }), p: { geboortedatum: "2010-01-01" }, codes: [] },
  {
    naam: "M07 near miss: born 29 February, 16 on 29 February 2024",
    i: mbo({ lw: "BBL", van: "2024-08-01", bpv: [bpv({ afsluitdatum: "2024-07-01", datumBegin: "2024-08-01" })] }),
    p: { geboortedatum: "2008-02-29" },
    op: "2024-10-01",
    codes: [],
  },
  {
    naam: "M07 born 29 February 2008: 15 on 1 August 2023",
    i: mbo({ lw: "BBL", van: "2023-08-01", bpv: [bpv({ afsluitdatum: "2023-07-01", datumBegin: "2023-08-01" })] }),
    p: { geboortedatum: "2008-02-29" },
    op: "2023-10-01",
    codes: ["M07"],
  },
  // M08
  { naam: "M08 near miss: woonland BE", i: mbo(), p: { woonland: "BE" }, codes: [] },
  { naam: "M08 near miss: woonland DE", i: mbo(), p: { woonland: "DE" }, codes: [] },
  { naam: "M08 woonland FR", i: mbo(), p: { woonland: "FR" }, codes: ["M08"] },
  { naam: "M08 woonland LU", i: mbo(), p: { woonland: "LU" }, codes: ["M08"] },
  // Several codes at once, sorted
  {
    naam: "all that apply, sorted",
    i: mbo({ lw: "BBL", bekostigbaar: false, bpv: [] }),
    p: { woonland: "FR", geboortedatum: "2010-01-01" },
    codes: ["M01", "M06", "M07", "M08"],
  },
];

describe("mbo inschrijving codes M01–M08", () => {
  it.each(cases)("$naam", ({ i, op, p, ref, codes }) => {
    const [a, ...rest] = opTeldatum([i], op ?? T, p, ref);
    expect(rest).toEqual([]);
    expect(a?.codes).toEqual(codes);
    expect(a?.status).toBe(codes.length === 0 ? "J" : "N");
    if (codes.length > 0) expect(a?.gewicht).toBe(0);
  });
});

describe("active on the teldatum", () => {
  it.each([
    { naam: "uitgeschreven on the teldatum: still active", i: mbo({ tot: T }), n: 1 },
    { naam: "uitgeschreven the day before", i: mbo({ tot: "2025-09-30" }), n: 0 },
    { naam: "ingeschreven on the teldatum", i: mbo({ van: T }), n: 1 },
    { naam: "ingeschreven the day after", i: mbo({ van: "2025-10-02" }), n: 0 },
  ])("$naam", ({ i, n }) => {
    expect(opTeldatum([i], T)).toHaveLength(n);
  });
});

describe("gewicht", () => {
  it.each([
    { naam: "BOL niveau 3: 1.0 × 1.30", i: mbo({ opl: "90003", lw: "BOL" }), gewicht: 1.3 },
    { naam: "BBL niveau 3: 0.4 × 1.30", i: mbo({ opl: "90003", lw: "BBL" }), gewicht: 0.52 },
    { naam: "BBL niveau 1 (entree): 0.5 × 1.10", i: mbo({ opl: "90001", lw: "BBL" }), gewicht: 0.55 },
    { naam: "BOL niveau 1: 1.0 × 1.10", i: mbo({ opl: "90001", lw: "BOL" }), gewicht: 1.1 },
    { naam: "BBL niveau 2 at 25BB: 0.4 × 1.60", i: mbo({ brin: "25BB", opl: "90005", lw: "BBL" }), gewicht: 0.64 },
    { naam: "not funded: 0", i: mbo({ bekostigbaar: false }), gewicht: 0 },
    { naam: "EX: 0", i: mbo({ lw: "EX" }), gewicht: 0 },
  ])("$naam", ({ i, gewicht }) => {
    expect(opTeldatum([i], T)[0]?.gewicht).toBe(gewicht);
  });
});

describe("M09: only one counts", () => {
  interface M09Case {
    naam: string;
    ins: MboInschrijving[];
    /** Per inschrijving (same order): codes, and the brin parameter for M09. */
    verwacht: [string[], string?][];
  }
  const m09: M09Case[] = [
    { naam: "near miss: a single inschrijving", ins: [mbo()], verwacht: [[[]]] },
    {
      naam: "earliest datum_inschrijving counts, even at a higher brin",
      ins: [mbo({ brin: "25AA", van: "2025-09-01" }), mbo({ brin: "25BB", van: "2025-08-01" })],
      verwacht: [[["M09"], "25BB"], [[]]],
    },
    {
      naam: "same date: lowest brin counts",
      ins: [mbo({ brin: "25BB" }), mbo({ brin: "25AA" })],
      verwacht: [[["M09"], "25AA"], [[]]],
    },
    {
      naam: "same date and brin: lowest volgnummer by code point (B < a)",
      ins: [mbo({ nr: "a1" }), mbo({ nr: "B1" })],
      verwacht: [[["M09"], "25AA"], [[]]],
    },
    {
      naam: "volgnummers compare as text (10 < 9)",
      ins: [mbo({ nr: "9" }), mbo({ nr: "10" })],
      verwacht: [[["M09"], "25AA"], [[]]],
    },
    {
      naam: "three at once: both others get M09",
      ins: [
        mbo({ brin: "25BB", van: "2025-08-01" }),
        mbo({ brin: "25AA", van: "2025-08-15" }),
        mbo({ brin: "25AA", nr: "2", van: "2025-08-15" }),
      ],
      verwacht: [[[]], [["M09"], "25BB"], [["M09"], "25BB"]],
    },
    {
      naam: "near miss: the earlier one has M01, the other counts",
      ins: [mbo({ brin: "25AA", van: "2025-08-01", bekostigbaar: false }), mbo({ brin: "25BB", van: "2025-09-01" })],
      verwacht: [[["M01"]], [[]]],
    },
    {
      naam: "near miss: the earlier one is EX",
      ins: [mbo({ brin: "25AA", van: "2025-08-01", lw: "EX" }), mbo({ brin: "25BB", van: "2025-09-01" })],
      verwacht: [[["M05"]], [[]]],
    },
    {
      naam: "near miss: the earlier one ended before the teldatum",
      ins: [mbo({ brin: "25AA", van: "2025-08-01", tot: "2025-09-30" }), mbo({ brin: "25BB", van: "2025-09-01" })],
      verwacht: [[[]]],
    },
    {
      naam: "the earlier one ended on the teldatum: still competes",
      ins: [mbo({ brin: "25BB", van: "2025-08-01", tot: T }), mbo({ brin: "25AA", van: "2025-09-01" })],
      verwacht: [[[]], [["M09"], "25BB"]],
    },
  ];
  it.each(m09)("$naam", ({ ins, verwacht }) => {
    const result = opTeldatum(ins, T);
    const actief = ins.filter((i) => i.datumUitschrijving === null || i.datumUitschrijving >= T);
    expect(result).toHaveLength(verwacht.length);
    actief.forEach((i, n) => {
      const a = result.find((r) => r.brin === i.brin && r.volgnummer === i.inschrijvingsvolgnummer);
      const [codes, brin] = verwacht[n] ?? [[]];
      expect(a?.codes).toEqual(codes);
      expect(a?.parameters).toEqual(brin ? { brin } : {});
      expect(a?.status).toBe(codes.length === 0 ? "J" : "N");
    });
  });
});
