import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import nl from "./messages/nl.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value)
    .flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

describe("i18n catalogue", () => {
  it("has every Dutch key in English too, and no extra ones", () => {
    expect(keys(en)).toEqual(keys(nl));
  });
  it("has no empty texts", () => {
    const empty = (m: unknown): boolean =>
      typeof m === "string" ? m.trim() === "" : Object.values(m as object).some(empty);
    expect(empty(nl)).toBe(false);
    expect(empty(en)).toBe(false);
  });
});
