// mbo inschrijvingen as records: persons, studiejaren, opleidingen by licence, perioden, persons at two institutions.
import { dag, plusJaren, studiejaarVan, volgendeMaand, type Dag } from "./datum";
import type { Basis, MboInschrijving, MboPeriode } from "./model";
import { maakPersoon, persoonIndex } from "./persoon";
import { Prng, Weighted } from "./prng";
import { BRIN_GEWICHT, licentiesPerOpleiding, opleiding, OPLEIDINGEN, type Leerweg } from "./referentie";
import { Volgnummers } from "./volgnummer";

/** Inschrijvingen start in studiejaren 2023-2024 … 2026-2027 (the teldata at install). */
export const EERSTE_STUDIEJAAR = 2023;
export const LAATSTE_STUDIEJAAR = 2026;

// The mix quality.md asks for: ≈ 1.2 rows per melding, 5% of persons at two institutions.
const KANS_TWEE_PERIODEN = 0.215; // a little over 20%: a few inschrijvingen have no room for a second
const KANS_TWEE_INSTELLINGEN = 0.05;
const REDEN_UITVAL = ["02", "03", "04", "05", "06", "07", "08", "09", "10"];
const REDEN_OVERSTAP = ["03", "04", "05"];

// Mostly 16–19, a tail up to 30 (domain: ages at inschrijving 15–30).
const LEEFTIJD = new Weighted<number>([
  [15, 3],
  [16, 24],
  [17, 20],
  [18, 15],
  [19, 10],
  [20, 7],
  [21, 5],
  [22, 4],
  [23, 3],
  [24, 2],
  [25, 1],
  [26, 1],
  [27, 1],
  [28, 1],
  [29, 1],
  [30, 1],
]);
const STUDIEJAAR = new Weighted<number>([
  [2023, 20],
  [2024, 25],
  [2025, 30],
  [2026, 25],
]);

/** Stream number of the PRNG: the records depend on seed and rows only, never on soort or invalid-ratio. */
const STREAM = 0x3b0;

/** A start date in a studiejaar that has begun by `laatste`: mostly 1 August, some later in the year. */
function kiesStart(rng: Prng, laatste: Dag): Dag {
  let jaar = STUDIEJAAR.pick(rng);
  while (dag(jaar, 8, 1) > laatste) jaar--;
  const aug1 = dag(jaar, 8, 1);
  const r = rng.float();
  const d = r < 0.72 ? aug1 : r < 0.85 ? aug1 + rng.int(61) : aug1 + rng.int(365);
  return d <= laatste ? d : aug1 + rng.int(laatste - aug1 + 1);
}

/** Born so that the person is exactly `jaren` old on `op`. */
function geborenVoor(rng: Prng, op: Dag, jaren: number): Dag {
  return plusJaren(op, -jaren) - rng.int(365);
}

interface Keuze {
  opleidingscode: string;
  leerweg: Leerweg;
}

/** Mostly an opleiding + leerweg the brin is licensed for; some not licensed, some EX, a few not allowed at all. */
function kiesOpleiding(rng: Prng, brin: string): Keuze {
  const lic = licentiesPerOpleiding(brin);
  const r = rng.float();
  if (r < 0.03) return { opleidingscode: rng.pick(lic.length ? lic : OPLEIDINGEN).code, leerweg: "EX" };
  if (r < 0.04) {
    // Leerweg outside the opleiding's toegestane leerwegen (M04).
    const o = rng.pick(OPLEIDINGEN.filter((x) => x.leerwegen.length === 1));
    return { opleidingscode: o.code, leerweg: o.leerwegen[0] === "BOL" ? "BBL" : "BOL" };
  }
  if (r < 0.13 || lic.length === 0) {
    // Any opleiding, allowed leerweg, licence or not (M03 when not).
    const o = rng.pick(OPLEIDINGEN);
    return { opleidingscode: o.code, leerweg: kiesLeerweg(rng, o.leerwegen) };
  }
  const l = rng.pick(lic);
  return { opleidingscode: l.code, leerweg: kiesLeerweg(rng, l.leerwegen) };
}

/** About three in four BOL where both are possible, as in the sector. */
function kiesLeerweg(rng: Prng, mogelijk: readonly Leerweg[]): Leerweg {
  if (mogelijk.includes("BOL") && mogelijk.includes("BBL")) return rng.chance(0.72) ? "BOL" : "BBL";
  return mogelijk[0]!;
}

/** What changes at a second periode: BOL → BBL (or back) within the opleiding, otherwise another opleiding. */
function volgendePeriode(rng: Prng, brin: string, p: MboPeriode, begin: Dag): MboPeriode {
  const mag = opleiding(p.opleidingscode).leerwegen;
  if (p.leerweg === "BOL" && mag.includes("BBL") && rng.chance(0.55)) return { ...p, begin, leerweg: "BBL" };
  if (p.leerweg === "BBL" && mag.includes("BOL") && rng.chance(0.4)) return { ...p, begin, leerweg: "BOL" };
  if (p.leerweg === "EX" && mag.includes("BOL")) return { ...p, begin, leerweg: "BOL" };
  const andere = licentiesPerOpleiding(brin).filter((l) => l.code !== p.opleidingscode);
  if (andere.length > 0) {
    const l = rng.pick(andere);
    return { ...p, begin, opleidingscode: l.code, leerweg: kiesLeerweg(rng, l.leerwegen) };
  }
  const o = rng.pick(OPLEIDINGEN.filter((x) => x.code !== p.opleidingscode));
  return { ...p, begin, opleidingscode: o.code, leerweg: kiesLeerweg(rng, o.leerwegen) };
}

