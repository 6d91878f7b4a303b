// The OSR's pure rules: a mandate's status on a day, the day before (ending "at once"), and who
// stands for which context as a viewer inside or outside the school may see it.
import { describe, expect, it } from "vitest";
import { dagErvoor, mandaatStatus } from "./mandaten";
import { contactenPerContext, zietBeperkteContexten } from "./telefoonboek";

describe("mandates on a day", () => {
  it("count from begindatum up to and including einddatum", () => {
    expect(mandaatStatus({ begindatum: "2026-11-24", einddatum: null }, "2026-11-24")).toBe("ACTIEF");
    expect(mandaatStatus({ begindatum: "2026-01-01", einddatum: "2026-11-24" }, "2026-11-24")).toBe("ACTIEF");
    expect(mandaatStatus({ begindatum: "2026-01-01", einddatum: "2026-11-23" }, "2026-11-24")).toBe("BEEINDIGD");
    expect(mandaatStatus({ begindatum: "2026-11-25", einddatum: null }, "2026-11-24")).toBe("TOEKOMSTIG");
    // Ended before it began (withdrawn): ended, not future.
    expect(mandaatStatus({ begindatum: "2027-01-01", einddatum: "2026-11-23" }, "2026-11-24")).toBe("BEEINDIGD");
  });
  it("the day before crosses months, leap days and years", () => {
    expect(dagErvoor("2026-03-01")).toBe("2026-02-28");
    expect(dagErvoor("2028-03-01")).toBe("2028-02-29");
    expect(dagErvoor("2027-01-01")).toBe("2026-12-31");
  });
});

describe("contact persons per context", () => {
  const anna = {
    naam: "Anna",
    functie: null,
    email: "anna@school.example",
    telefoon: null,
    contexten: ["ALGEMEEN" as const],
  };
  const bob = {
    naam: "Bob",
    functie: "Verzuimcoördinator",
    email: null,
    telefoon: "06-12345678",
    contexten: ["VERZUIM" as const, "ICT" as const],
  };

  it("gives names per context, ALGEMEEN standing in where nobody is, in the order of osr.md", () => {
    const blokken = contactenPerContext([anna, bob], true);
    expect(blokken.map((b) => [b.context, b.soort])).toEqual([
      ["ALGEMEEN", "EIGEN"],
      ["AANMELDEN", "ALGEMEEN"],
      ["VERZUIM", "EIGEN"],
      ["BPV", "ALGEMEEN"],
      ["TOEZICHT", "ALGEMEEN"],
      ["FACTURATIE", "ALGEMEEN"],
      ["ICT", "EIGEN"],
    ]);
    expect(blokken[2]).toEqual({
      context: "VERZUIM",
      soort: "EIGEN",
      personen: [{ naam: "Bob", functie: "Verzuimcoördinator", email: null, telefoon: "06-12345678" }],
    });
  });
  it("tells an outsider only that a restricted contact exists, and still names open contexts", () => {
    const blokken = contactenPerContext([anna, bob], false);
    expect(blokken.find((b) => b.context === "VERZUIM")).toEqual({ context: "VERZUIM", soort: "BEPERKT" });
    expect(blokken.find((b) => b.context === "ICT")).toMatchObject({ soort: "EIGEN", personen: [{ naam: "Bob" }] });
  });
  it("says so when there is nobody at all", () => {
    expect(contactenPerContext([], false).every((b) => b.soort === "GEEN")).toBe(true);
  });
  it("lets the school's own users and DUO staff see restricted contexts, nobody else", () => {
    expect(zietBeperkteContexten({ rol: "MEDEWERKER", brins: ["01AB"] }, "01AB")).toBe(true);
    expect(zietBeperkteContexten({ rol: "DUO_MEDEWERKER", brins: [] }, "01AB")).toBe(true);
    expect(zietBeperkteContexten({ rol: "DUO_BEHEERDER", brins: [] }, "01AB")).toBe(true);
    expect(zietBeperkteContexten({ rol: "INSTELLING_BEHEERDER", brins: ["25AA", "02CD"] }, "01AB")).toBe(false);
  });
});
