// Calendar helpers and the PGN bijection the generator relies on.
import { describe, expect, it } from "vitest";
import { isGeldigBsn, isGeldigOnderwijsnummer } from "../register/validate/pgn";
import { dag, iso, leeftijd, plusJaren, studiejaarVan, vanIso } from "./datum";
import { anderPgn, pgnVoor } from "./persoon";

describe("datum", () => {
  it("round-trips ISO text and rolls over like Date.UTC", () => {
    expect(iso(dag(2024, 2, 29))).toBe("2024-02-29");
    expect(iso(dag(2026, 2, 30))).toBe("2026-03-02");
    expect(vanIso("2026-08-01")).toBe(dag(2026, 8, 1));
    expect(() => vanIso("2026-02-30")).toThrow();
  });

  it("counts age as domain.md does (born 29 February: a year older on 1 March)", () => {
    const geboren = dag(2008, 2, 29);
    expect(leeftijd(geboren, dag(2026, 2, 28))).toBe(17);
    expect(leeftijd(geboren, dag(2026, 3, 1))).toBe(18);
    expect(leeftijd(geboren, dag(2028, 2, 29))).toBe(20);
    expect(iso(plusJaren(geboren, 18))).toBe("2026-03-01");
  });

  it("knows the studiejaar of a day", () => {
    expect(studiejaarVan(dag(2026, 7, 31))).toBe(2025);
    expect(studiejaarVan(dag(2026, 8, 1))).toBe(2026);
  });
});

describe("PGN per person index", () => {
  it("is unique, valid, never starts with 8 and is never 000000000", () => {
    const gezien = new Set<string>();
    const fout: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      const { bsn, onderwijsnummer } = pgnVoor(i * 397, i % 3 === 0);
      const pgn = bsn || onderwijsnummer;
      // Plain checks in the loop: an expect() per number would make this test slow.
      if (!(bsn ? isGeldigBsn(bsn) && !onderwijsnummer : isGeldigOnderwijsnummer(onderwijsnummer)) || pgn[0] === "8")
        fout.push(pgn);
      gezien.add(pgn);
    }
    expect(fout).toEqual([]);
    expect(gezien.size).toBe(200_000);
  });

  it("gives a valid number of the other kind for the F05 'both' error", () => {
    for (let i = 0; i < 1_000; i++) {
      expect(isGeldigOnderwijsnummer(anderPgn(i, true))).toBe(true);
      expect(isGeldigBsn(anderPgn(i, false))).toBe(true);
    }
  });
});