/** The begin of a second periode in (start, limit]: 1 February or 1 August if possible, else a month start. */
function tweedeBegin(rng: Prng, start: Dag, limit: Dag): Dag | undefined {
  if (limit <= start) return undefined;
  const jaar = studiejaarVan(start);
  const feb1 = dag(jaar + 1, 2, 1);
  const aug1 = dag(jaar + 1, 8, 1);
  if (feb1 > start && feb1 <= limit && (aug1 > limit || rng.chance(0.7))) return feb1;
  if (aug1 <= limit) return aug1;
  const maand = volgendeMaand(start);
  return maand <= limit ? maand : start + 1 + rng.int(limit - start);
}

/** One inschrijving from its start: opleiding, planned end by niveau, perhaps an end, perhaps a second periode. */
function maakInschrijving(
  rng: Prng,
  brin: string,
  start: Dag,
  today: Dag,
): Omit<MboInschrijving, "nr" | "volgnummer" | "persoon"> {
  const k = kiesOpleiding(rng, brin);
  const niveau = opleiding(k.opleidingscode).niveau;
  const jaren = niveau === 1 ? 1 : niveau === 4 ? rng.between(3, 4) : niveau;
  // 31 July after the opleiding's years; a start on 31 July itself counts from the next studiejaar.
  const gepland = dag(studiejaarVan(start + 1) + jaren, 7, 31);
  let uitschrijving: Dag | undefined;
  let reden: string | undefined;
  const r = rng.float();
  if (gepland <= today ? r < 0.65 : false) {
    uitschrijving = gepland;
    reden = "01"; // completed: the resultaten file gives most of these a diploma
  } else if (gepland <= today ? r < 0.85 : r < 0.15) {
    uitschrijving = start + rng.int(Math.min(gepland, today) - start + 1);
    reden = rng.pick(REDEN_UITVAL);
  }
  const eerste: MboPeriode = { begin: start, ...k, bekostigbaar: rng.chance(0.96) };
  const perioden = [eerste];
  if (rng.chance(KANS_TWEE_PERIODEN)) {
    const begin = tweedeBegin(rng, start, Math.min(today, uitschrijving ?? today));
    if (begin !== undefined) perioden.push(volgendePeriode(rng, brin, eerste, begin));
  }
  return { brin, inschrijving: start, gepland, uitschrijving, reden, perioden };
}

/**
 * The second inschrijving of a person at another brin: half a switch (the first ends, the second
 * starts the next day or the next 1 August), half at the same time (M09, S01).
 */
function tweedeInschrijving(
  rng: Prng,
  a: MboInschrijving,
  brin: string,
  laatste: Dag,
  today: Dag,
): Omit<MboInschrijving, "nr" | "volgnummer"> {
  const laatstePeriode = a.perioden[a.perioden.length - 1]!.begin;
  let start: Dag | undefined;
  if (rng.chance(0.5)) {
    if (a.uitschrijving === undefined && laatstePeriode < laatste) {
      a.uitschrijving = laatstePeriode + rng.int(laatste - laatstePeriode);
      a.reden = rng.pick(REDEN_OVERSTAP);
    }
    if (a.uitschrijving !== undefined && a.uitschrijving < laatste) {
      const aug1 = dag(studiejaarVan(a.uitschrijving) + 1, 8, 1);
      start = aug1 <= laatste && rng.chance(0.5) ? aug1 : a.uitschrijving + 1;
    }
  }
  start ??= a.inschrijving + rng.int(Math.min(60, laatste - a.inschrijving) + 1);
  return { ...maakInschrijving(rng, brin, start, today), persoon: a.persoon };
}

/**
 * The inschrijvingen of an mbo file of `rows` rows, in order. Exactly `rows` rows: the last
 * inschrijving loses perioden that do not fit. Depends on seed, rows, brins, today and prefix only.
 */
export function* mboInschrijvingen(o: Basis): Generator<MboInschrijving> {
  const rng = new Prng(o.seed, STREAM);
  const brinKeuze = new Weighted(o.brins.map((b) => [b, BRIN_GEWICHT[b] ?? 1] as const));
  const volgnummers = new Volgnummers(o.prefix);
  const laatste = Math.min(o.today, dag(LAATSTE_STUDIEJAAR + 1, 7, 31));
  let rest = o.rows;
  let nr = 0;
  for (let p = 0; rest > 0; p++) {
    const paar = o.brins.length > 1 && rng.chance(KANS_TWEE_INSTELLINGEN);
    const brin = brinKeuze.pick(rng);
    const start = kiesStart(rng, laatste);
    // A person at two institutions is at most 26 at the first, so at most 30 at the second.
    const geboren = geborenVoor(rng, start, paar ? rng.between(15, 26) : LEEFTIJD.pick(rng));
    const persoon = maakPersoon(rng, o.seed, persoonIndex(o.seed, "MBO", p), geboren);
    const a: MboInschrijving = { nr: 0, volgnummer: "", persoon, ...maakInschrijving(rng, brin, start, o.today) };
    const lijst = [a];
    if (paar) {
      let ander = brinKeuze.pick(rng);
      while (ander === brin) ander = brinKeuze.pick(rng);
      lijst.push({ nr: 0, volgnummer: "", ...tweedeInschrijving(rng, a, ander, laatste, o.today) });
    }
    for (const ins of lijst) {
      if (rest === 0) break;
      if (ins.perioden.length > rest) ins.perioden.length = rest;
      rest -= ins.perioden.length;
      ins.nr = nr++;
      ins.volgnummer = volgnummers.volgende(ins.brin);
      yield ins;
    }
  }
}
