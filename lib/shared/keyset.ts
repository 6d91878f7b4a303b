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

/** Where a page's rows start: after (or, going back, before) the sort values of the cursor row. */
export type From<V> = { values: V; backwards: boolean } | null;

/**
 * One keyset page of a list ordered by some columns and the id: `resolve` reads the cursor row's
 * sort values (null when it is gone: the list starts at the top), `fetch` reads `limit` rows in the
 * reading direction. A previous page that reaches the top is the first page, filled up.
 */
export async function keysetPage<T extends { id: number }, V>(
  cursor: Cursor,
  size: number,
  resolve: (id: number) => Promise<V | null>,
  fetch: (from: From<V>, limit: number) => Promise<T[]>,
): Promise<Page<T>> {
  let from: From<V> = null;
  let effective: Cursor = null;
  if (cursor) {
    const values = await resolve("na" in cursor ? cursor.na : cursor.voor);
    if (values !== null) {
      from = { values, backwards: "voor" in cursor };
      effective = cursor;
    }
  }
  let fetched = await fetch(from, size + 1);
  if (from?.backwards && fetched.length <= size) {
    effective = null;
    fetched = await fetch(null, size + 1);
  }
  return toPage(fetched, size, effective);
}

/** Every row in list order, in batches, for a CSV export: each batch continues after the last row's own values. */
export async function* keysetAll<T, V>(
  batch: number,
  valuesOf: (row: T) => V,
  fetch: (from: From<V>, limit: number) => Promise<T[]>,
): AsyncGenerator<T> {
  let from: From<V> = null;
  for (;;) {
    const rows = await fetch(from, batch);
    yield* rows;
    const last = rows.at(-1);
    if (rows.length < batch || last === undefined) return;
    from = { values: valuesOf(last), backwards: false };
  }
}
