// `npm run bench -- [--soort S] [--rows N] [--seed S]`: the upload pipeline's throughput on a fresh
// database (PostgreSQL when DATABASE_URL is set, else PGlite). Generates a realistic file, stores
// nothing else, streams it through processUpload exactly as the background job does, and reports
// meldingen/s and peak memory. A benchmark, not a test: it prints figures and never fails on them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "@/lib/db/testing";
import { writeCsv } from "@/lib/generate";
import { processUpload } from "@/lib/register/uploads/process-upload";
import { isSoort, type Soort } from "@/lib/register/validate";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main() {
  const soort = arg("soort", "mbo-inschrijvingen");
  if (!isSoort(soort)) throw new Error(`Onbekend soort: ${soort}`);
  const rows = Number(arg("rows", "10000"));
  const seed = Number(arg("seed", "1"));
  const brins = (soort as Soort).startsWith("po-") ? ["01AB", "02CD"] : ["25AA", "25BB"];

  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bron-bench-")), `${soort}.csv`);
  const generated = Date.now();
  await writeCsv({ soort, rows, seed, brins, invalidRatio: 0.01 }, fs.createWriteStream(file));
  const bytes = fs.statSync(file).size;
  console.log(`Bestand: ${rows} rijen ${soort}, ${(bytes / 1e6).toFixed(1)} MB, gemaakt in ${((Date.now() - generated) / 1000).toFixed(1)} s`);

  const t = await createTestDatabase();
  console.log(`Database: ${t.kind}`);
  try {
    const upload = await t.db.upload.create({ data: { soort, bestandsnaam: path.basename(file), grootte: bytes, sha256: "bench", brin: brins[0] } });
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
    const started = process.hrtime.bigint();
    await processUpload({
      db: t.db,
      uploadId: upload.id,
      openFile: () => fs.createReadStream(file),
      mayDeliver: (brin) => brins.includes(brin),
      actor: "bench",
      actorType: "USER",
      today: "2026-11-23",
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    const done = await t.db.upload.findUniqueOrThrow({ where: { id: upload.id } });
    const perSecond = done.meldingen / seconds;
    console.log(`Verwerkt: ${done.meldingen} meldingen (${done.verwerkt} verwerkt, ${done.afgekeurd} afgekeurd) uit ${done.rijen} rijen in ${seconds.toFixed(1)} s`);
    console.log(`Bench ${soort} ${t.kind}: ${perSecond.toFixed(0)} meldingen/s, ${(done.rijen / seconds).toFixed(0)} rijen/s, piekgeheugen ${(peak / 1e6).toFixed(0)} MB`);
  } finally {
    await t.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
