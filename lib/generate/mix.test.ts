// The realistic mix quality.md asks for, and how the derived files refer to the inschrijvingen of the same seed.
import { describe, expect, it } from "vitest";
import {
  csvHeader,
  generateMeldingen,
  mboInschrijvingen,
  normaliseer,
  poInschrijvingen,
  type GenerateOptions,
} from "./index";
import { dag, iso, leeftijd, studiejaarVan } from "./datum";
import { licentiesPerOpleiding } from "./referentie";
import { TODAY } from "./test-helpers";

const ROWS = 40_000;
const mbo: GenerateOptions = { soort: "mbo-inschrijvingen", rows: ROWS, seed: 5, today: TODAY };
const po: GenerateOptions = { soort: "po-inschrijvingen", rows: ROWS, seed: 5, today: TODAY };
const vandaag = dag(2026, 11, 23);
const fractie = (n: number, van: number) => n / van;

/** Rows of a derived soort as objects by column name, leaving out those with a deliberate error. */
function rijen(o: GenerateOptions): Record<string, string>[] {
  const header = csvHeader(o.soort);
  return [...generateMeldingen(o)]
    .filter((m) => !m.fout)
    .flatMap((m) => m.rows.map((r) => Object.fromEntries(header.map((k, i) => [k, r[i]!]))));
}

describe("mbo-inschrijvingen mix", () => {
  const lijst = [...mboInschrijvingen(normaliseer(mbo))];
  const perPgn = new Map<string, typeof lijst>();
  for (const i of lijst) {
    const pgn = i.persoon.bsn || i.persoon.onderwijsnummer;
    perPgn.set(pgn, [...(perPgn.get(pgn) ?? []), i]);
  }

  it("≈ 1.2 rows per melding: about 20% of inschrijvingen have two perioden", () => {
    const twee = lijst.filter((i) => i.perioden.length === 2).length;
    expect(lijst.every((i) => i.perioden.length <= 2)).toBe(true);
    expect(fractie(twee, lijst.length)).toBeGreaterThan(0.17);
    expect(fractie(twee, lijst.length)).toBeLessThan(0.23);
  });

  it("about 5% of persons are enrolled at two institutions, with the same PGN, geboortedatum and geslacht", () => {
    const twee = [...perPgn.values()].filter((l) => l.length > 1);
    expect(fractie(twee.length, perPgn.size)).toBeGreaterThan(0.035);
    expect(fractie(twee.length, perPgn.size)).toBeLessThan(0.065);
    for (const [a, b] of twee) {
      expect(a!.brin).not.toBe(b!.brin);
      expect(b!.persoon.geboortedatum).toBe(a!.persoon.geboortedatum);
      expect(b!.persoon.geslacht).toBe(a!.persoon.geslacht);
    }
  });

  it("mixes BOL, BBL and EX, mostly on licensed opleidingen", () => {
    const perioden = lijst.flatMap((i) => i.perioden.map((p) => ({ ...p, brin: i.brin })));
    const aandeel = (lw: string) => fractie(perioden.filter((p) => p.leerweg === lw).length, perioden.length);
    expect(aandeel("BOL")).toBeGreaterThan(0.5);
    expect(aandeel("BBL")).toBeGreaterThan(0.2);
    expect(aandeel("EX")).toBeGreaterThan(0.01);
    expect(aandeel("EX")).toBeLessThan(0.06);
    const zonder = perioden.filter(
      (p) => !licentiesPerOpleiding(p.brin).some((l) => l.code === p.opleidingscode && l.leerwegen.includes(p.leerweg)),
    );
    expect(fractie(zonder.length, perioden.length)).toBeGreaterThan(0.03);
    expect(fractie(zonder.length, perioden.length)).toBeLessThan(0.25);
    expect(fractie(lijst.filter((i) => i.brin === "25AA").length, lijst.length)).toBeCloseTo(0.3, 1);
  });

  it("dates: studiejaren 2023-2024 … 2026-2027, nothing after today but planned ends, ages 15–30", () => {
    // Problems collected and asserted once: an expect() per inschrijving would make this slow.
    const fout = lijst.filter((i) => {
      const jaren = leeftijd(i.persoon.geboortedatum, i.inschrijving);
      return !(
        i.inschrijving >= dag(2023, 8, 1) &&
        i.inschrijving <= vandaag &&
        i.gepland > i.inschrijving &&
        i.perioden[0]!.begin === i.inschrijving &&
        i.perioden.every((p) => p.begin <= Math.min(vandaag, i.uitschrijving ?? vandaag)) &&
        (i.uitschrijving === undefined) === (i.reden === undefined) &&
        (i.uitschrijving === undefined || i.uitschrijving >= i.inschrijving) &&
        jaren >= 15 &&
        jaren <= 30
      );
    });
    expect(fout.slice(0, 3)).toEqual([]);
    expect(fractie(lijst.filter((i) => i.uitschrijving !== undefined).length, lijst.length)).toBeGreaterThan(0.2);
    expect(new Set(lijst.map((i) => studiejaarVan(i.inschrijving)))).toEqual(new Set([2023, 2024, 2025, 2026]));
  });

  it("persons: woonland mostly NL, valid NL postcodes, voorvoegsels, diacritics, BSN and onderwijsnummer", () => {
    const personen = [...perPgn.values()].map((l) => l[0]!.persoon);
    const land = (c: string) => fractie(personen.filter((p) => (p.woonland || "NL") === c).length, personen.length);
    expect(land("NL")).toBeGreaterThan(0.93);
    expect(land("BE")).toBeGreaterThan(0.005);
    expect(land("DE")).toBeGreaterThan(0.005);
    expect(personen.some((p) => !["", "NL", "BE", "DE"].includes(p.woonland))).toBe(true);
    const postcodes = personen.filter((p) => p.postcode);
    expect(
      postcodes.filter((p) => !/^[1-9]\d{3} ?[A-Z]{2}$/.test(p.postcode) || !["", "NL"].includes(p.woonland)),
    ).toEqual([]);
    expect(personen.filter((p) => p.voorvoegsel === "van der").length).toBeGreaterThan(0);
    expect(personen.some((p) => p.achternaam === "Özil")).toBe(true);
    expect(personen.some((p) => p.achternaam === "Ruïz")).toBe(true);
    const onr = fractie(personen.filter((p) => p.onderwijsnummer).length, personen.length);
    expect(onr).toBeGreaterThan(0.05);
    expect(onr).toBeLessThan(0.25);
  });
});

