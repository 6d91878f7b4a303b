// What the upload page's route and the API share over HTTP: receiving a request body exactly as long
// as announced, and sending an upload's error report as a streamed CSV export (formats.md).
import { db } from "@/lib/db";
import { csvResponse } from "@/lib/shared/csv";
import { alleFouten } from "./queries";

/** The body ended before its Content-Length said it would: the transfer broke off or was cut short. */
export class IncompleteBodyError extends Error {}

/**
 * The request body as it arrives, counted: a body shorter than its content-length (a broken transfer,
 * or one cut short on the way) is refused instead of being stored as a partial file.
 */
export async function* countedBody(
  body: ReadableStream<Uint8Array>,
  expected: number | null,
): AsyncGenerator<Uint8Array> {
  let received = 0;
  let finished = false;
  const reader = body.getReader();
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        throw new IncompleteBodyError();
      }
      if (chunk.done) {
        finished = true;
        break;
      }
      received += chunk.value.byteLength;
      yield chunk.value;
    }
  } finally {
    // Stopped early (over the limit, a database error): stop receiving the rest.
    if (!finished) await reader.cancel().catch(() => undefined);
  }
  if (expected !== null && received !== expected) throw new IncompleteBodyError();
}

/** The whole error report of an upload the caller may see, pulled at the client's pace. */
export function foutenrapportCsv(brin: string, id: string): Response {
  async function* rows() {
    for await (const f of alleFouten(db, brin, id)) yield [f.rij, f.kolom, f.code, f.melding] as const;
  }
  return csvResponse("foutenrapport", ["rij", "kolom", "code", "melding"], rows(), {
    filename: `foutenrapport-${id}.csv`,
    headers: { "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" },
  });
}
