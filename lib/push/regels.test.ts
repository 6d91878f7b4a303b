// The pure rules of push: the backoff schedule, which dienst a bericht belongs to, and If-Match.
import { describe, expect, it } from "vitest";
import { ifMatchFaalt } from "@/lib/register/pipeline/versie";
import { backoffMs, dienstVanBericht } from "./bezorging";

describe("backoff", () => {
  const config = { baseDelayMs: 10_000, maxDelayMs: 3600_000 };
  it("doubles after every failed attempt, up to an hour, with jitter between half and all of it", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, { ...config, random: () => 1 }))).toEqual([
      10_000, 20_000, 40_000, 80_000,
    ]);
    expect(backoffMs(30, { ...config, random: () => 1 })).toBe(3600_000);
    expect(backoffMs(1, { ...config, random: () => 0 })).toBe(5000);
  });
  it("retries about thirty times in the 24 hours before giving up", () => {
    let elapsed = 0;
    let attempts = 0;
    while (elapsed < 24 * 3600_000) elapsed += backoffMs(++attempts, { ...config, random: () => 1 });
    expect(attempts).toBeGreaterThan(25);
    expect(attempts).toBeLessThan(40);
  });
});

describe("dienst of a bericht", () => {
  it("is the school's sector's, and an upload's that of its soort", () => {
    expect(dienstVanBericht("BEKOSTIGING_GEWIJZIGD", {}, "MBO")).toBe("DUO_MBO");
    expect(dienstVanBericht("KENNISGEVING_INSCHRIJVING", {}, "PO")).toBe("ROD_PO");
    expect(dienstVanBericht("UPLOAD_VERWERKT", { soort: "po-verzuim" }, "PO")).toBe("VERZUIM");
    expect(dienstVanBericht("UPLOAD_VERWERKT", { soort: "mbo-bpv" }, "MBO")).toBe("DUO_MBO");
    expect(dienstVanBericht("UPLOAD_VERWERKT", { soort: "onbekend" }, "MBO")).toBeNull();
  });
});

describe("If-Match", () => {
  it("holds without the header, for the current strong ETag (in a list too) and for * on an existing record", () => {
    expect(ifMatchFaalt(null, '"a"')).toBe(false);
    expect(ifMatchFaalt('"a"', '"a"')).toBe(false);
    expect(ifMatchFaalt('"b", "a"', '"a"')).toBe(false);
    expect(ifMatchFaalt("*", '"a"')).toBe(false);
  });
  it("fails for another or a weak ETag, and when the record does not exist", () => {
    expect(ifMatchFaalt('"b"', '"a"')).toBe(true);
    expect(ifMatchFaalt('W/"a"', '"a"')).toBe(true);
    expect(ifMatchFaalt("*", null)).toBe(true);
    expect(ifMatchFaalt('"a"', null)).toBe(true);
  });
});
