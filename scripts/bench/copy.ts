// copy-baseline: the same file's rows with COPY into an unindexed table of the same database, from
// the benchmark's own process — the floor any import is compared with (quality.md: ratio ≤ 15).
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { csvHeader } from "@/lib/generate";
import type { Soort } from "@/lib/register/validate";
import { round, seconds, type Result } from "./measure";

export async function copyBaseline(
  connectionString: string,
  file: string,
  soort: Soort,
  importSeconds: number | null,
): Promise<Result> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const columns = csvHeader(soort);
    await client.query("DROP TABLE IF EXISTS bench_copy");
    await client.query(`CREATE TABLE bench_copy (${columns.map((c) => `"${c}" text`).join(", ")})`);
    const started = process.hrtime.bigint();
    // The generator writes a BOM; COPY's HEADER skips the first line whole, BOM and all.
    await pipeline(
      fs.createReadStream(file),
      client.query(copyFrom(`COPY bench_copy FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true)`)),
    );
    const took = seconds(started);
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM bench_copy");
    await client.query("DROP TABLE bench_copy");
    return {
      scenario: "copy-baseline",
      rijen: Number(rows[0]!.n),
      seconds: round(took, 2),
      perSecond: Math.round(Number(rows[0]!.n) / took),
      importToCopyRatio: importSeconds ? round(importSeconds / took, 1) : null,
      peakRssMb: Math.round(process.memoryUsage().rss / 1e6),
    };
  } finally {
    await client.end();
  }
}
