// Deliberate errors for --invalid-ratio: which meldingen get one, which one, and the code each is expected to get.
import type { Soort } from "../register/validate/soorten";
import { dag, iso, vanIso, type Dag } from "./datum";
import { kol, kolomIndex, type Index } from "./kolommen";
import type { ExpectedCode, ExpectedError } from "./model";
import { anderPgn } from "./persoon";
import { hash32, hashFloat } from "./prng";
import { standaardBrins, VESTIGINGEN } from "./referentie";

/** What a mutation sees: the melding's rows (changed in place) and a per-melding random number. */
interface Ctx {
  rows: string[][];
  idx: Index;
  today: Dag;
  prefix: string;
  r: number;
}

interface Mutatie {
  code: ExpectedCode;
  kolom: string;
  wat: string;
  kan?: (c: Ctx) => boolean;
  doe: (c: Ctx) => void;
}

const get = (c: Ctx, kolom: string, rij = 0): string => c.rows[rij]![kol(c.idx, kolom)]!;
/** Inschrijving-level columns change in every row, or the rows would also disagree (F09). */
const alle = (c: Ctx, kolom: string, v: string): void => {
  for (const r of c.rows) r[kol(c.idx, kolom)] = v;
};
const zet = (c: Ctx, rij: number, kolom: string, v: string): void => {
  c.rows[rij]![kol(c.idx, kolom)] = v;
};
const laatsteRij = (c: Ctx): number => c.rows.length - 1;
const dagVan = (c: Ctx, kolom: string): Dag => vanIso(get(c, kolom));
/** 30 February of the same year: a date that does not exist (F02). */
const dertigFebruari = (s: string): string => `${s.slice(0, 4)}-02-30`;
/** Another last digit: the check (elfproef, or sum mod 11 = d9 + 5) fails for every other digit. */
const anderLaatsteCijfer = (pgn: string, r: number): string =>
  pgn.slice(0, 8) + String((Number(pgn[8]) + 1 + (r % 9)) % 10);

const PGN: Mutatie[] = [
  {
    code: "F03",
    kolom: "bsn",
    wat: "BSN zonder elfproef",
    kan: (c) => get(c, "bsn") !== "",
    doe: (c) => alle(c, "bsn", anderLaatsteCijfer(get(c, "bsn"), c.r)),
  },
  {
    code: "F04",
    kolom: "onderwijsnummer",
    wat: "onderwijsnummer met fout controlecijfer",
    kan: (c) => get(c, "onderwijsnummer") !== "",
    doe: (c) => alle(c, "onderwijsnummer", anderLaatsteCijfer(get(c, "onderwijsnummer"), c.r)),
  },
  {
    code: "F05",
    kolom: "bsn",
    wat: "geen BSN en geen onderwijsnummer",
    doe: (c) => {
      alle(c, "bsn", "");
      alle(c, "onderwijsnummer", "");
    },
  },
  {
    code: "F05",
    kolom: "onderwijsnummer",
    wat: "BSN én onderwijsnummer",
    doe: (c) => {
      const heeftBsn = get(c, "bsn") !== "";
      alle(c, heeftBsn ? "onderwijsnummer" : "bsn", anderPgn(c.r % 40_000_000, heeftBsn));
    },
  },
];

