// The OSR form checks: Dutch telephone numbers and postcodes, the contact card, an invitation and
// a mandate, each refusal with the catalogue key the page shows.
import { describe, expect, it } from "vitest";
import {
  isIsoDatum,
  isNederlandsTelefoonnummer,
  isPostcode,
  kaartSchema,
  mandaatSchema,
  uitnodigingSchema,
} from "./validation";
import { veldFouten } from "@/lib/server/form-state";

describe("isNederlandsTelefoonnummer", () => {
  it.each([
    "033-1234567",
    "0331234567",
    "06-12345678",
    "06 12 34 56 78",
    "020 123 45 67",
    "+31 6 12345678",
    "+31 (0)33 123 4567",
    "0031 33 1234567",
    "(033) 123 45 67",
    "0800-1234",
    "0900 123 45 67",
  ])("accepts %s", (nummer) => {
    expect(isNederlandsTelefoonnummer(nummer)).toBe(true);
  });
  it.each([
    "",
    "12345",
    "033-123456",
    "033-12345678",
    "0031612345",
    "+44 20 7946 0958",
    "06-1234567a",
    "tel: 0331234567",
    "0012345678",
    "+31 06 12345678",
  ])("refuses %s", (nummer) => {
    expect(isNederlandsTelefoonnummer(nummer)).toBe(false);
  });
});

describe("isPostcode and isIsoDatum", () => {
  it("follows osr.md's postcode pattern", () => {
    expect(isPostcode("3818AA")).toBe(true);
    expect(isPostcode("3818 AA")).toBe(true);
    expect(isPostcode("3818aa")).toBe(false);
    expect(isPostcode("381AA")).toBe(false);
  });
  it("knows real calendar dates", () => {
    expect(isIsoDatum("2028-02-29")).toBe(true);
    expect(isIsoDatum("2026-02-29")).toBe(false);
    expect(isIsoDatum("0000-00-00")).toBe(false);
    expect(isIsoDatum("01-02-2026")).toBe(false);
  });
});

const kaart = (overrides: Record<string, unknown> = {}) => ({
  naam: "Lotte de Vries",
  functie: "",
  email: "",
  telefoon: "",
  contexten: [],
  ...overrides,
});

describe("kaartSchema", () => {
  it("trims, turns empty optional fields into null and orders the contexten", () => {
    const parsed = kaartSchema.parse(
      kaart({
        naam: "  Lotte  ",
        functie: " Leerkracht ",
        email: "lotte@obs.example",
        telefoon: "033-1234567",
        contexten: ["VERZUIM", "ALGEMEEN", "VERZUIM"],
      }),
    );
    expect(parsed).toEqual({
      naam: "Lotte",
      functie: "Leerkracht",
      email: "lotte@obs.example",
      telefoon: "033-1234567",
      contexten: ["ALGEMEEN", "VERZUIM"],
    });
    expect(kaartSchema.parse(kaart())).toMatchObject({ functie: null, email: null, telefoon: null });
  });
  it("names every wrong field with its own key", () => {
    const result = kaartSchema.safeParse(
      kaart({ naam: "   ", email: "geen-adres", telefoon: "12345", contexten: ["KANTINE"] }),
    );
    expect(result.success).toBe(false);
    expect(veldFouten(result.error!)).toEqual({
      naam: "naamVerplicht",
      email: "emailOngeldig",
      telefoon: "telefoonOngeldig",
      contexten: "contextOnbekend",
    });
  });
  it("refuses an over-long name or function", () => {
    const result = kaartSchema.safeParse(kaart({ naam: "x".repeat(201), functie: "y".repeat(201) }));
    expect(veldFouten(result.error!)).toEqual({ naam: "teLang", functie: "teLang" });
  });
});

describe("uitnodigingSchema", () => {
  it("lower-cases the e-mail address, as sign-in does", () => {
    expect(uitnodigingSchema.parse({ naam: "Jan", email: " Jan@School.Example " })).toEqual({
      naam: "Jan",
      email: "jan@school.example",
    });
  });
  it("needs a name and a valid address", () => {
    expect(veldFouten(uitnodigingSchema.safeParse({ naam: "", email: "" }).error!)).toEqual({
      naam: "naamVerplicht",
      email: "emailVerplicht",
    });
    expect(veldFouten(uitnodigingSchema.safeParse({ naam: "Jan", email: "jan@" }).error!)).toEqual({
      email: "emailOngeldig",
    });
  });
});

describe("mandaatSchema", () => {
  const schema = mandaatSchema("2026-11-24");
  const mandaat = (overrides: Record<string, unknown> = {}) => ({
    leverancierId: "lev-1",
    dienst: "ROD_PO",
    begindatum: "2026-12-01",
    einddatum: "",
    ...overrides,
  });

  it("accepts a mandate from today without an end", () => {
    expect(schema.parse(mandaat({ begindatum: "2026-11-24" }))).toEqual({
      leverancierId: "lev-1",
      dienst: "ROD_PO",
      begindatum: "2026-11-24",
      einddatum: null,
    });
  });
  it("refuses a start in the past, an impossible date, an end before the start and an unknown dienst", () => {
    expect(veldFouten(schema.safeParse(mandaat({ begindatum: "2026-11-23" })).error!)).toEqual({
      begindatum: "beginInVerleden",
    });
    expect(veldFouten(schema.safeParse(mandaat({ begindatum: "2026-02-30" })).error!)).toEqual({
      begindatum: "datumOngeldig",
    });
    expect(veldFouten(schema.safeParse(mandaat({ einddatum: "2026-11-30" })).error!)).toEqual({
      einddatum: "eindVoorBegin",
    });
    expect(veldFouten(schema.safeParse(mandaat({ dienst: "BRON" })).error!)).toEqual({ dienst: "dienstVerplicht" });
    expect(veldFouten(schema.safeParse(mandaat({ leverancierId: "", begindatum: "" })).error!)).toEqual({
      leverancierId: "leverancierVerplicht",
      begindatum: "datumVerplicht",
    });
  });
  it("accepts an end on the start day", () => {
    expect(schema.parse(mandaat({ einddatum: "2026-12-01" })).einddatum).toBe("2026-12-01");
  });
});
