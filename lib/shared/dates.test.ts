// Today in the Netherlands: remembered per minute, so what it answers must still follow the clock
// exactly across a Dutch midnight, in winter and summer time, and back and forth.
import { describe, expect, it } from "vitest";
import { startOfDutchDay, todayIso } from "./dates";

describe("todayIso", () => {
  it("changes at Dutch midnight, not UTC's, whichever moments are asked in turn", () => {
    const winterBefore = new Date("2026-01-14T22:59:59.999Z");
    const winterAfter = new Date("2026-01-14T23:00:00.000Z");
    const summerBefore = new Date("2026-07-14T21:59:59.999Z");
    const summerAfter = new Date("2026-07-14T22:00:00.000Z");
    for (let round = 0; round < 2; round++) {
      expect(todayIso(winterBefore)).toBe("2026-01-14");
      expect(todayIso(winterAfter)).toBe("2026-01-15");
      expect(todayIso(summerBefore)).toBe("2026-07-14");
      expect(todayIso(summerAfter)).toBe("2026-07-15");
    }
  });

  it("within one minute gives one date, and the day's start is its Dutch midnight", () => {
    expect(todayIso(new Date("2026-12-05T10:15:00Z"))).toBe("2026-12-05");
    expect(todayIso(new Date("2026-12-05T10:15:59Z"))).toBe("2026-12-05");
    expect(startOfDutchDay("2026-12-05").toISOString()).toBe("2026-12-04T23:00:00.000Z");
    expect(startOfDutchDay("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
  });
});
