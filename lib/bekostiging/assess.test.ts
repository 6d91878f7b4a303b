// Tests of assessPerson: which teldata are assessed and how frozen D assessments stand.
import { describe, expect, it } from "vitest";
import { assessPerson, type AssessPersonInput } from "./assess";
import { TELDATA, mbo, persoon, po, reference, resultaat, teldatum } from "./test-fixtures";
import type { Assessment, InschrijvingAssessment, ResultaatAssessment, Teldatum } from "./types";

function input(i: Partial<AssessPersonInput>): AssessPersonInput {
  return {
    person: persoon(),
    mboInschrijvingen: [],
    poInschrijvingen: [],
    resultaten: [],
    reference: reference(),
    teldata: TELDATA,
    frozen: [],
    ...i,
  };
}

/** TELDATA with some teldata VASTGESTELD. */
function metVastgesteld(...vast: [Teldatum["sector"], string][]): Teldatum[] {
  return TELDATA.map((t) =>
    vast.some(([s, d]) => s === t.sector && d === t.datum) ? { ...t, status: "VASTGESTELD" as const } : t,
  );
}

const frozenInschrijving = (
  brin: string,
  volgnummer: string,
  datum: string,
  a: Partial<InschrijvingAssessment> = {},
): InschrijvingAssessment => ({
  kind: "INSCHRIJVING",
  brin,
  volgnummer,
  teldatum: datum,
  status: "J",
  codes: [],
  gewicht: 1.3,
  parameters: {},
  definitief: true,
  ...a,
});
const frozenResultaat = (
  brin: string,
  volgnummer: string,
  kalenderjaar: number,
  a: Partial<ResultaatAssessment> = {},
): ResultaatAssessment => ({
  kind: "RESULTAAT",
  brin,
  volgnummer,
  kalenderjaar,
  status: "J",
  codes: [],
  gewicht: 3,
  parameters: {},
  definitief: true,
  ...a,
});
const sleutel = (a: Assessment) =>
  `${a.kind === "INSCHRIJVING" ? a.teldatum : a.kalenderjaar} ${a.brin}/${a.volgnummer} ${a.status}${a.codes.join(",")} ${a.gewicht}${a.definitief ? " D" : ""}`;

describe("which teldata get an assessment", () => {
  it.each([
    {
      naam: "mbo: every MBO teldatum on which it is active, past or future",
      i: input({ mboInschrijvingen: [mbo({ van: "2024-08-01" })] }),
      sleutels: [
        "2024-10-01 25AA/1 J 1.3",
        "2025-02-01 25AA/1 J 1.3",
        "2025-10-01 25AA/1 J 1.3",
        "2026-02-01 25AA/1 J 1.3",
        "2026-10-01 25AA/1 J 1.3",
        "2027-02-01 25AA/1 J 1.3",
      ],
    },
    {
      naam: "mbo: uitgeschreven on a teldatum includes it, not the next",
      i: input({ mboInschrijvingen: [mbo({ van: "2024-08-01", tot: "2025-02-01" })] }),
      sleutels: ["2024-10-01 25AA/1 J 1.3", "2025-02-01 25AA/1 J 1.3"],
    },
    {
      naam: "po: only PO teldata",
      i: input({ poInschrijvingen: [po({ van: "2025-08-18" })] }),
      sleutels: ["2026-02-01 01AB/1 J 1", "2027-02-01 01AB/1 J 1"],
    },
    {
      naam: "a teldatum listed twice is assessed once",
      i: input({ mboInschrijvingen: [mbo()], teldata: [teldatum("MBO", "2025-10-01"), teldatum("MBO", "2025-10-01")] }),
      sleutels: ["2025-10-01 25AA/1 J 1.3"],
    },
    {
      naam: "a VASTGESTELD teldatum gets no new assessment",
      i: input({ mboInschrijvingen: [mbo({ van: "2026-08-01" })], teldata: metVastgesteld(["MBO", "2026-10-01"]) }),
      sleutels: ["2027-02-01 25AA/1 J 1.3"],
    },
  ])("$naam", ({ i, sleutels }) => {
    expect(assessPerson(i).map(sleutel)).toEqual(sleutels);
  });
});