describe("po-inschrijvingen mix", () => {
  const lijst = [...poInschrijvingen(normaliseer(po))];

  it("groep follows age (age on 1 October minus 3, 1–8); new perioden begin on 1 August; ages 4–12", () => {
    const fout = lijst.filter((i) => {
      const geboren = i.persoon.geboortedatum;
      const jaren = leeftijd(geboren, i.inschrijving);
      const groepKlopt = i.perioden.every((p, n) => {
        const g = Math.min(8, Math.max(1, leeftijd(geboren, dag(studiejaarVan(p.begin), 10, 1)) - 3));
        return p.groep === g && (n === 0 || iso(p.begin).endsWith("-08-01"));
      });
      return !(jaren >= 4 && jaren <= 12 && groepKlopt);
    });
    expect(fout.slice(0, 3)).toEqual([]);
    const meer = lijst.filter((i) => i.perioden.length > 1).length;
    expect(fractie(meer, lijst.length)).toBeGreaterThan(0.2);
  });

  it("some pupils move to another school of the file, mostly the day after leaving the first", () => {
    const perPgn = new Map<string, typeof lijst>();
    for (const i of lijst)
      perPgn.set(i.persoon.bsn || i.persoon.onderwijsnummer, [
        ...(perPgn.get(i.persoon.bsn || i.persoon.onderwijsnummer) ?? []),
        i,
      ]);
    const paren = [...perPgn.values()].filter((l) => l.length === 2);
    expect(fractie(paren.length, perPgn.size)).toBeGreaterThan(0.015);
    const aansluitend = paren.filter(([a, b]) => b!.inschrijving === a!.uitschrijving! + 1).length;
    expect(fractie(aansluitend, paren.length)).toBeGreaterThan(0.7);
  });
});

