// CSV header per soort (the upload columns of formats.md, without `actie`) and a column-name → index map.
import { KOLOMMEN, type Soort } from "../register/validate/soorten";

/** The header the generator writes: every column of the soort except `actie` (it only delivers). */
export function csvHeader(soort: Soort): readonly string[] {
  return KOLOMMEN[soort].allowed.filter((k) => k !== "actie");
}

export type Index = Readonly<Record<string, number>>;

const cache = new Map<Soort, Index>();

/** Position of each column in the header; rows are arrays in that order. */
export function kolomIndex(soort: Soort): Index {
  let idx = cache.get(soort);
  if (!idx) cache.set(soort, (idx = Object.fromEntries(csvHeader(soort).map((k, i) => [k, i]))));
  return idx;
}

const leeg = new Map<Soort, string[]>();

/**
 * An empty row of the header's width. Copied from a packed template: `new Array(n).fill("")` gives
 * V8 a holey array, slower to fill and to join a million times.
 */
export function legeRij(soort: Soort): string[] {
  let t = leeg.get(soort);
  if (!t) leeg.set(soort, (t = Array.from(csvHeader(soort), () => "")));
  return t.slice();
}

/** Index of a column that must exist (a typo here is a programming error, not data). */
export function kol(idx: Index, naam: string): number {
  const i = idx[naam];
  if (i === undefined) throw new Error(`column ${naam} is not in the header`);
  return i;
}