describe("frozen D assessments", () => {
  const T = "2025-10-01";
  it.each([
    {
      naam: "returned unchanged although the record changed",
      i: input({
        mboInschrijvingen: [mbo({ bekostigbaar: false })],
        teldata: [teldatum("MBO", T, "VASTGESTELD"), teldatum("MBO", "2026-02-01")],
        frozen: [frozenInschrijving("25AA", "1", T)],
      }),
      sleutels: ["2025-10-01 25AA/1 J 1.3 D", "2026-02-01 25AA/1 NM01 0"],
    },
    {
      naam: "kept when its record is gone",
      i: input({ teldata: [teldatum("MBO", T, "VASTGESTELD")], frozen: [frozenInschrijving("25AA", "weg", T)] }),
      sleutels: ["2025-10-01 25AA/weg J 1.3 D"],
    },
    {
      naam: "M09 as it stands: a new, earlier inschrijving gets nothing on the VASTGESTELD teldatum",
      i: input({
        mboInschrijvingen: [mbo({ brin: "25BB", van: "2025-09-01" }), mbo({ brin: "25AA", van: "2025-08-01" })],
        teldata: [teldatum("MBO", T, "VASTGESTELD"), teldatum("MBO", "2026-02-01")],
        frozen: [frozenInschrijving("25BB", "1", T)],
      }),
      sleutels: ["2026-02-01 25AA/1 J 1.3", "2025-10-01 25BB/1 J 1.3 D", "2026-02-01 25BB/1 NM09 0"],
    },
    {
      naam: "near miss: a frozen one for a VOORLOPIG teldatum is recomputed",
      i: input({
        mboInschrijvingen: [mbo({ bekostigbaar: false })],
        teldata: [teldatum("MBO", T)],
        frozen: [frozenInschrijving("25AA", "1", T)],
      }),
      sleutels: ["2025-10-01 25AA/1 NM01 0"],
    },
    {
      naam: "PO and MBO 1 February are separate teldata",
      i: input({
        poInschrijvingen: [po({ brin: "04GH" })],
        teldata: [teldatum("MBO", "2025-02-01", "VASTGESTELD"), teldatum("PO", "2025-02-01")],
        frozen: [frozenInschrijving("04GH", "1", "2025-02-01", { gewicht: 1 })],
      }),
      sleutels: ["2025-02-01 04GH/1 NP02 0"],
    },
  ])("$naam", ({ i, sleutels }) => {
    expect(assessPerson(i).map(sleutel)).toEqual(sleutels);
  });

  it("returns the frozen objects themselves", () => {
    const f = frozenInschrijving("25AA", "1", T);
    const out = assessPerson(
      input({ mboInschrijvingen: [mbo()], teldata: [teldatum("MBO", T, "VASTGESTELD")], frozen: [f] }),
    );
    expect(out).toEqual([f]);
    expect(out[0]).toBe(f);
  });
});

describe("frozen diploma years (fixing 1 October fixes that calendar year)", () => {
  const vast2024 = metVastgesteld(["MBO", "2024-10-01"]);
  const r1 = resultaat({ resultaatvolgnummer: "R1", opleidingscode: "90003", datumBehaald: "2024-06-30" });
  const r2n4 = resultaat({ resultaatvolgnummer: "R2", opleidingscode: "90004", datumBehaald: "2025-06-30" });
  const r2n2 = resultaat({ resultaatvolgnummer: "R2", opleidingscode: "90002", datumBehaald: "2025-06-30" });
  it.each([
    {
      naam: "a frozen funded diploma counts as it stands for the subtraction, though its record now says N",
      i: input({
        resultaten: [{ ...r1, indicatieBekostigbaar: false }, r2n4],
        teldata: vast2024,
        frozen: [frozenResultaat("25AA", "R1", 2024)],
      }),
      sleutels: ["2024 25AA/R1 J 3 D", "2025 25AA/R2 J 2"],
    },
    {
      naam: "near miss: not fixed, so recomputed and not subtracted",
      i: input({
        resultaten: [{ ...r1, indicatieBekostigbaar: false }, r2n4],
        frozen: [frozenResultaat("25AA", "R1", 2024)],
      }),
      sleutels: ["2024 25AA/R1 ND01 0", "2025 25AA/R2 J 5"],
    },
    {
      naam: "a frozen N diploma does not count, though its record is now fundable",
      i: input({
        resultaten: [r1, r2n2],
        teldata: vast2024,
        frozen: [frozenResultaat("25AA", "R1", 2024, { status: "N", codes: ["D01"], gewicht: 0 })],
      }),
      sleutels: ["2024 25AA/R1 ND01 0 D", "2025 25AA/R2 J 1"],
    },
    {
      naam: "a new record in a fixed year gets no assessment and does not count",
      i: input({ resultaten: [r1, r2n2], teldata: vast2024 }),
      sleutels: ["2025 25AA/R2 J 1"],
    },
    {
      naam: "a frozen diploma whose record is gone is returned (it cannot be placed, so it does not count)",
      i: input({ resultaten: [r2n2], teldata: vast2024, frozen: [frozenResultaat("25AA", "R1", 2024)] }),
      sleutels: ["2024 25AA/R1 J 3 D", "2025 25AA/R2 J 1"],
    },
    {
      naam: "fixing 1 February does not fix a diploma year",
      i: input({ resultaten: [r2n2], teldata: metVastgesteld(["MBO", "2025-02-01"]) }),
      sleutels: ["2025 25AA/R2 J 1"],
    },
    {
      naam: "a record moved out of its fixed year: the old frozen one stays, the new year is assessed without counting itself",
      i: input({
        resultaten: [{ ...r1, datumBehaald: "2025-01-15" }],
        teldata: vast2024,
        frozen: [frozenResultaat("25AA", "R1", 2024)],
      }),
      sleutels: ["2024 25AA/R1 J 3 D", "2025 25AA/R1 J 3"],
    },
  ])("$naam", ({ i, sleutels }) => {
    expect(assessPerson(i).map(sleutel)).toEqual(sleutels);
  });
});
