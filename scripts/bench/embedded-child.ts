// The embedded-100k scenario's own process: a fresh PGlite database (no DATABASE_URL), migrated and
// seeded with the demo data as `npm start` does, then a generated file through the upload service
// with the in-process job queue. Talks to its parent on stdout: "phase upload", then "result {…}".
import fs from "node:fs";
import path from "node:path";
import { closeDb, getDb } from "@/lib/db";
import { databaseTarget } from "@/lib/db/adapter";
import { deployMigrations } from "@/lib/db/migrate";
import { writeCsv } from "@/lib/generate";
import { startJobs, stopJobs } from "@/lib/jobs";
import { registerUploadWorker } from "@/lib/register/uploads/service";
import { seed } from "@/prisma/seed";
import { createFixtures } from "./fixtures";
import { upload } from "./upload";

const [rows, seedArg, dir] = process.argv.slice(2);
const file = path.join(dir!, "embedded.csv");
await writeCsv(
  { soort: "mbo-inschrijvingen", rows: Number(rows), seed: Number(seedArg), invalidRatio: 0.01 },
  fs.createWriteStream(file),
);
await deployMigrations(databaseTarget());
await seed(getDb(), { demo: true });
const { uploaderId } = await createFixtures(getDb());
await registerUploadWorker();
await startJobs();
console.log("phase upload");
const figures = await upload(file, "mbo-inschrijvingen", uploaderId);
console.log(`result ${JSON.stringify(figures)}`);
await stopJobs();
await closeDb();
process.exit(0);
