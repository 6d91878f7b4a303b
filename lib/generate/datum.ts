// Calendar days as integers (days since 1970-01-01) with table-driven ISO text: dates are the generator's hot path.

/** A calendar day: days since 1970-01-01 (UTC, so no time zone or DST ever shifts it). */
export type Dag = number;

const MS_PER_DAG = 86_400_000;

// Birth dates go back to about 1990, planned end dates a few years past the last studiejaar.
const EERSTE_JAAR = 1985;
const LAATSTE_JAAR = 2045;
const utc = (jaar: number, maand: number, d: number): Dag => Date.UTC(jaar, maand - 1, d) / MS_PER_DAG;
const EERSTE = utc(EERSTE_JAAR, 1, 1);
const LAATSTE = utc(LAATSTE_JAAR, 12, 31);
/** The first day of every month in range: dag() is called for each inschrijving, Date.UTC is slow. */
const MAANDBEGIN = new Int32Array((LAATSTE_JAAR - EERSTE_JAAR + 1) * 12);
for (let i = 0; i < MAANDBEGIN.length; i++) MAANDBEGIN[i] = utc(EERSTE_JAAR + Math.floor(i / 12), (i % 12) + 1, 1);

/** The day for a calendar date; an overflowing day (30 February) rolls over like Date.UTC does. */
export function dag(jaar: number, maand: number, dagVanMaand: number): Dag {
  const i = (jaar - EERSTE_JAAR) * 12 + maand - 1;
  return i >= 0 && i < MAANDBEGIN.length && maand >= 1 && maand <= 12
    ? MAANDBEGIN[i]! + dagVanMaand - 1
    : utc(jaar, maand, dagVanMaand);
}
const ISO: string[] = [];
const JAAR = new Int16Array(LAATSTE - EERSTE + 1);
const MAAND = new Uint8Array(LAATSTE - EERSTE + 1);
const DAG = new Uint8Array(LAATSTE - EERSTE + 1);
for (let d = EERSTE; d <= LAATSTE; d++) {
  const t = new Date(d * MS_PER_DAG);
  const i = d - EERSTE;
  JAAR[i] = t.getUTCFullYear();
  MAAND[i] = t.getUTCMonth() + 1;
  DAG[i] = t.getUTCDate();
  ISO.push(t.toISOString().slice(0, 10));
}

function binnen(d: Dag): void {
  if (d < EERSTE || d > LAATSTE || !Number.isInteger(d))
    throw new RangeError(`day ${d} outside the generator's calendar`);
}

/** YYYY-MM-DD. */
export function iso(d: Dag): string {
  binnen(d);
  return ISO[d - EERSTE]!;
}

/** Parses YYYY-MM-DD (an existing date); throws otherwise. */
export function vanIso(s: string): Dag {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? dag(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
  if (!m || iso(d) !== s) throw new RangeError(`'${s}' is not a date YYYY-MM-DD`);
  return d;
}

export function jaarVan(d: Dag): number {
  binnen(d);
  return JAAR[d - EERSTE]!;
}
// Only called after jaarVan checked the range.
const maandVan = (d: Dag): number => MAAND[d - EERSTE]!;
const dagVan = (d: Dag): number => DAG[d - EERSTE]!;

/** Whole years on `op` (domain.md: a year older on the birthday; born 29 February: on 1 March). */
export function leeftijd(geboren: Dag, op: Dag): number {
  const jaren = jaarVan(op) - jaarVan(geboren);
  const voorVerjaardag =
    maandVan(op) < maandVan(geboren) || (maandVan(op) === maandVan(geboren) && dagVan(op) < dagVan(geboren));
  return voorVerjaardag ? jaren - 1 : jaren;
}

/** The same calendar day n years later (or earlier); 29 February becomes 1 March in other years. */
export function plusJaren(d: Dag, n: number): Dag {
  const j = jaarVan(d) + n;
  const m = maandVan(d);
  const t = dagVan(d);
  if (m === 2 && t === 29 && dag(j, 2, 29) === dag(j, 3, 1)) return dag(j, 3, 1);
  return dag(j, m, t);
}

/** The studiejaar (schooljaar) a day falls in, by its first year: 1 August Y … 31 July Y+1. */
export function studiejaarVan(d: Dag): number {
  const j = jaarVan(d);
  return maandVan(d) >= 8 ? j : j - 1;
}

/** The first day of the next month after d. */
export function volgendeMaand(d: Dag): Dag {
  const j = jaarVan(d);
  const m = maandVan(d);
  return m === 12 ? dag(j + 1, 1, 1) : dag(j, m + 1, 1);
}
