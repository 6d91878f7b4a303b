// The OSR API and the portal's forms accept exactly the same telephone numbers (osr.md: "Dutch
// telephone number"): one rule, whichever way a number comes in.
import { describe, expect, it } from "vitest";
import { isNederlandsTelefoonnummer } from "@/lib/osr/validation";
import { telefoonnummer } from "./osr";

const CASES: [string, boolean][] = [
  ["033-1234567", true],
  ["+31 33 123 4567", true],
  ["+31 (0)33 123 4567", true],
  ["033.123.45.67", true],
  ["0031 6 12345678", true],
  ["0800 1234", true],
  ["033-123456", false],
  ["123-4567890", false],
  ["033-1234567 toestel 12", false],
  ["+32 2 123 45 67", false],
];

describe("telefoonnummer", () => {
  it.each(CASES)("%s → %s in the API and in the portal alike", (input, valid) => {
    expect(isNederlandsTelefoonnummer(input)).toBe(valid);
    expect(telefoonnummer.safeParse(input).success).toBe(valid);
  });
});
