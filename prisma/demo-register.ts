// Generated demo register data (reproducible, fixed seed) for 25AA, 25BB, 01AB and 02CD, delivered
// through the real upload path so the portal shows students, uploads, signalen and funding from the
// first start. Never uses the `T-` volgnummers or PGNs starting with 8 (kept for acceptance tests).
import type { PrismaClient } from "@/generated/prisma/client";
import { csvChunks } from "@/lib/generate";
import type { Soort } from "@/lib/register/validate";
import { todayIso } from "@/lib/shared/dates";
import { processUpload } from "@/lib/register/uploads/process-upload";

const DEMO_SEED = 2026;

const FILES: { soort: Soort; brins: string[]; rows: number; uploader: string }[] = [
  { soort: "mbo-inschrijvingen", brins: ["25AA", "25BB"], rows: 240, uploader: "beheer@roc-horizon.example" },
  { soort: "mbo-bpv", brins: ["25AA", "25BB"], rows: 240, uploader: "beheer@roc-horizon.example" },
  { soort: "mbo-resultaten", brins: ["25AA", "25BB"], rows: 240, uploader: "beheer@roc-horizon.example" },
  { soort: "po-inschrijvingen", brins: ["01AB", "02CD"], rows: 120, uploader: "beheer@obs-delinde.example" },
  { soort: "po-verzuim", brins: ["01AB", "02CD"], rows: 120, uploader: "beheer@obs-delinde.example" },
];

export async function seedDemoRegister(db: PrismaClient, options: { scale?: number } = {}): Promise<number> {
  let meldingen = 0;
  for (const file of FILES) {
    const rows = Math.max(1, Math.round(file.rows * (options.scale ?? 1)));
    const generate = { soort: file.soort, rows, seed: DEMO_SEED, brins: file.brins, invalidRatio: 0.04 };
    const text = [...csvChunks(generate)].join("");
    const bytes = new TextEncoder().encode(text);
    const uploader = await db.gebruiker.findUnique({ where: { email: file.uploader } });
    const upload = await db.upload.create({
      data: {
        soort: file.soort,
        bestandsnaam: `demo-${file.soort}.csv`,
        grootte: bytes.length,
        sha256: "demo",
        brin: file.brins[0],
        uploaderId: uploader?.id,
      },
    });
    await processUpload({
      db,
      uploadId: upload.id,
      openFile: () => [bytes],
      // The demo files span two schools each; the seed delivers for both.
      mayDeliver: (brin) => file.brins.includes(brin),
      actor: "demo-gegevens",
      actorType: "USER",
      today: todayIso(),
    });
    meldingen += (await db.upload.findUniqueOrThrow({ where: { id: upload.id } })).meldingen;
  }
  return meldingen;
}
