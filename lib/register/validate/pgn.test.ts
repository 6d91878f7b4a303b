// BSN elfproef and onderwijsnummer check digits (rules.md F03/F04).
import { describe, expect, it } from "vitest";
import { isGeldigBsn, isGeldigOnderwijsnummer } from "./index";

describe("isGeldigBsn", () => {
  it.each(["111222333", "123456782", "999999990"])("%s is valid", (s) => expect(isGeldigBsn(s)).toBe(true));
  it.each(["111222334", "123456789", "000000000", "12345678", "1234567820", "12345678a", " 11122233", ""])(
    "%j is not",
    (s) => expect(isGeldigBsn(s)).toBe(false),
  );
});

describe("isGeldigOnderwijsnummer", () => {
  // 100000004: 9·1 = 9, 9 mod 11 = 9 = 4 + 5. 101000000: 9 + 7 = 16, 16 mod 11 = 5 = 0 + 5.
  it.each(["100000004", "101000000"])("%s is valid", (s) => expect(isGeldigOnderwijsnummer(s)).toBe(true));
  it.each(["100000005", "100000000", "000000000", "111222333", "10000000", "abcdefghi"])("%j is not", (s) =>
    expect(isGeldigOnderwijsnummer(s)).toBe(false),
  );

  it("agrees with the formula for every last digit", () => {
    for (let d9 = 0; d9 <= 9; d9++) {
      const s = `10000000${d9}`;
      expect(isGeldigOnderwijsnummer(s)).toBe(9 % 11 === d9 + 5);
      expect(isGeldigBsn(s)).toBe((9 - d9) % 11 === 0);
    }
  });
});