/** Errors of the person and inschrijving columns both inschrijvingen files share. */
const INSCHRIJVING: Mutatie[] = [
  ...PGN,
  { code: "F01", kolom: "geboortedatum", wat: "geboortedatum leeg", doe: (c) => alle(c, "geboortedatum", "") },
  {
    code: "F02",
    kolom: "geboortedatum",
    wat: "geboortedatum 30 februari",
    doe: (c) => alle(c, "geboortedatum", dertigFebruari(get(c, "geboortedatum"))),
  },
  { code: "F02", kolom: "postcode", wat: "postcode 12345", doe: (c) => alle(c, "postcode", "12345") },
  {
    code: "F02",
    kolom: "inschrijvingsvolgnummer",
    wat: "volgnummer langer dan 20 tekens",
    doe: (c) => alle(c, "inschrijvingsvolgnummer", `${get(c, "inschrijvingsvolgnummer")}-LANGER-DAN-TWINTIG`),
  },
  { code: "F06", kolom: "geslacht", wat: "geslacht X", doe: (c) => alle(c, "geslacht", "X") },
  {
    code: "F07",
    kolom: "datum_uitschrijving",
    wat: "uitschrijving vóór inschrijving",
    doe: (c) => {
      alle(c, "datum_uitschrijving", iso(dagVan(c, "datum_inschrijving") - 1));
      if (c.idx.reden_uitschrijving !== undefined && get(c, "reden_uitschrijving") === "")
        alle(c, "reden_uitschrijving", "02");
    },
  },
  {
    code: "F07",
    kolom: "geboortedatum",
    wat: "geboortedatum in de toekomst",
    doe: (c) => alle(c, "geboortedatum", iso(c.today + 1 + (c.r % 30))),
  },
  {
    code: "F07",
    kolom: "periode_begindatum",
    wat: "eerste periode niet op datum inschrijving",
    doe: (c) => alle(c, "datum_inschrijving", iso(dagVan(c, "datum_inschrijving") - 7)),
  },
  {
    code: "F09",
    kolom: "achternaam",
    wat: "rijen verschillen in achternaam",
    kan: (c) => c.rows.length > 1,
    doe: (c) => zet(c, 1, "achternaam", `${get(c, "achternaam")}-Smit`),
  },
  {
    code: "F09",
    kolom: "periode_begindatum",
    wat: "twee perioden met dezelfde begindatum",
    kan: (c) => c.rows.length > 1,
    doe: (c) => zet(c, 1, "periode_begindatum", get(c, "periode_begindatum", 0)),
  },
];

