// The generator's contract: deterministic per seed, exact row counts, valid PGNs, reserved prefixes avoided, text read back intact.
import { describe, expect, it } from "vitest";
import { isGeldigBsn, isGeldigOnderwijsnummer } from "../register/validate/pgn";
import { SOORTEN } from "../register/validate/soorten";
import { csvChunks, csvHeader, generateMeldingen, generateRows, OptionError, type GenerateOptions } from "./index";
import { leesTerug, TODAY } from "./test-helpers";

const tekst = (o: GenerateOptions) => [...csvChunks(o)].join("");

describe("determinism", () => {
  it.each(SOORTEN)("%s: the same seed gives the same file, another seed another file", (soort) => {
    const o = { soort, rows: 2_000, today: TODAY, invalidRatio: 0.1 };
    const a = tekst({ ...o, seed: 7 });
    expect(tekst({ ...o, seed: 7 })).toBe(a);
    expect(tekst({ ...o, seed: 8 })).not.toBe(a);
  });

  it("invalid-ratio changes values, never which meldingen and rows there are", () => {
    const o = { soort: "mbo-inschrijvingen" as const, rows: 5_000, today: TODAY };
    const schoon = [...generateMeldingen(o)];
    const vuil = [...generateMeldingen({ ...o, invalidRatio: 0.3 })];
    expect(vuil.map((m) => m.rows.length)).toEqual(schoon.map((m) => m.rows.length));
    for (const [i, m] of vuil.entries()) if (!m.fout) expect(m.rows).toEqual(schoon[i]!.rows);
  });
});

describe("rows", () => {
  it.each([1, 2, 3, 999, 10_000])("an inschrijvingen file has exactly --rows rows (%i)", (rows) => {
    expect([...generateRows({ soort: "mbo-inschrijvingen", rows })]).toHaveLength(rows);
    expect([...generateRows({ soort: "po-inschrijvingen", rows })]).toHaveLength(rows);
  });

  it("every row has the header's width; the header is the soort's columns without actie", () => {
    for (const soort of SOORTEN) {
      const header = csvHeader(soort);
      expect(header).not.toContain("actie");
      const breedtes = new Set([...generateRows({ soort, rows: 2_000, invalidRatio: 0.2 })].map((r) => r.length));
      expect([...breedtes]).toEqual([header.length]);
    }
  });

  it.each(SOORTEN)(
    "%s: the upload reader reads every value back as generated (quoting, BOM, diacritics)",
    async (soort) => {
      // Not 1: derived files only refer to inschrijvingen delivered without error, and would be empty.
      const o = { soort, rows: 3_000, today: TODAY, invalidRatio: 0.5 };
      const header = csvHeader(soort);
      const gelezen = await leesTerug(o);
      const verwacht = [...generateRows(o)];
      expect(gelezen.map((r) => header.map((k) => r.values[k]))).toEqual(verwacht);
      expect(gelezen[0]!.rij).toBe(2);
      const zonderBom = [...csvChunks(o, { bom: false })].join("");
      expect(zonderBom.charCodeAt(0)).not.toBe(0xfeff);
    },
  );
});

describe("reserved for acceptance tests (access.md)", () => {
  it.each(SOORTEN)("%s: PGNs are valid and never start with 8; no volgnummer starts with T-", (soort) => {
    const header = csvHeader(soort);
    const col = (k: string) => header.indexOf(k);
    const volgnummers = header.filter((k) => k.endsWith("volgnummer")).map(col);
    const rows = [...generateRows({ soort, rows: 20_000, seed: 3 })];
    // Problems collected, asserted once: an expect() per row would make this slow.
    const fout = rows.filter((r) => {
      const b = r[col("bsn")] ?? "";
      const o = r[col("onderwijsnummer")] ?? "";
      const pgnGoed = soort === "mbo-bpv" || (b === "" ? isGeldigOnderwijsnummer(o) : isGeldigBsn(b) && o === "");
      return !pgnGoed || b.startsWith("8") || o.startsWith("8") || volgnummers.some((i) => /^T-/i.test(r[i]!));
    });
    expect(fout.slice(0, 3)).toEqual([]);
    if (soort !== "mbo-bpv") {
      expect(rows.some((r) => r[col("bsn")])).toBe(true);
      expect(rows.some((r) => r[col("onderwijsnummer")])).toBe(true);
    }
  });

  it("refuses the T prefix and brins of the wrong sector", () => {
    expect(() => [...generateRows({ soort: "mbo-inschrijvingen", rows: 1, prefix: "T" })]).toThrow(OptionError);
    expect(() => [...generateRows({ soort: "mbo-inschrijvingen", rows: 1, brins: ["01AB"] })]).toThrow(
      /not a mbo institution/,
    );
    expect(() => [...generateRows({ soort: "po-verzuim", rows: 1, today: "2026-02-30" })]).toThrow(OptionError);
    expect(() => [...generateRows({ soort: "po-verzuim", rows: 0 })]).toThrow(OptionError);
  });
});

describe("keys", () => {
  it.each(SOORTEN)("%s: a melding's key is unique in the file (volgnummers unique per brin)", (soort) => {
    const header = csvHeader(soort);
    const sleutels = new Set<string>();
    let n = 0;
    for (const m of generateMeldingen({ soort, rows: 20_000 })) {
      n++;
      sleutels.add(
        ["brin", ...header.filter((k) => k.endsWith("volgnummer"))].map((k) => m.rows[0]![header.indexOf(k)]).join("|"),
      );
    }
    expect(sleutels.size).toBe(n);
  });
});
