// Uploads as a service: store the file in the database, queue it, and process it in a background
// job on any instance (in-process on the embedded default). Restarted work resumes.
import { db } from "@/lib/db";
import { enqueue, onJobsStart, work } from "@/lib/jobs";
import { todayIso } from "@/lib/shared/dates";
import {
  MAX_UPLOAD_BYTES,
  readUploadFile,
  storeUploadFile,
  UploadTooLargeError,
  type UploadSource,
} from "@/lib/register/upload-store";
import { isSoort, type Soort } from "@/lib/register/validate";
import { eindig, processUpload } from "./process-upload";
import { clientMayDeliver, userMayDeliver } from "./rights";

export const UPLOAD_QUEUE = "upload-verwerken";

/** A file refused before it is stored: too large (the API answers 413) or of an unknown soort. */
export class UploadRefusedError extends Error {
  constructor(
    message: string,
    readonly reason: "te-groot" | "ongeldig",
  ) {
    super(message);
  }
}

export type Uploader =
  { kind: "USER"; gebruikerId: string; email: string } | { kind: "API_CLIENT"; apiClientId: string; clientId: string };

/** Stores the file and queues it; returns the upload id. Too large or unknown soort: refused, nothing kept. */
export async function startUpload(input: {
  soort: string;
  bestandsnaam: string;
  brin: string | null;
  body: UploadSource;
  uploader: Uploader;
  idempotencyKey?: string;
}): Promise<string> {
  if (!isSoort(input.soort))
    throw new UploadRefusedError(`Kies een geldig soort bestand (${input.soort || "leeg"} is onbekend).`, "ongeldig");
  const upload = await db.upload.create({
    data: {
      soort: input.soort,
      bestandsnaam: input.bestandsnaam.slice(0, 255) || "upload.csv",
      grootte: 0,
      sha256: "",
      brin: input.brin,
      uploaderId: input.uploader.kind === "USER" ? input.uploader.gebruikerId : null,
      clientId: input.uploader.kind === "API_CLIENT" ? input.uploader.apiClientId : null,
      idempotencyKey: input.idempotencyKey ?? null,
    },
  });
  try {
    const { grootte, sha256 } = await storeUploadFile(upload.id, input.body, { maxBytes: MAX_UPLOAD_BYTES });
    await db.upload.update({ where: { id: upload.id }, data: { grootte, sha256 } });
  } catch (error) {
    await db.upload.delete({ where: { id: upload.id } });
    if (error instanceof UploadTooLargeError) throw new UploadRefusedError(error.message, "te-groot");
    throw error;
  }
  await enqueue(UPLOAD_QUEUE, { uploadId: upload.id }, { singletonKey: upload.id });
  return upload.id;
}

async function runUpload(uploadId: string, signal: AbortSignal, lastAttempt: boolean): Promise<void> {
  const upload = await db.upload.findUnique({ where: { id: uploadId } });
  if (!upload) return;
  const today = todayIso();
  const mayDeliver = upload.clientId
    ? await clientMayDeliver(db, upload.clientId, today, upload.brin ?? undefined)
    : await userMayDeliver(db, upload.uploaderId ?? "");
  const actor = upload.clientId
    ? ((await db.apiClient.findUnique({ where: { id: upload.clientId } }))?.clientId ?? "api-client")
    : ((await db.gebruiker.findUnique({ where: { id: upload.uploaderId ?? "" } }))?.email ?? "onbekend");
  try {
    await processUpload({
      db,
      uploadId,
      openFile: () => readUploadFile(uploadId, { expectedBytes: upload.grootte }),
      mayDeliver,
      actor,
      actorType: upload.clientId ? "API_CLIENT" : "USER",
      bron: upload.clientId ? "API" : "UPLOAD",
      today,
      signal,
    });
  } catch (error) {
    if (lastAttempt && !signal.aborted) {
      await eindig(db, uploadId, {
        status: "MISLUKT",
        foutmelding: "De verwerking is afgebroken door een fout in het systeem; lever het bestand opnieuw aan.",
        klaarOp: new Date(),
      });
      return;
    }
    throw error;
  }
}

/** Called once per server process (instrumentation), before the queue starts. */
export async function registerUploadWorker(): Promise<void> {
  await work<{ uploadId: string }>(UPLOAD_QUEUE, (payload, context) =>
    runUpload(payload.uploadId, context.signal, context.attempt >= context.maxAttempts),
  );
  // After a restart: queue again whatever was waiting or running (the job resumes from its counts).
  onJobsStart("uploads", async () => {
    const open = await db.upload.findMany({
      where: { status: { in: ["IN_WACHTRIJ", "BEZIG"] } },
      select: { id: true, sha256: true },
    });
    for (const u of open) {
      // No hash: the process died while the file was still arriving, so only part of it is stored.
      if (!u.sha256) {
        await db.upload.update({
          where: { id: u.id },
          data: {
            status: "MISLUKT",
            foutmelding: "Het aanleveren van het bestand is onderbroken; lever het opnieuw aan.",
            klaarOp: new Date(),
          },
        });
        continue;
      }
      await enqueue(UPLOAD_QUEUE, { uploadId: u.id }, { singletonKey: u.id });
    }
  });
}

export type { Soort };
