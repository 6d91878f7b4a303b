// Keeps an uploaded file in the database (UploadDeel, in chunks), so any instance can process or reprocess it.
import crypto from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";

/** 200 MB, the limit of formats.md. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** Big enough that a 200 MB file is ~100 inserts, small enough to keep memory flat (and PGlite's WASM heap happy). */
export const DEFAULT_CHUNK_BYTES = 2 * 1024 * 1024;

export type UploadSource = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

export type StoreOptions = {
  maxBytes: number;
  chunkBytes?: number;
  /** Defaults to the app's client; tests pass their own. */
  client?: PrismaClient;
};

/** The file is over the limit; nothing of it is kept. */
export class UploadTooLargeError extends Error {
  override readonly name = "UploadTooLargeError";
  constructor(readonly maxBytes: number) {
    super(
      `Het bestand is groter dan ${formatMegabytes(maxBytes)} MB en wordt niet verwerkt. Splits het bestand en lever de delen apart aan.`,
    );
  }
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1).replace(".", ",");
}

/**
 * Writes the file as UploadDeel rows 0, 1, 2 … of at most chunkBytes each, hashing as it goes; holds
 * one chunk in memory at a time. Chunks stored before for this upload are replaced. On any failure —
 * the limit, a broken source, the database — no chunk is left behind. The Upload row must exist.
 */
export async function storeUploadFile(
  uploadId: string,
  source: UploadSource,
  options: StoreOptions,
): Promise<{ grootte: number; sha256: string }> {
  const client = options.client ?? db;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const hash = crypto.createHash("sha256");
  let grootte = 0;
  let volgorde = 0;
  const chunk = new Uint8Array(chunkBytes);
  let filled = 0;

  const flush = async () => {
    if (filled === 0) return;
    // As base64 through raw SQL: Prisma's and PGlite's own bytea parameter paths are 2–10× slower.
    const base64 = Buffer.from(chunk.buffer, 0, filled).toString("base64");
    await client.$executeRaw`INSERT INTO "UploadDeel" ("uploadId", "volgorde", "inhoud") VALUES (${uploadId}, ${volgorde}, decode(${base64}, 'base64'))`;
    volgorde += 1;
    filled = 0; // the chunk buffer is reused: its bytes are in the string now
  };

  await client.uploadDeel.deleteMany({ where: { uploadId } });
  try {
    for await (const piece of iterate(source)) {
      grootte += piece.byteLength;
      // Checked before anything of the piece is written: a file over the limit is never stored whole.
      if (grootte > options.maxBytes) throw new UploadTooLargeError(options.maxBytes);
      hash.update(piece);
      let offset = 0;
      while (offset < piece.byteLength) {
        const take = Math.min(chunkBytes - filled, piece.byteLength - offset);
        chunk.set(piece.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === chunkBytes) await flush();
      }
    }
    await flush();
  } catch (error) {
    await client.uploadDeel.deleteMany({ where: { uploadId } });
    throw error;
  }
  return { grootte, sha256: hash.digest("hex") };
}

/** The stored file is not whole: a chunk is missing, or the total differs from what was stored. */
export class UploadIncompleteError extends Error {
  override readonly name = "UploadIncompleteError";
  constructor() {
    super("Het opgeslagen bestand is onvolledig. Lever het bestand opnieuw aan.");
  }
}

/**
 * Streams the stored file back in order, fetching one chunk at a time. A gap in the chunks throws;
 * pass expectedBytes (Upload.grootte) to also catch missing chunks at the end.
 */
export async function* readUploadFile(
  uploadId: string,
  options: { client?: PrismaClient; expectedBytes?: number } = {},
): AsyncGenerator<Uint8Array> {
  const client = options.client ?? db;
  let next = 0;
  let total = 0;
  for (;;) {
    // As base64, for the same reason as in storeUploadFile; LIMIT 1 keeps one chunk in memory.
    const [part] = await client.$queryRaw<{ volgorde: number; inhoud: string }[]>`
      SELECT "volgorde", encode("inhoud", 'base64') AS "inhoud" FROM "UploadDeel"
      WHERE "uploadId" = ${uploadId} AND "volgorde" >= ${next} ORDER BY "volgorde" LIMIT 1`;
    if (!part) break;
    if (part.volgorde !== next) throw new UploadIncompleteError();
    // Node's base64 decoder skips the line breaks PostgreSQL puts in every 76 characters.
    const bytes = Buffer.from(part.inhoud, "base64");
    total += bytes.byteLength;
    yield bytes;
    next += 1;
  }
  if (options.expectedBytes !== undefined && total !== options.expectedBytes) throw new UploadIncompleteError();
}

/** A web ReadableStream is read through its reader; not every TypeScript lib types it as async-iterable. */
async function* iterate(source: UploadSource): AsyncGenerator<Uint8Array> {
  if (!("getReader" in source)) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  let done = false;
  try {
    for (;;) {
      const result = await reader.read();
      if (result.done) {
        done = true;
        return;
      }
      yield result.value;
    }
  } finally {
    // Stopped early (limit or error): tell the producer to stop sending.
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
