// Tests of the correctiefactor and its n.v.t. cases.
import { describe, expect, it } from "vitest";
import { correctiefactor, correctiefactorVoorStudiejaar, type GeteldeInschrijving } from "./correctiefactor";

describe("correctiefactor", () => {
  it.each([
    { naam: "no change between the teldata: 1", okt: { bol: 100, bbl: 10 }, feb: { bol: 100, bbl: 10 }, cf: 1 },
    { naam: "fewer on 1 February", okt: { bol: 100, bbl: 10 }, feb: { bol: 90, bbl: 5 }, cf: (104 + 92) / 208 },
    { naam: "BBL only", okt: { bol: 0, bbl: 10 }, feb: { bol: 0, bbl: 20 }, cf: (4 + 8) / 8 },
    { naam: "nothing funded on 1 February", okt: { bol: 3, bbl: 0 }, feb: { bol: 0, bbl: 0 }, cf: 0.5 },
    { naam: "n.v.t.: denominator 0", okt: { bol: 0, bbl: 0 }, feb: { bol: 5, bbl: 5 }, cf: null },
    { naam: "n.v.t.: no 1 February assessments yet", okt: { bol: 100, bbl: 10 }, feb: null, cf: null },
  ])("$naam", ({ okt, feb, cf }) => {
    const uit = correctiefactor(okt, feb);
    if (cf === null) expect(uit).toBeNull();
    else expect(uit).toBeCloseTo(cf, 10);
  });
});

describe("correctiefactorVoorStudiejaar", () => {
  const g = (
    brin: string,
    teldatum: string,
    status: "J" | "N",
    leerweg: "BOL" | "BBL" | "EX",
  ): GeteldeInschrijving => ({ brin, teldatum, status, leerweg });
  const oktober = [
    g("25AA", "2025-10-01", "J", "BOL"),
    g("25AA", "2025-10-01", "J", "BBL"),
    g("25AA", "2025-10-01", "N", "BOL"),
    g("25AA", "2025-10-01", "N", "EX"),
    g("25BB", "2025-10-01", "J", "BOL"),
  ];
  it.each([
    {
      naam: "counts only funded BOL/BBL of this brin and studiejaar",
      rows: [...oktober, g("25AA", "2026-02-01", "J", "BOL"), g("25AA", "2024-10-01", "J", "BOL")],
      cf: (1.4 + 1) / 2.8,
    },
    {
      naam: "1 February with only unfunded assessments still counts as there",
      rows: [...oktober, g("25AA", "2026-02-01", "N", "BOL")],
      cf: 1.4 / 2.8,
    },
    {
      naam: "n.v.t. without any 1 February assessment of this brin",
      rows: [...oktober, g("25BB", "2026-02-01", "J", "BOL")],
      cf: null,
    },
  ])("$naam", ({ rows, cf }) => {
    const uit = correctiefactorVoorStudiejaar(rows, "25AA", 2025);
    if (cf === null) expect(uit).toBeNull();
    else expect(uit).toBeCloseTo(cf, 10);
  });
});
