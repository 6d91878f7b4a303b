import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRioCsv, RioFormatError } from "./formats";
import { initialTeldata } from "./teldata";

const read = (name: string) => fs.readFileSync(`prisma/data/rio/${name}.csv`, "utf8");

describe("RIO reference files", () => {
  it("parses the demo files shipped with the project", () => {
    expect(parseRioCsv("instellingen", read("instellingen"))).toHaveLength(7);
    expect(parseRioCsv("vestigingen", read("vestigingen"))).toHaveLength(9);
    const opleidingen = parseRioCsv("opleidingen", read("opleidingen"));
    expect(opleidingen.find((o) => o.opleidingscode === "90008")).toMatchObject({
      niveau: 2,
      einddatum: "2027-07-31",
      instroomeinddatum: "2024-07-31",
      toegestane_leerwegen: ["BOL", "BBL"],
    });
    expect(parseRioCsv("licenties", read("licenties")).filter((l) => !l.bekostigd)).toHaveLength(3);
  });

  it("reports every bad row in Dutch", () => {
    const text =
      "brin;opleidingscode;leerweg;bekostigd;begindatum;einddatum\n25AA;9000;BOL;J;2015-08-01;\n25AA;90001;XXX;J;2015-08-01;\n";
    expect(() => parseRioCsv("licenties", text)).toThrow(RioFormatError);
    expect(() => parseRioCsv("licenties", text)).toThrow(/rij 2.*\n.*rij 3/s);
  });

  it("has the teldata of domain.md", () => {
    const teldata = initialTeldata();
    expect(teldata.filter((t) => t.sector === "MBO").map((t) => t.datum)).toEqual([
      "2023-10-01",
      "2024-02-01",
      "2024-10-01",
      "2025-02-01",
      "2025-10-01",
      "2026-02-01",
      "2026-10-01",
      "2027-02-01",
    ]);
    expect(teldata.filter((t) => t.sector === "PO").map((t) => t.datum)).toEqual([
      "2024-02-01",
      "2025-02-01",
      "2026-02-01",
      "2027-02-01",
    ]);
  });
});
