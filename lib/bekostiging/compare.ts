// Code-point ordering and the "which one counts" tie-break shared by M09 and P03.
import type { IsoDate } from "./types";

/**
 * Compares by Unicode code point, never by locale (domain.md): "B" < "a", and an astral
 * character sorts after U+FFFF (plain `<` on UTF-16 units would not).
 */
export function compareCodePoints(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length) {
    const ca = a.codePointAt(i) ?? 0;
    const cb = b.codePointAt(i) ?? 0;
    if (ca !== cb) return ca < cb ? -1 : 1;
    // Equal code points have equal UTF-16 length, so one index serves both strings.
    i += ca > 0xffff ? 2 : 1;
  }
  // One is a prefix of the other: the shorter comes first.
  return Math.sign(a.length - b.length);
}

export function sortCodes(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort(compareCodePoints);
}

export interface Competitor {
  brin: string;
  volgnummer: string;
  datumInschrijving: IsoDate;
}

/** Earliest datum_inschrijving first, then lowest brin, then lowest inschrijvingsvolgnummer. */
export function compareCompetitors(a: Competitor, b: Competitor): number {
  if (a.datumInschrijving !== b.datumInschrijving) return a.datumInschrijving < b.datumInschrijving ? -1 : 1;
  return compareCodePoints(a.brin, b.brin) || compareCodePoints(a.volgnummer, b.volgnummer);
}

/** The one that counts among competitors (undefined when there are none). */
export function countingOne<T>(items: readonly T[], key: (item: T) => Competitor): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (best === undefined || compareCompetitors(key(item), key(best)) < 0) best = item;
  }
  return best;
}

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
