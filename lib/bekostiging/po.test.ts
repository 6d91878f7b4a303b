// Table-driven tests of po inschrijving funding: P01–P03 with near misses.
import { describe, expect, it } from "vitest";
import { assessPerson } from "./assess";
import { persoon, po, reference, teldatum } from "./test-fixtures";
import type { InschrijvingAssessment, PoInschrijving } from "./types";

function opTeldatum(
  inschrijvingen: PoInschrijving[],
  datum: string,
  geboortedatum = "2019-05-05",
): InschrijvingAssessment[] {
  return assessPerson({
    person: persoon({ geboortedatum }),
    mboInschrijvingen: [],
    poInschrijvingen: inschrijvingen,
    resultaten: [],
    reference: reference(),
    teldata: [teldatum("PO", datum)],
    frozen: [],
  }).filter((a): a is InschrijvingAssessment => a.kind === "INSCHRIJVING");
}

const T = "2025-02-01";

describe("po inschrijving codes P01–P02", () => {
  it.each([
    { naam: "funded, gewicht 1", i: po(), geboren: "2019-05-05", codes: [] },
    { naam: "P01 near miss: 4 exactly on 1 February", i: po(), geboren: "2021-02-01", codes: [] },
    { naam: "P01 turns 4 the day after", i: po(), geboren: "2021-02-02", codes: ["P01"] },
    {
      naam: "P01 born 29 Feb 2020, teldatum 28 Feb 2024",
      i: po({ van: "2024-01-08" }),
      geboren: "2020-02-29",
      op: "2024-02-28",
      codes: ["P01"],
    },
    {
      naam: "P01 near miss: born 29 Feb 2020, teldatum 29 Feb 2024",
      i: po({ van: "2024-01-08" }),
      geboren: "2020-02-29",
      op: "2024-02-29",
      codes: [],
    },
    { naam: "P02 school not bekostigd", i: po({ brin: "04GH" }), geboren: "2019-05-05", codes: ["P02"] },
    { naam: "P01 and P02 together", i: po({ brin: "04GH" }), geboren: "2021-06-01", codes: ["P01", "P02"] },
  ])("$naam", ({ i, geboren, op, codes }) => {
    const [a, ...rest] = opTeldatum([i], op ?? T, geboren);
    expect(rest).toEqual([]);
    expect(a?.codes).toEqual(codes);
    expect(a?.status).toBe(codes.length === 0 ? "J" : "N");
    expect(a?.gewicht).toBe(codes.length === 0 ? 1 : 0);
  });
});

describe("P03: only one counts", () => {
  it.each([
    {
      naam: "earliest datum_inschrijving counts",
      ins: [po({ brin: "01AB", van: "2024-09-01" }), po({ brin: "02CD", van: "2024-08-20" })],
      verwacht: [["P03", "02CD"], []],
    },
    {
      naam: "same date: lowest brin",
      ins: [po({ brin: "03EF" }), po({ brin: "02CD" })],
      verwacht: [["P03", "02CD"], []],
    },
    {
      naam: "same brin and date: lowest volgnummer by code point",
      ins: [po({ nr: "b" }), po({ nr: "C" })],
      verwacht: [["P03", "01AB"], []],
    },
    {
      naam: "near miss: the other school is not bekostigd",
      ins: [po({ brin: "04GH", van: "2024-08-01" }), po({ brin: "02CD", van: "2024-09-01" })],
      verwacht: [["P02"], []],
    },
    {
      naam: "near miss: the other one ended the day before",
      ins: [po({ brin: "01AB", van: "2024-08-01", tot: "2025-01-31" }), po({ brin: "02CD", van: "2025-02-01" })],
      verwacht: [[]],
    },
    {
      naam: "the other one ended on the teldatum: competes",
      ins: [po({ brin: "02CD", van: "2024-08-01", tot: T }), po({ brin: "01AB", van: "2025-02-01" })],
      verwacht: [[], ["P03", "02CD"]],
    },
  ])("$naam", ({ ins, verwacht }) => {
    const result = opTeldatum(ins, T);
    const actief = ins.filter((i) => i.datumUitschrijving === null || i.datumUitschrijving >= T);
    expect(result).toHaveLength(verwacht.length);
    actief.forEach((i, n) => {
      const a = result.find((r) => r.brin === i.brin && r.volgnummer === i.inschrijvingsvolgnummer);
      const [code, brin] = verwacht[n] ?? [];
      expect(a?.codes).toEqual(code ? [code] : []);
      expect(a?.parameters).toEqual(brin ? { brin } : {});
    });
  });

  it("P01 pupils do not compete: no P03 for either", () => {
    const result = opTeldatum([po({ brin: "01AB" }), po({ brin: "02CD" })], T, "2021-06-01");
    expect(result.map((a) => a.codes)).toEqual([["P01"], ["P01"]]);
  });
});
