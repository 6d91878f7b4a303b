// Tests of code-point ordering and the M09/P03 tie-break.
import { describe, expect, it } from "vitest";
import { compareCodePoints, compareCompetitors, countingOne } from "./compare";

describe("compareCodePoints", () => {
  it.each([
    { a: "B", b: "a", sign: -1, why: "upper case before lower case (localeCompare says otherwise)" },
    { a: "a", b: "B", sign: 1, why: "mirror" },
    { a: "10", b: "9", sign: -1, why: "digits as text, not as numbers" },
    { a: "R1", b: "R10", sign: -1, why: "a prefix comes first" },
    { a: "abc", b: "abc", sign: 0, why: "equal" },
    {
      a: "\uFF5E",
      b: "\u{1F600}",
      sign: -1,
      why: "U+FF5E before an astral character (UTF-16 units would say otherwise)",
    },
    { a: "é", b: "f", sign: 1, why: "no accent folding" },
  ])("$a vs $b → $sign ($why)", ({ a, b, sign }) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
  });

  it("differs from localeCompare where the spec says it must", () => {
    expect(["a", "B"].sort(compareCodePoints)).toEqual(["B", "a"]);
    expect(["a", "B"].sort((x, y) => x.localeCompare(y))).toEqual(["a", "B"]);
  });
});

describe("compareCompetitors / countingOne", () => {
  const c = (datumInschrijving: string, brin: string, volgnummer: string) => ({ datumInschrijving, brin, volgnummer });
  it.each([
    {
      naam: "earliest date wins over lower brin",
      items: [c("2025-09-01", "25AA", "1"), c("2025-08-01", "25BB", "9")],
      wint: 1,
    },
    { naam: "same date: lowest brin", items: [c("2025-08-01", "25BB", "1"), c("2025-08-01", "25AA", "9")], wint: 1 },
    {
      naam: "same date and brin: lowest volgnummer by code point",
      items: [c("2025-08-01", "25AA", "a1"), c("2025-08-01", "25AA", "B1")],
      wint: 1,
    },
    {
      naam: "first in list when it is the lowest",
      items: [c("2025-08-01", "25AA", "1"), c("2025-08-01", "25AA", "2")],
      wint: 0,
    },
  ])("$naam", ({ items, wint }) => {
    expect(countingOne(items, (x) => x)).toBe(items[wint]);
    expect(compareCompetitors(items[0]!, items[1]!)).toBe(wint === 0 ? -1 : 1);
  });
  it("none when there are no competitors", () => expect(countingOne([], (x) => x)).toBeUndefined());
});
