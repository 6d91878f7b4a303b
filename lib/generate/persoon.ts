// Persons: a unique, valid PGN (BSN or onderwijsnummer) per person index, and the person's other fields.
import { type Dag } from "./datum";
import { kiesNaam, kiesPostcode, kiesWoonland } from "./namen";
import { hashFloat, type Prng } from "./prng";

export interface Persoon {
  /** Exactly one of bsn / onderwijsnummer is set. */
  bsn: string;
  onderwijsnummer: string;
  geboortedatum: Dag;
  geslacht: "M" | "V" | "O";
  achternaam: string;
  voorvoegsel: string;
  voornamen: string;
  /** Empty outside NL (the format only knows NL postcodes) and for a few inside. */
  postcode: string;
  /** Empty now and then: the register defaults it to NL. */
  woonland: string;
}

// PGN bodies (the first eight digits) come from a bijection on [0, 80,000,000): distinct person
// indexes always give distinct numbers, and neighbours look unrelated. The first digit is mapped
// onto 1–7 and 9, so no PGN starts with 8 (kept for acceptance tests, access.md) and 000000000
// cannot occur.
const RUIMTE = 80_000_000;
const MASKER = (1 << 27) - 1; // 2²⁷ ≥ RUIMTE
const EERSTE_CIJFER = "12345679";
/** mbo and po persons live in separate halves, so a po and an mbo file never share a PGN. */
const SECTOR_BASIS = { MBO: 0, PO: 40_000_000 } as const;
/** Each seed (mod 20) gets its own block of 2 M persons: files from seeds 1 and 2 do not collide (R04). */
const SEED_BLOK = 2_000_000;

/** A bijection on 27-bit numbers: odd multiplications and xor-shifts are each invertible. */
function meng(x: number): number {
  x = (Math.imul(x, 0x2c1b3c6d) + 0x297a2d39) & MASKER;
  x ^= x >>> 13;
  x = Math.imul(x, 0x5bd1e995) & MASKER;
  x ^= x >>> 11;
  x = Math.imul(x, 0x1b873593) & MASKER;
  return x ^ (x >>> 15);
}

/** Cycle walking: applying the bijection until the value falls in [0, RUIMTE) is a bijection on that range. */
function permuteer(v: number): number {
  do v = meng(v);
  while (v >= RUIMTE);
  return v;
}

/** The eight-digit body for a person index, and its weighted sum 9·d1 + … + 2·d8. */
function romp(index: number): { romp: string; som: number } {
  const v = permuteer(index);
  const romp = EERSTE_CIJFER[Math.floor(v / 10_000_000)]! + String(v % 10_000_000).padStart(7, "0");
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * (romp.charCodeAt(i) - 48);
  return { romp, som };
}

/**
 * The PGN of person `index`. A body has a valid BSN check digit unless its sum mod 11 is 10, and a
 * valid onderwijsnummer digit (sum mod 11 − 5) when that remainder is 5 or more: every body gets one.
 */
export function pgnVoor(index: number, wilOnderwijsnummer: boolean): { bsn: string; onderwijsnummer: string } {
  const { romp: r, som } = romp(index);
  const rest = som % 11;
  if ((wilOnderwijsnummer && rest >= 5) || rest === 10) return { bsn: "", onderwijsnummer: r + String(rest - 5) };
  return { bsn: r + String(rest), onderwijsnummer: "" };
}

/** A valid number of the other kind than `pgn` for the same person (a melding with both is F05). */
export function anderPgn(index: number, heeftBsn: boolean): string {
  for (let j = 1; ; j++) {
    const { romp: r, som } = romp((index + j * 7919) % RUIMTE);
    const rest = som % 11;
    if (heeftBsn && rest >= 5) return r + String(rest - 5);
    if (!heeftBsn && rest <= 9) return r + String(rest);
  }
}

export function persoonIndex(seed: number, sector: "MBO" | "PO", n: number): number {
  return SECTOR_BASIS[sector] + (((seed % 20) * SEED_BLOK + n) % 40_000_000);
}

export function maakPersoon(rng: Prng, seed: number, index: number, geboortedatum: Dag): Persoon {
  // About one in eight persons has an onderwijsnummer (no BSN known to the school).
  const { bsn, onderwijsnummer } = pgnVoor(index, hashFloat(seed, 0x0b5, index) < 0.12);
  const g = rng.float();
  const geslacht = g < 0.49 ? "M" : g < 0.985 ? "V" : "O";
  const { voornamen, voorvoegsel, achternaam } = kiesNaam(rng, geslacht);
  const woonland = kiesWoonland(rng);
  const postcode = woonland === "NL" && rng.chance(0.98) ? kiesPostcode(rng) : "";
  return {
    bsn,
    onderwijsnummer,
    geboortedatum,
    geslacht,
    achternaam,
    voorvoegsel,
    voornamen,
    postcode,
    woonland: woonland === "NL" && rng.chance(0.1) ? "" : woonland,
  };
}
