// The built-in reference data must match the demo RIO files the register loads.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRioCsv } from "../rio/formats";
import { INSTELLINGEN, LICENTIES, OPLEIDINGEN, standaardBrins, VESTIGINGEN } from "./referentie";

const read = (name: string) => fs.readFileSync(`prisma/data/rio/${name}.csv`, "utf8");

describe("built-in reference data", () => {
  it("equals prisma/data/rio/*.csv", () => {
    const instellingen = parseRioCsv("instellingen", read("instellingen"));
    expect(INSTELLINGEN).toEqual(instellingen.map((i) => ({ brin: i.brin, sector: i.sector })));
    const vestigingen: Record<string, string[]> = {};
    for (const v of parseRioCsv("vestigingen", read("vestigingen")))
      (vestigingen[v.brin] ??= []).push(v.vestigingscode);
    expect(VESTIGINGEN).toEqual(vestigingen);
    expect(OPLEIDINGEN).toEqual(
      parseRioCsv("opleidingen", read("opleidingen")).map((o) => ({
        code: o.opleidingscode,
        niveau: o.niveau,
        leerwegen: o.toegestane_leerwegen,
      })),
    );
    expect(LICENTIES).toEqual(
      parseRioCsv("licenties", read("licenties")).map((l) => ({
        brin: l.brin,
        opleidingscode: l.opleidingscode,
        leerweg: l.leerweg,
      })),
    );
  });

  it("defaults to the institutions with licences (mbo) or vestigingen (po)", () => {
    expect(standaardBrins("MBO")).toEqual(["25AA", "25BB", "25CC"]);
    expect(standaardBrins("PO")).toEqual(["01AB", "02CD", "03EF", "04GH"]);
  });
});
