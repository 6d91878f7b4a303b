// Tests of the ISO date helpers: inclusive ends, studiejaar, age with the 29 February rule.
import { describe, expect, it } from "vitest";
import { addDays, ageOn, endOfYear, isActiveOn, rangesOverlap, studiejaarStart } from "./dates";

describe("ageOn", () => {
  it.each([
    { geboren: "2009-08-01", op: "2025-08-01", leeftijd: 16, why: "on the birthday one is a year older" },
    { geboren: "2009-08-02", op: "2025-08-01", leeftijd: 15, why: "the day before the birthday" },
    { geboren: "2020-02-29", op: "2021-02-28", leeftijd: 0, why: "29 Feb: not yet on 28 Feb of a common year" },
    { geboren: "2020-02-29", op: "2021-03-01", leeftijd: 1, why: "29 Feb: on 1 March in a common year" },
    { geboren: "2020-02-29", op: "2024-02-28", leeftijd: 3, why: "29 Feb: not yet on 28 Feb of a leap year" },
    { geboren: "2020-02-29", op: "2024-02-29", leeftijd: 4, why: "29 Feb: on 29 Feb of a leap year" },
    { geboren: "2096-02-29", op: "2100-02-28", leeftijd: 3, why: "2100 is no leap year" },
    { geboren: "2096-02-29", op: "2100-03-01", leeftijd: 4, why: "2100 is no leap year: 1 March" },
    { geboren: "2021-02-01", op: "2025-02-01", leeftijd: 4, why: "exactly 4 on 1 February" },
  ])("$geboren on $op is $leeftijd ($why)", ({ geboren, op, leeftijd }) => {
    expect(ageOn(geboren, op)).toBe(leeftijd);
  });
});

describe("addDays", () => {
  it.each([
    ["2025-12-31", 1, "2026-01-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-02-28", 1, "2025-03-01"],
    ["2025-03-01", -1, "2025-02-28"],
    ["2025-03-30", 1, "2025-03-31"], // DST change in Europe: must not matter
  ] as const)("%s + %i = %s", (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });
});

describe("isActiveOn (ends inclusive)", () => {
  it.each([
    { start: "2025-08-01", end: "2026-07-31", day: "2026-07-31", active: true },
    { start: "2025-08-01", end: "2026-07-31", day: "2026-08-01", active: false },
    { start: "2025-08-01", end: null, day: "2025-08-01", active: true },
    { start: "2025-08-01", end: null, day: "2025-07-31", active: false },
  ])("$start..$end on $day: $active", ({ start, end, day, active }) => {
    expect(isActiveOn(start, end, day)).toBe(active);
  });
});

describe("studiejaarStart, endOfYear, rangesOverlap", () => {
  it.each([
    ["2025-10-01", "2025-08-01"],
    ["2026-02-01", "2025-08-01"],
    ["2026-07-31", "2025-08-01"],
    ["2026-08-01", "2026-08-01"],
  ])("studiejaar of %s starts %s", (d, start) => {
    expect(studiejaarStart(d)).toBe(start);
  });
  it("endOfYear", () => expect(endOfYear("2026-02-01")).toBe("2026-12-31"));
  it.each([
    ["2025-01-01", "2025-10-01", "2025-10-01", "2025-12-31", true],
    ["2025-12-31", "2026-06-30", "2025-10-01", "2025-12-31", true],
    ["2025-01-01", "2025-09-30", "2025-10-01", "2025-12-31", false],
    ["2026-01-01", "2026-06-30", "2025-10-01", "2025-12-31", false],
  ] as const)("%s..%s overlaps %s..%s: %s", (a, b, c, d, overlap) => {
    expect(rangesOverlap(a, b, c, d)).toBe(overlap);
  });
  it("rejects a non-ISO date", () => expect(() => addDays("01-02-2025", 1)).toThrow());
});