const MUTATIES: Record<Soort, readonly Mutatie[]> = {
  "mbo-inschrijvingen": [
    ...INSCHRIJVING,
    {
      code: "F01",
      kolom: "opleidingscode",
      wat: "opleidingscode leeg",
      doe: (c) => zet(c, laatsteRij(c), "opleidingscode", ""),
    },
    {
      code: "F01",
      kolom: "datum_uitschrijving_gepland",
      wat: "geplande uitschrijving leeg",
      doe: (c) => alle(c, "datum_uitschrijving_gepland", ""),
    },
    { code: "F06", kolom: "leerweg", wat: "leerweg BLL", doe: (c) => zet(c, laatsteRij(c), "leerweg", "BLL") },
    {
      code: "F06",
      kolom: "indicatie_bekostigbaar",
      wat: "indicatie bekostigbaar Ja",
      doe: (c) => zet(c, 0, "indicatie_bekostigbaar", "Ja"),
    },
    {
      code: "F06",
      kolom: "reden_uitschrijving",
      wat: "reden uitschrijving 11",
      kan: (c) => get(c, "datum_uitschrijving") !== "",
      doe: (c) => alle(c, "reden_uitschrijving", "11"),
    },
    {
      code: "F07",
      kolom: "datum_uitschrijving_gepland",
      wat: "geplande uitschrijving vóór inschrijving",
      doe: (c) => alle(c, "datum_uitschrijving_gepland", iso(dagVan(c, "datum_inschrijving") - 1)),
    },
    {
      code: "F08",
      kolom: "reden_uitschrijving",
      wat: "uitschrijving zonder reden",
      kan: (c) => get(c, "datum_uitschrijving") !== "",
      doe: (c) => alle(c, "reden_uitschrijving", ""),
    },
    {
      code: "F08",
      kolom: "reden_uitschrijving",
      wat: "reden zonder uitschrijving",
      kan: (c) => get(c, "datum_uitschrijving") === "",
      doe: (c) => alle(c, "reden_uitschrijving", "02"),
    },
    // 99AA for 25AA, 99BB for 25BB: unknown, and keys stay unique (volgnummers repeat across brins).
    { code: "R01", kolom: "brin", wat: "onbekende brin", doe: (c) => alle(c, "brin", `99${get(c, "brin").slice(2)}`) },
    {
      code: "R02",
      kolom: "opleidingscode",
      wat: "onbekende opleidingscode",
      doe: (c) => zet(c, 0, "opleidingscode", "99999"),
    },
  ],
  "po-inschrijvingen": [
    ...INSCHRIJVING,
    {
      code: "F01",
      kolom: "vestigingscode",
      wat: "vestigingscode leeg",
      doe: (c) => zet(c, laatsteRij(c), "vestigingscode", ""),
    },
    { code: "F01", kolom: "groep", wat: "groep leeg", doe: (c) => zet(c, laatsteRij(c), "groep", "") },
    {
      code: "F02",
      kolom: "vestigingscode",
      wat: "vestigingscode van 5 tekens",
      doe: (c) => zet(c, 0, "vestigingscode", get(c, "vestigingscode").slice(0, 5)),
    },
    { code: "F06", kolom: "groep", wat: "groep 9", doe: (c) => zet(c, laatsteRij(c), "groep", "9") },
    {
      code: "R02",
      kolom: "vestigingscode",
      wat: "vestiging van een andere school",
      doe: (c) =>
        zet(c, 0, "vestigingscode", VESTIGINGEN[standaardBrins("PO").find((b) => b !== get(c, "brin"))!]![0]!),
    },
  ],
  "mbo-bpv": [
    { code: "F01", kolom: "leerbedrijf_id", wat: "leerbedrijf leeg", doe: (c) => zet(c, 0, "leerbedrijf_id", "") },
    { code: "F01", kolom: "afsluitdatum", wat: "afsluitdatum leeg", doe: (c) => zet(c, 0, "afsluitdatum", "") },
    {
      code: "F02",
      kolom: "leerbedrijf_id",
      wat: "leerbedrijf begint met 0",
      doe: (c) => zet(c, 0, "leerbedrijf_id", "012345678"),
    },
    { code: "F02", kolom: "omvang_uren", wat: "omvang 0 uur", doe: (c) => zet(c, 0, "omvang_uren", "0") },
    {
      code: "F02",
      kolom: "datum_begin",
      wat: "datum begin 30 februari",
      doe: (c) => zet(c, 0, "datum_begin", dertigFebruari(get(c, "datum_begin"))),
    },
    {
      code: "F07",
      kolom: "datum_einde_gepland",
      wat: "geplande einde vóór begin",
      doe: (c) => zet(c, 0, "datum_einde_gepland", iso(dagVan(c, "datum_begin") - 1)),
    },
    {
      code: "F07",
      kolom: "datum_einde",
      wat: "einde vóór begin",
      doe: (c) => zet(c, 0, "datum_einde", iso(dagVan(c, "datum_begin") - 1)),
    },
    {
      code: "R03",
      kolom: "inschrijvingsvolgnummer",
      wat: "onbekende inschrijving",
      doe: (c) => zet(c, 0, "inschrijvingsvolgnummer", `${c.prefix}-X${c.r % 1_000_000}`),
    },
  ],
  "mbo-resultaten": [
    ...PGN,
    { code: "F01", kolom: "soort", wat: "soort leeg", doe: (c) => zet(c, 0, "soort", "") },
    { code: "F01", kolom: "datum_behaald", wat: "datum behaald leeg", doe: (c) => zet(c, 0, "datum_behaald", "") },
    {
      code: "F02",
      kolom: "datum_behaald",
      wat: "datum behaald 30 februari",
      doe: (c) => zet(c, 0, "datum_behaald", dertigFebruari(get(c, "datum_behaald"))),
    },
    {
      code: "F02",
      kolom: "opleidingscode",
      wat: "opleidingscode van 4 cijfers",
      doe: (c) => zet(c, 0, "opleidingscode", "9000"),
    },
    { code: "F06", kolom: "soort", wat: "soort GETUIGSCHRIFT", doe: (c) => zet(c, 0, "soort", "GETUIGSCHRIFT") },
    {
      code: "F06",
      kolom: "indicatie_bekostigbaar",
      wat: "indicatie bekostigbaar X",
      doe: (c) => zet(c, 0, "indicatie_bekostigbaar", "X"),
    },
    {
      code: "F07",
      kolom: "datum_behaald",
      wat: "datum behaald in de toekomst",
      doe: (c) => zet(c, 0, "datum_behaald", iso(c.today + 1 + (c.r % 30))),
    },
    {
      code: "R02",
      kolom: "opleidingscode",
      wat: "onbekende opleidingscode",
      doe: (c) => zet(c, 0, "opleidingscode", "99999"),
    },
    {
      code: "R03",
      kolom: "inschrijvingsvolgnummer",
      wat: "onbekende inschrijving",
      doe: (c) => zet(c, 0, "inschrijvingsvolgnummer", `${c.prefix}-X${c.r % 1_000_000}`),
    },
  ],
  "po-verzuim": [
    ...PGN,
    { code: "F01", kolom: "soort", wat: "soort leeg", doe: (c) => zet(c, 0, "soort", "") },
    { code: "F01", kolom: "datum_begin", wat: "datum begin leeg", doe: (c) => zet(c, 0, "datum_begin", "") },
    {
      code: "F02",
      kolom: "datum_begin",
      wat: "datum begin 30 februari",
      doe: (c) => zet(c, 0, "datum_begin", dertigFebruari(get(c, "datum_begin"))),
    },
    { code: "F06", kolom: "soort", wat: "soort ZIEK", doe: (c) => zet(c, 0, "soort", "ZIEK") },
    {
      code: "F07",
      kolom: "datum_einde",
      wat: "einde vóór begin",
      doe: (c) => zet(c, 0, "datum_einde", iso(dagVan(c, "datum_begin") - 1)),
    },
    {
      code: "F10",
      kolom: "datum_einde",
      wat: "LRV zonder datum einde",
      doe: (c) => {
        zet(c, 0, "soort", "LRV");
        zet(c, 0, "datum_einde", "");
      },
    },
    // Every generated inschrijving starts on or after 1 August 2023.
    {
      code: "R03",
      kolom: "datum_begin",
      wat: "niet ingeschreven op datum begin",
      doe: (c) => zet(c, 0, "datum_begin", iso(dag(2022, 3, 14))),
    },
  ],
};

