// An upload as a school sends one: the file through the upload service (stored in the database,
// queued), processed by whichever job worker runs, followed until it is KLAAR or MISLUKT.
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { startUpload } from "@/lib/register/uploads/service";
import type { Soort } from "@/lib/register/validate";
import { BENCH_UPLOADER } from "./fixtures";
import { seconds, sleep } from "./measure";

export interface UploadFigures {
  uploadId: string;
  status: string;
  rijen: number;
  meldingen: number;
  verwerkt: number;
  afgekeurd: number;
  /** From the first byte sent to KLAAR, as the uploader waits. */
  seconds: number;
  /** Storing the file in the database (part of `seconds`). */
  storeSeconds: number;
}

export async function upload(
  file: string,
  soort: Soort,
  uploaderId: string,
  onProgress?: (verwerkt: number) => void,
): Promise<UploadFigures> {
  const started = process.hrtime.bigint();
  const uploadId = await startUpload({
    soort,
    bestandsnaam: path.basename(file),
    brin: null,
    body: fs.createReadStream(file, { highWaterMark: 1 << 20 }),
    uploader: { kind: "USER", gebruikerId: uploaderId, email: BENCH_UPLOADER },
  });
  const storeSeconds = seconds(started);
  for (;;) {
    const u = await db.upload.findUniqueOrThrow({ where: { id: uploadId } });
    onProgress?.(u.meldingen);
    if (u.status === "KLAAR" || u.status === "MISLUKT") {
      return {
        uploadId,
        status: u.status,
        rijen: u.rijen,
        meldingen: u.meldingen,
        verwerkt: u.verwerkt,
        afgekeurd: u.afgekeurd,
        seconds: seconds(started),
        storeSeconds,
      };
    }
    await sleep(100);
  }
}
