// Keyset pagination shared by the register lists: the cursor is the id of a row, never its values,
// so a URL holds no names or numbers of persons (quality.md: no PGN in URLs).

/** Where a page starts: after a row (next page), before a row (previous page), or at the start. */
export type Cursor = { na: number } | { voor: number } | null;

export interface Page<T> {
  rijen: T[];
  /** Cursor values for the neighbouring pages; null when there is none. */
  vorige: number | null;
  volgende: number | null;
}

/** A positive integer id from a search parameter, else undefined. */
export function parseId(value: unknown): number | undefined {
  const s = Array.isArray(value) ? value[0] : value;
  if (typeof s !== "string" || !/^[1-9]\d{0,9}$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 2_147_483_647 ? n : undefined;
}

export function parseCursor(params: { na?: unknown; voor?: unknown }): Cursor {
  const na = parseId(params.na);
  if (na !== undefined) return { na };
  const voor = parseId(params.voor);
  return voor !== undefined ? { voor } : null;
}

/**
 * Turns `size + 1` rows fetched in the page's reading direction (reversed when going back) into a
 * page: the extra row only tells that there is more in that direction.
 */
export function toPage<T extends { id: number }>(fetched: T[], size: number, cursor: Cursor): Page<T> {
  const backwards = cursor !== null && "voor" in cursor;
  const more = fetched.length > size;
  const rijen = fetched.slice(0, size);
  if (backwards) rijen.reverse();
  const first = rijen[0]?.id ?? null;
  const last = rijen.at(-1)?.id ?? null;
  return {
    rijen,
    vorige: backwards ? (more ? first : null) : cursor !== null ? first : null,
    volgende: backwards ? last : more ? last : null,
  };
}
