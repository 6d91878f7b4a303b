// The upload store on real databases: PGlite always, PostgreSQL when DATABASE_URL is set.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseCases, type TestDatabase } from "@/lib/testing/database";
import {
  readUploadFile,
  storeUploadFile,
  UploadIncompleteError,
  UploadTooLargeError,
  type UploadSource,
} from "@/lib/register/upload-store";

async function* pieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += size) yield bytes.subarray(i, i + size);
}

function webStream(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

async function readAll(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of source) parts.push(part);
  return Buffer.concat(parts);
}

const sha256 = (bytes: Uint8Array) => crypto.createHash("sha256").update(bytes).digest("hex");

describe.each(testDatabaseCases())("upload store on $name", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  async function newUpload(): Promise<string> {
    const upload = await database.db.upload.create({
      data: { soort: "mbo-inschrijvingen", bestandsnaam: "test.csv", grootte: 0, sha256: "" },
    });
    return upload.id;
  }
  const chunkCount = (uploadId: string) => database.db.uploadDeel.count({ where: { uploadId } });

  it.each<[string, (b: Uint8Array) => UploadSource]>([
    ["an async iterable of odd pieces", (b) => pieces(b, 777)],
    ["a web ReadableStream with pieces larger than a chunk", (b) => webStream(b, 2500)],
  ])("stores and reads back a multi-chunk file from %s", async (_label, makeSource) => {
    const bytes = crypto.randomBytes(10_000);
    const uploadId = await newUpload();
    const result = await storeUploadFile(uploadId, makeSource(bytes), {
      maxBytes: 20_000,
      chunkBytes: 1024,
      client: database.db,
    });
    expect(result).toEqual({ grootte: 10_000, sha256: sha256(bytes) });
    expect(await chunkCount(uploadId)).toBe(10);
    const back = await readAll(readUploadFile(uploadId, { client: database.db, expectedBytes: 10_000 }));
    expect(back.equals(bytes)).toBe(true);
  });

  it("stores a file of several megabytes with the default chunk size", async () => {
    const bytes = crypto.randomBytes(5 * 1024 * 1024 + 123);
    const uploadId = await newUpload();
    const result = await storeUploadFile(uploadId, pieces(bytes, 64 * 1024), {
      maxBytes: 200 * 1024 * 1024,
      client: database.db,
    });
    expect(result.sha256).toBe(sha256(bytes));
    expect(await chunkCount(uploadId)).toBe(3);
    expect((await readAll(readUploadFile(uploadId, { client: database.db }))).equals(bytes)).toBe(true);
  });

  it("stores an empty file as no chunks", async () => {
    const uploadId = await newUpload();
    const result = await storeUploadFile(uploadId, pieces(new Uint8Array(0), 1), { maxBytes: 10, client: database.db });
    expect(result).toEqual({ grootte: 0, sha256: sha256(new Uint8Array(0)) });
    expect(await readAll(readUploadFile(uploadId, { client: database.db, expectedBytes: 0 }))).toHaveLength(0);
  });

  it("accepts a file of exactly maxBytes", async () => {
    const uploadId = await newUpload();
    const result = await storeUploadFile(uploadId, pieces(crypto.randomBytes(4096), 100), {
      maxBytes: 4096,
      chunkBytes: 1024,
      client: database.db,
    });
    expect(result.grootte).toBe(4096);
  });

  it("refuses a file over maxBytes in Dutch, leaving no chunks behind and cancelling the stream", async () => {
    const uploadId = await newUpload();
    let cancelled = false;
    const bytes = crypto.randomBytes(10_000);
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(bytes.slice(offset, offset + 1000));
        offset += 1000;
      },
      cancel() {
        cancelled = true;
      },
    });
    const attempt = storeUploadFile(uploadId, stream, { maxBytes: 4500, chunkBytes: 1024, client: database.db });
    await expect(attempt).rejects.toBeInstanceOf(UploadTooLargeError);
    await expect(
      storeUploadFile(uploadId, pieces(bytes, 1000), { maxBytes: 4500, client: database.db }),
    ).rejects.toThrow(/groter dan/);
    expect(await chunkCount(uploadId)).toBe(0);
    expect(cancelled).toBe(true);
    expect(new UploadTooLargeError(200 * 1024 * 1024).message).toBe(
      "Het bestand is groter dan 200 MB en wordt niet verwerkt. Splits het bestand en lever de delen apart aan.",
    );
  });

  it("leaves no chunks behind when the source breaks halfway", async () => {
    const uploadId = await newUpload();
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield crypto.randomBytes(3000);
      throw new Error("verbinding verbroken");
    }
    await expect(
      storeUploadFile(uploadId, broken(), { maxBytes: 10_000, chunkBytes: 1024, client: database.db }),
    ).rejects.toThrow("verbinding verbroken");
    expect(await chunkCount(uploadId)).toBe(0);
  });

  it("replaces chunks of an earlier attempt", async () => {
    const uploadId = await newUpload();
    await storeUploadFile(uploadId, pieces(crypto.randomBytes(5000), 500), {
      maxBytes: 10_000,
      chunkBytes: 1024,
      client: database.db,
    });
    const second = crypto.randomBytes(1500);
    await storeUploadFile(uploadId, pieces(second, 500), { maxBytes: 10_000, chunkBytes: 1024, client: database.db });
    expect(await chunkCount(uploadId)).toBe(2);
    expect((await readAll(readUploadFile(uploadId, { client: database.db }))).equals(second)).toBe(true);
  });

  it("notices a missing chunk instead of returning a shorter file", async () => {
    const uploadId = await newUpload();
    await storeUploadFile(uploadId, pieces(crypto.randomBytes(3000), 500), {
      maxBytes: 10_000,
      chunkBytes: 1024,
      client: database.db,
    });
    await database.db.uploadDeel.delete({ where: { uploadId_volgorde: { uploadId, volgorde: 1 } } });
    await expect(readAll(readUploadFile(uploadId, { client: database.db }))).rejects.toBeInstanceOf(
      UploadIncompleteError,
    );
    await database.db.uploadDeel.delete({ where: { uploadId_volgorde: { uploadId, volgorde: 2 } } });
    await expect(
      readAll(readUploadFile(uploadId, { client: database.db, expectedBytes: 3000 })),
    ).rejects.toBeInstanceOf(UploadIncompleteError);
  });

  it("reads lazily: chunks are fetched as the reader gets to them", async () => {
    const uploadId = await newUpload();
    const bytes = crypto.randomBytes(3000);
    await storeUploadFile(uploadId, pieces(bytes, 500), { maxBytes: 10_000, chunkBytes: 1024, client: database.db });
    const reader = readUploadFile(uploadId, { client: database.db });
    const first = await reader.next();
    expect(Buffer.from(first.value as Uint8Array).equals(bytes.subarray(0, 1024))).toBe(true);
    // Changed after the first chunk was read: a reader that had loaded everything would not see it.
    await database.db.uploadDeel.update({
      where: { uploadId_volgorde: { uploadId, volgorde: 1 } },
      data: { inhoud: new Uint8Array([7]) },
    });
    expect([...((await reader.next()).value as Uint8Array)]).toEqual([7]);
    await reader.return(undefined);
  });

  it("deletes the chunks with their upload", async () => {
    const uploadId = await newUpload();
    await storeUploadFile(uploadId, pieces(crypto.randomBytes(3000), 500), {
      maxBytes: 10_000,
      chunkBytes: 1024,
      client: database.db,
    });
    await database.db.upload.delete({ where: { id: uploadId } });
    expect(await chunkCount(uploadId)).toBe(0);
  });
});
