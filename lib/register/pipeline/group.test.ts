// sameFlat answers exactly what comparing stableJson strings answers, without building them.
import { describe, expect, it } from "vitest";
import { sameFlat, stableJson } from "./group";

const CASES: unknown[] = [
  {},
  { opleidingscode: "90003" },
  { opleidingscode: "90003", leerweg: "BOL" },
  { leerweg: "BOL", opleidingscode: "90003" },
  { opleidingscode: "90004" },
  { opleidingscode: undefined },
  { andere: undefined, opleidingscode: "90003" },
  { opleidingscode: null },
  { aantal: 1 },
  { aantal: "1" },
  { lijst: ["a"] },
  { lijst: ["a"], x: "y" },
  { genest: { a: "1" } },
  { genest: { a: "1" } },
  { lijst: ["a"] },
  null,
  [],
  "tekst",
];

describe("sameFlat", () => {
  it("agrees with comparing stableJson on every pair", () => {
    for (const a of CASES)
      for (const b of CASES) expect([a, b, sameFlat(a, b)]).toEqual([a, b, stableJson(a) === stableJson(b)]);
  });
});
