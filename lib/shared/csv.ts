// CSV exports as formats.md "Exports" prescribes: ';', UTF-8 with BOM, RFC 4180 quoting, formula guard;
// and the one streamed CSV response every export route answers with.
import { todayIso } from "@/lib/shared/dates";

export type CsvCell = string | number | boolean | null | undefined;

/** Byte order mark: without it Excel reads UTF-8 as the local code page. */
export const CSV_BOM = "\uFEFF";

// A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

/**
 * One cell: null/undefined → empty, booleans → J/N (the register's convention), numbers as they are
 * (a number is never a formula, and a "'" would make -1 text), text guarded and quoted when needed.
 */
export function formatCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "J" : "N";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let s = FORMULA_START.test(value) ? `'${value}` : value;
  if (NEEDS_QUOTES.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** One line, CRLF-terminated as RFC 4180 has it. */
export function formatCsvLine(cells: readonly CsvCell[]): string {
  return cells.map(formatCsvCell).join(";") + "\r\n";
}

/** A whole (small) export as one string, BOM first. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let out = CSV_BOM + formatCsvLine(header);
  for (const row of rows) out += formatCsvLine(row);
  return out;
}

/**
 * A streaming export: yields text in pieces of about 64 KB, so a route handler can pipe a large
 * list (e.g. through a ReadableStream with TextEncoder) without holding it in memory.
 */
export async function* csvExportStream(
  header: readonly string[],
  rows: AsyncIterable<readonly CsvCell[]> | Iterable<readonly CsvCell[]>,
): AsyncGenerator<string> {
  let out = CSV_BOM + formatCsvLine(header);
  for await (const row of rows) {
    out += formatCsvLine(row);
    if (out.length >= 65536) {
      yield out;
      out = "";
    }
  }
  if (out) yield out;
}

export interface CsvResponseOptions {
  /** The whole file name; default `${naam}-${today}.csv`. Built from fixed words, a brin, ids and dates: nothing to escape. */
  filename?: string;
  /** Headers beside the common ones (e.g. a stricter Content-Security-Policy). */
  headers?: Record<string, string>;
}

/** An export as a streamed response: rows are pulled from the query only as the client reads. */
export function csvResponse(
  naam: string,
  header: readonly string[],
  rows: AsyncIterable<readonly CsvCell[]> | Iterable<readonly CsvCell[]>,
  options: CsvResponseOptions = {},
): Response {
  const pieces = csvExportStream(header, rows);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await pieces.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${options.filename ?? `${naam}-${todayIso()}.csv`}"`,
      "Cache-Control": "no-store",
      ...options.headers,
    },
  });
}

/** Maps an async sequence (a query's export generator) to CSV rows. */
export async function* mapRows<T>(
  source: AsyncIterable<T>,
  cells: (row: T) => readonly CsvCell[],
): AsyncGenerator<readonly CsvCell[]> {
  for await (const row of source) yield cells(row);
}
