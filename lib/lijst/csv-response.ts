// A list's CSV export as a streamed response (formats.md "Exports": ';', UTF-8 with BOM, formula
// guard — lib/register/csv/export.ts): rows are pulled from the query only as the client reads.
import { csvExportStream, type CsvCell } from "@/lib/register/csv/export";
import { todayIso } from "@/lib/register/pipeline/dates";

export function csvResponse(naam: string, header: readonly string[], rows: AsyncIterable<readonly CsvCell[]> | Iterable<readonly CsvCell[]>): Response {
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
      // The name is built from fixed words, a brin and a date: nothing to escape.
      "Content-Disposition": `attachment; filename="${naam}-${todayIso()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

/** Maps an async sequence (a query's export generator) to CSV rows. */
export async function* mapRows<T>(source: AsyncIterable<T>, cells: (row: T) => readonly CsvCell[]): AsyncGenerator<readonly CsvCell[]> {
  for await (const row of source) yield cells(row);
}
