// The URL state of a list: lenient parsing, defaults left out, sort links that flip direction.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { standaardTeldatum } from "@/lib/register/queries/referentie";
import { wijzigingen } from "@/lib/register/queries/historie";
import { defineLijst, isoDate, withQuery } from "./params";

const lijst = defineLijst({
  filters: { status: z.enum(["A", "B"]), van: isoDate, jaar: z.coerce.number().int().min(2000) },
  sorteringen: ["datum", "naam"],
  standaard: "datum",
  standaardAflopend: true,
});

describe("a list's URL state", () => {
  it("parses what fits and ignores the rest", () => {
    expect(lijst.parse({ status: "A", van: "2026-02-30", jaar: "2026", sorteer: "naam", richting: "op" })).toEqual({
      filters: { status: "A", jaar: 2026 },
      sorteer: "naam",
      aflopend: false,
    });
    expect(lijst.parse(new URLSearchParams("status=C&sorteer=pgn&jaar=x"))).toEqual({
      filters: {},
      sorteer: "datum",
      aflopend: true,
    });
  });

  it("writes filters in a fixed order and leaves defaults out", () => {
    expect(lijst.toParams({ filters: { jaar: 2026, status: "B" }, sorteer: "datum", aflopend: true }).toString()).toBe(
      "status=B&jaar=2026",
    );
    expect(lijst.toParams({ filters: {}, sorteer: "naam", aflopend: false }).toString()).toBe(
      "sorteer=naam&richting=op",
    );
    expect(lijst.isFiltered(lijst.parse({}))).toBe(false);
    expect(lijst.isFiltered(lijst.parse({ status: "A" }))).toBe(true);
  });

  it("sorts by a column ascending first, the other way on the active column", () => {
    const state = lijst.parse({ status: "A" });
    expect(lijst.sortHref("/x", state, "naam")).toBe("/x?status=A&sorteer=naam&richting=op");
    expect(lijst.sortHref("/x", state, "datum")).toBe("/x?status=A&richting=op");
    expect(lijst.sortHref("/x", lijst.parse({ richting: "op" }), "datum")).toBe("/x");
    expect(withQuery("/x", new URLSearchParams())).toBe("/x");
  });
});

describe("the funding column's default teldatum", () => {
  const teldata = ["2025-10-01", "2026-02-01", "2026-10-01"];
  it("is the next one from today, today's own, or else the latest", () => {
    expect(standaardTeldatum(teldata, "2026-01-15")).toBe("2026-02-01");
    expect(standaardTeldatum(teldata, "2026-02-01")).toBe("2026-02-01");
    expect(standaardTeldatum(teldata, "2027-01-01")).toBe("2026-10-01");
    expect(standaardTeldatum([], "2027-01-01")).toBeNull();
  });
});

describe("what changed in a record", () => {
  it("lists the fields that differ, dates as dates, perioden as text", () => {
    expect(
      wijzigingen(
        { datumInschrijving: "2026-08-01T00:00:00.000Z", leerweg: "BOL", persoonId: 1 },
        { datumInschrijving: "2026-08-01", leerweg: "BBL", persoonId: 2 },
      ),
    ).toEqual([{ veld: "leerweg", voor: "BOL", na: "BBL" }]);
    expect(wijzigingen(null, { achternaam: "Jansen", voorvoegsel: null, indicatie: true })).toEqual([
      { veld: "achternaam", voor: null, na: "Jansen" },
      { veld: "indicatie", voor: null, na: "J" },
    ]);
    expect(
      wijzigingen(
        { perioden: [{ begindatum: "2026-08-01", leerweg: "BOL" }] },
        { perioden: [{ begindatum: "2026-08-01", leerweg: "BBL" }] },
      ),
    ).toEqual([{ veld: "perioden", voor: "2026-08-01 BOL", na: "2026-08-01 BBL" }]);
  });
});
