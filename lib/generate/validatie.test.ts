// Generated files through the project's own row validation: all valid at ratio 0, exactly the planned F-code otherwise.
import { describe, expect, it } from "vitest";
import { SOORTEN, type Soort } from "../register/validate/soorten";
import { csvHeader, generateMeldingen, mogelijkeFouten, type ExpectedError } from "./index";
import { leesTerug, sleutelVan, TODAY, valideer } from "./test-helpers";

/** The planned error per melding key, from the in-process API. */
function gepland(soort: Soort, rows: number, invalidRatio: number): Map<string, ExpectedError | undefined> {
  const header = csvHeader(soort);
  const uit = new Map<string, ExpectedError | undefined>();
  for (const m of generateMeldingen({ soort, rows, today: TODAY, invalidRatio }))
    uit.set(sleutelVan(soort, m.rows[0]!, header), m.fout);
  return uit;
}

describe("invalid-ratio 0", () => {
  it.each(SOORTEN)("%s: every melding passes valideerRijen", async (soort) => {
    const uitslagen = valideer(soort, await leesTerug({ soort, rows: 8_000, seed: 11, today: TODAY }));
    expect(uitslagen.length).toBeGreaterThan(100);
    expect(uitslagen.filter((u) => u.afkeuringen.length > 0).slice(0, 3)).toEqual([]);
  });

  it("also with today early in the first studiejaar and another seed", async () => {
    for (const soort of SOORTEN) {
      const uitslagen = valideer(
        soort,
        await leesTerug({ soort, rows: 3_000, seed: 99, today: "2023-09-01" }),
        "2023-09-01",
      );
      expect(uitslagen.filter((u) => u.afkeuringen.length > 0).slice(0, 3)).toEqual([]);
    }
  });
});

describe("invalid-ratio 0.1", () => {
  it.each(SOORTEN)(
    "%s: about a tenth of the meldingen carry one error; F-codes are rejected with exactly that code, R-codes pass",
    async (soort) => {
      const rows = soort.endsWith("inschrijvingen") ? 10_000 : 20_000;
      const plan = gepland(soort, rows, 0.1);
      const uitslagen = valideer(soort, await leesTerug({ soort, rows, today: TODAY, invalidRatio: 0.1 }));
      expect(uitslagen).toHaveLength(plan.size);
      let fout = 0;
      let afgekeurd = 0;
      let fCodes = 0;
      for (const u of uitslagen) {
        expect(plan.has(u.sleutel)).toBe(true);
        const f = plan.get(u.sleutel);
        const codes = [...new Set(u.afkeuringen.map((a) => a.code))];
        if (codes.length > 0) afgekeurd++;
        if (!f) {
          expect(codes, u.sleutel).toEqual([]);
          continue;
        }
        fout++;
        if (f.code.startsWith("R")) {
          // Reference codes need the register: row validation lets them through.
          expect(codes, `${u.sleutel} ${f.wat}`).toEqual([]);
        } else {
          fCodes++;
          expect(codes, `${u.sleutel} ${f.wat}`).toEqual([f.code]);
          expect(
            u.afkeuringen.map((a) => a.kolom),
            f.wat,
          ).toContain(f.kolom);
        }
      }
      expect(fout / uitslagen.length).toBeGreaterThan(0.08);
      expect(fout / uitslagen.length).toBeLessThan(0.12);
      expect(afgekeurd).toBe(fCodes);
    },
  );
});

describe("every kind of error", () => {
  // Derived files refer only to inschrijvingen delivered without error: at ratio 1 they would be empty.
  it.each(SOORTEN)("%s: occurs, and gets its code", async (soort) => {
    const ratio = soort.endsWith("inschrijvingen") ? 1 : 0.5;
    const rows = soort.endsWith("inschrijvingen") ? 5_000 : 20_000;
    const plan = gepland(soort, rows, ratio);
    const uitslagen = valideer(soort, await leesTerug({ soort, rows, today: TODAY, invalidRatio: ratio }));
    const gezien = new Set<string>();
    for (const u of uitslagen) {
      const f = plan.get(u.sleutel);
      if (!f) continue;
      gezien.add(f.wat);
      const codes = [...new Set(u.afkeuringen.map((a) => a.code))];
      expect(codes, f.wat).toEqual(f.code.startsWith("R") ? [] : [f.code]);
    }
    expect([...gezien].sort()).toEqual(
      mogelijkeFouten(soort)
        .map((f) => f.wat)
        .sort(),
    );
  });
});
