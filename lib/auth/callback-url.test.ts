// The callback after sign-in stays on the portal: the two payloads of the review and their relatives.
import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./callback-url";

const ORIGIN = "https://bron.example.nl";

describe("safeCallbackPath", () => {
  it.each([
    ["/instelling/25AA", "/instelling/25AA"],
    ["/beheer/audit?van=2026-01-01#top", "/beheer/audit?van=2026-01-01#top"],
    ["/osr/../beheer", "/beheer"],
    ["https://bron.example.nl/osr", "/osr"],
    ["osr", "/osr"],
  ])("keeps %s on the portal as %s", (value, expected) => {
    expect(safeCallbackPath(value, ORIGIN)).toBe(expected);
  });

  it.each([
    "/\\evil.example", // the review's first payload, decoded from %2F%5Cevil.example
    "/\t/evil.example", // the second, decoded from /%09/evil.example
    "\\\\evil.example",
    "/\\/evil.example",
    "//evil.example",
    "/\n/evil.example",
    " //evil.example",
    "/.//evil.example", // resolves to the path //evil.example: protocol-relative once sent back
    "https://evil.example/",
    "http://bron.example.nl/", // another scheme is another origin
    "https://bron.example.nl.evil.example/",
    "https://user:pw@bron.example.nl/",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "",
    `/${"a".repeat(3000)}`,
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value, ORIGIN)).toBeUndefined();
  });

  it("takes the first of repeated parameters and refuses non-strings", () => {
    expect(safeCallbackPath(["/osr", "//evil.example"], ORIGIN)).toBe("/osr");
    expect(safeCallbackPath(undefined, ORIGIN)).toBeUndefined();
    expect(safeCallbackPath(42, ORIGIN)).toBeUndefined();
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  it("answers the callback on our origin, and our home for anything else", () => {
    expect(safeRedirectUrl("/beheer", ORIGIN)).toBe(`${ORIGIN}/beheer`);
    expect(safeRedirectUrl(`${ORIGIN}/osr?x=1`, ORIGIN)).toBe(`${ORIGIN}/osr?x=1`);
    expect(safeRedirectUrl("/\\evil.example", ORIGIN)).toBe(`${ORIGIN}/`);
    expect(safeRedirectUrl("https://evil.example/steal", ORIGIN)).toBe(`${ORIGIN}/`);
  });
});
