// Tests that every code of rules.md has its texts in both languages.
import { describe, expect, it } from "vitest";
import { CODES, CODE_GROEPEN, codeTekst, codesVanGroep, isCode } from "./codes";

const range = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, "0")}`);
const ALLE = [
  ...range("F", 10),
  ...range("R", 7),
  ...range("S", 5),
  ...range("M", 9),
  ...range("D", 4),
  ...range("P", 3),
];

describe("codes", () => {
  it("has exactly the codes of rules.md", () => {
    expect(Object.keys(CODES).sort()).toEqual([...ALLE].sort());
  });

  it.each(ALLE)("%s has Dutch and English texts and a known group", (code) => {
    expect(isCode(code)).toBe(true);
    for (const taal of ["nl", "en"] as const) {
      const t = codeTekst(code, taal);
      expect(t?.omschrijving.length).toBeGreaterThan(10);
      expect(t?.watTeDoen.length).toBeGreaterThan(5);
    }
    expect(CODE_GROEPEN.map((g) => g.groep)).toContain(CODES[code as keyof typeof CODES].groep);
  });

  it.each([
    ["VELD", "F"],
    ["REFERENTIE", "R"],
    ["SIGNAAL", "S"],
    ["MBO_INSCHRIJVING", "M"],
    ["MBO_DIPLOMA", "D"],
    ["PO_INSCHRIJVING", "P"],
  ] as const)("group %s holds the %s codes", (groep, prefix) => {
    expect(codesVanGroep(groep)).toEqual(ALLE.filter((c) => c.startsWith(prefix)));
  });

  it("is no code: unknown strings and prototype keys", () => {
    expect(isCode("X01")).toBe(false);
    expect(isCode("toString")).toBe(false);
    expect(codeTekst("constructor", "nl")).toBeUndefined();
  });
});