describe("derived files refer to the inschrijvingen of the same seed", () => {
  const ratio = 0.1;
  const ins = [...generateMeldingen({ ...mbo, invalidRatio: ratio })];
  const header = csvHeader("mbo-inschrijvingen");
  const col = (k: string) => header.indexOf(k);
  /** Inschrijvingen delivered without error, by brin|volgnummer. */
  const geldig = new Map(
    ins
      .filter((m) => !m.fout)
      .map((m) => [`${m.rows[0]![col("brin")]}|${m.rows[0]![col("inschrijvingsvolgnummer")]}`, m.rows]),
  );

  it("mbo-bpv: most BBL inschrijvingen have a BPV within their dates, some none", () => {
    const bpv = rijen({ ...mbo, soort: "mbo-bpv", invalidRatio: ratio });
    const metBpv = new Set<string>();
    for (const r of bpv) {
      const rows = geldig.get(`${r.brin}|${r.inschrijvingsvolgnummer}`)!;
      metBpv.add(`${r.brin}|${r.inschrijvingsvolgnummer}`);
      expect(rows.some((x) => x[col("leerweg")] === "BBL")).toBe(true);
      expect(r.datum_begin! >= rows[0]![col("datum_inschrijving")]!).toBe(true);
      const uit = rows[0]![col("datum_uitschrijving")];
      if (uit) expect(r.datum_begin! <= uit).toBe(true);
    }
    const bbl = [...geldig].filter(([, rows]) => rows.some((x) => x[col("leerweg")] === "BBL"));
    expect(fractie(metBpv.size, bbl.length)).toBeGreaterThan(0.75);
    expect(fractie(metBpv.size, bbl.length)).toBeLessThan(0.95);
  });

  it("mbo-resultaten: diplomas and certificaten for the same person", () => {
    const res = rijen({ ...mbo, soort: "mbo-resultaten", invalidRatio: ratio });
    expect(res.filter((r) => r.soort === "DIPLOMA").length).toBeGreaterThan(100);
    expect(res.filter((r) => r.soort === "CERTIFICAAT").length).toBeGreaterThan(100);
    for (const r of res) {
      const i = geldig.get(`${r.brin}|${r.inschrijvingsvolgnummer}`)![0]!;
      expect([r.bsn, r.onderwijsnummer]).toEqual([i[col("bsn")], i[col("onderwijsnummer")]]);
      expect(r.datum_behaald! >= i[col("datum_inschrijving")]!).toBe(true);
      expect(r.datum_behaald! <= TODAY).toBe(true);
    }
  });

  it("po-verzuim: the pupil is enrolled at that school on datum_begin; datum_einde where required", () => {
    const poHeader = csvHeader("po-inschrijvingen");
    const pc = (k: string) => poHeader.indexOf(k);
    const inschrijvingen = new Map<string, { van: string; tot: string }[]>();
    for (const m of generateMeldingen({ ...po, invalidRatio: ratio })) {
      if (m.fout) continue;
      const r = m.rows[0]!;
      const sleutel = `${r[pc("brin")]}|${r[pc("bsn")] || r[pc("onderwijsnummer")]}`;
      inschrijvingen.set(sleutel, [
        ...(inschrijvingen.get(sleutel) ?? []),
        { van: r[pc("datum_inschrijving")]!, tot: r[pc("datum_uitschrijving")] || "9999" },
      ]);
    }
    const verzuim = rijen({ ...po, soort: "po-verzuim", invalidRatio: ratio });
    expect(verzuim.length).toBeGreaterThan(1000);
    const ingeschreven = verzuim.filter((v) =>
      (inschrijvingen.get(`${v.brin}|${v.bsn || v.onderwijsnummer}`) ?? []).some(
        (i) => i.van <= v.datum_begin! && v.datum_begin! <= i.tot,
      ),
    );
    expect(ingeschreven.length).toBe(verzuim.length);
    for (const v of verzuim) {
      if (["16U_4W", "LRV", "RMC"].includes(v.soort!)) expect(v.datum_einde).not.toBe("");
    }
  });
});