// One salt per soort: the inschrijvingen file and a file derived from it decide independently.
const SALT: Record<Soort, number> = {
  "mbo-inschrijvingen": 0x1101,
  "mbo-bpv": 0x1102,
  "mbo-resultaten": 0x1103,
  "po-inschrijvingen": 0x1104,
  "po-verzuim": 0x1105,
};

/** Whether melding `nr` of a file of this soort carries a deliberate error: a hash, not a draw, so files derived from it can tell. */
export function isOngeldig(seed: number, soort: Soort, nr: number, ratio: number): boolean {
  return ratio > 0 && hashFloat(seed, SALT[soort], nr) < ratio;
}

/** Applies one error, chosen deterministically among those that fit this melding, and says which. */
export function maakOngeldig(
  seed: number,
  soort: Soort,
  nr: number,
  rows: string[][],
  today: Dag,
  prefix: string,
): ExpectedError {
  const c: Ctx = { rows, idx: kolomIndex(soort), today, prefix, r: hash32(seed, SALT[soort] + 0x100, nr) };
  const passend = MUTATIES[soort].filter((m) => !m.kan || m.kan(c));
  const m = passend[hash32(seed, SALT[soort] + 0x200, nr) % passend.length]!;
  m.doe(c);
  return { code: m.code, kolom: m.kolom, wat: m.wat };
}

/** Every error a soort can get (for documentation and tests). */
export function mogelijkeFouten(soort: Soort): ExpectedError[] {
  return MUTATIES[soort].map(({ code, kolom, wat }) => ({ code, kolom, wat }));
}
