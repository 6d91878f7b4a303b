// Cursor paging (api.md): `limit` 1–1000 (default 100) and an opaque `cursor` that encodes the
// keyset of the last item returned, so a page deep in a collection costs what the first one does.
import { problem } from "./problem";

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export type Keyset = (string | number)[];

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify(keyset)).toString("base64url");
}

/** A cursor made by encodeCursor with `arity` string/number parts, else null. */
export function decodeCursor(cursor: string, arity: number): Keyset | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== arity) return null;
    return value.every((v) => typeof v === "string" || (typeof v === "number" && Number.isSafeInteger(v)))
      ? (value as Keyset)
      : null;
  } catch {
    return null;
  }
}

export type PageRequest = { ok: true; limit: number; after: Keyset | null } | { ok: false; response: Response };

export function pageRequest(params: URLSearchParams, arity: number): PageRequest {
  const rawLimit = params.get("limit");
  let limit = DEFAULT_LIMIT;
  if (rawLimit !== null) {
    if (!/^\d{1,4}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > MAX_LIMIT) {
      return { ok: false, response: problem(400, `limit is een geheel getal van 1 tot en met ${MAX_LIMIT}.`) };
    }
    limit = Number(rawLimit);
  }
  const rawCursor = params.get("cursor");
  if (rawCursor === null || rawCursor === "") return { ok: true, limit, after: null };
  const after = decodeCursor(rawCursor, arity);
  if (!after)
    return {
      ok: false,
      response: problem(400, "De cursor is ongeldig; gebruik de waarde van next uit het vorige antwoord."),
    };
  return { ok: true, limit, after };
}

/** Fetch `limit + 1` rows; the extra one only tells that there is a next page. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  keysetOf: (row: Row) => Keyset,
  toItem: (row: Row) => Item,
): { items: Item[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    next: rows.length > limit && last !== undefined ? encodeCursor(keysetOf(last)) : null,
  };
}

/** `since`: an RFC 3339 timestamp with a time zone; absent means from the start. */
export function sinceParam(
  params: URLSearchParams,
): { ok: true; since: Date | null } | { ok: false; response: Response } {
  const raw = params.get("since");
  if (raw === null || raw === "") return { ok: true, since: null };
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;
  const date = new Date(raw);
  if (!rfc3339.test(raw) || Number.isNaN(date.getTime())) {
    return { ok: false, response: problem(400, "since is een tijdstip volgens RFC 3339, zoals 2026-11-23T08:00:00Z.") };
  }
  return { ok: true, since: date };
}
