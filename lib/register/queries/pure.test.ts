// The pure parts of the register queries: PGN masking, filter parsing and keyset page assembly.
import { describe, expect, it } from "vitest";
import { filtersToParams, isFiltered, parseFilters } from "./deelnemer-filters";
import { parseCursor, parseId, toPage } from "@/lib/shared/keyset";
import { maskPgn, normalizePgn } from "@/lib/shared/pgn";

describe("PGN", () => {
  it("is masked to its last four digits", () => {
    expect(maskPgn("123456782")).toBe("*****6782");
  });
  it.each([
    ["123456782", "123456782"],
    [" 1234.56.782 ", "123456782"],
    ["1234 56 782", "123456782"],
    ["12345678", null],
    ["12345678a", null],
    [42, null],
  ])("normalises %j to %j", (input, expected) => {
    expect(normalizePgn(input)).toBe(expected);
  });
});

describe("student list filters", () => {
  it("parse what fits and ignore the rest", () => {
    expect(
      parseFilters({
        q: "  Jansen ",
        opleiding: "90003",
        leerweg: "BBL",
        groep: "5",
        actief: "2026-10-01",
        signaal: "S04",
        sorteer: "naam",
        richting: "af",
        persoon: "12",
        bekostiging: "N",
        code: "M06",
        teldatum: "2026-10-01",
      }),
    ).toEqual({
      q: "Jansen",
      persoon: 12,
      opleiding: "90003",
      leerweg: "BBL",
      groep: 5,
      actief: "2026-10-01",
      signaal: "S04",
      bekostiging: "N",
      code: "M06",
      teldatum: "2026-10-01",
      sorteer: "naam",
      aflopend: true,
    });
    expect(
      parseFilters({
        opleiding: "9003",
        leerweg: "bol",
        groep: "9",
        actief: "2026-02-30",
        signaal: "S03",
        sorteer: "pgn",
        persoon: "-1",
        bekostiging: "j",
        code: "D01",
        teldatum: "1-10-2026",
      }),
    ).toEqual({
      q: undefined,
      persoon: undefined,
      opleiding: undefined,
      leerweg: undefined,
      groep: undefined,
      actief: undefined,
      signaal: undefined,
      bekostiging: undefined,
      code: undefined,
      teldatum: undefined,
      sorteer: "volgnummer",
      aflopend: false,
    });
  });
  it("round-trip through search parameters, defaults left out", () => {
    const f = parseFilters(new URLSearchParams("q=de+Wit&groep=3&sorteer=datum"));
    expect(filtersToParams(f).toString()).toBe("q=de+Wit&groep=3&sorteer=datum");
    const funding = parseFilters(new URLSearchParams("teldatum=2026-10-01&code=M09&bekostiging=N"));
    expect(filtersToParams(funding).toString()).toBe("bekostiging=N&code=M09&teldatum=2026-10-01");
    expect(filtersToParams(parseFilters({})).toString()).toBe("");
    expect(isFiltered(parseFilters({ sorteer: "naam" }))).toBe(false);
    expect(isFiltered(parseFilters({ persoon: "0" }))).toBe(true);
  });
});

describe("keyset pages", () => {
  const rows = (...ids: number[]) => ids.map((id) => ({ id }));
  it("parses ids strictly", () => {
    expect(parseId("12")).toBe(12);
    expect([parseId("0"), parseId("01"), parseId("1e3"), parseId("99999999999"), parseId(undefined)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(parseCursor({ na: "5", voor: "3" })).toEqual({ na: 5 });
    expect(parseCursor({ voor: ["3"] })).toEqual({ voor: 3 });
    expect(parseCursor({})).toBeNull();
  });
  it("knows its neighbours going forward and back", () => {
    expect(toPage(rows(1, 2, 3), 2, null)).toEqual({ rijen: rows(1, 2), vorige: null, volgende: 2 });
    expect(toPage(rows(3, 4), 2, { na: 2 })).toEqual({ rijen: rows(3, 4), vorige: 3, volgende: null });
    // Backwards the rows come in reverse and are turned around.
    expect(toPage(rows(4, 3, 2), 2, { voor: 5 })).toEqual({ rijen: rows(3, 4), vorige: 3, volgende: 4 });
  });
});
