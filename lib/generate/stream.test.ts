// Streaming: writeCsv waits for a slow reader (bounded buffer), and the generation speed is printed, not asserted.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { csvChunks, writeCsv } from "./index";

describe("writeCsv", () => {
  it("respects backpressure: the stream's buffer stays near one chunk, the text equals csvChunks", async () => {
    const delen: string[] = [];
    let maxBuffer = 0;
    const traag = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _enc, klaar) {
        delen.push(chunk.toString("utf8"));
        setImmediate(klaar);
      },
    });
    const o = { soort: "mbo-inschrijvingen" as const, rows: 20_000, invalidRatio: 0.05 };
    const schrijf = writeCsv(o, traag);
    const meter = setInterval(() => (maxBuffer = Math.max(maxBuffer, traag.writableLength)), 0);
    const stats = await schrijf;
    clearInterval(meter);
    expect(delen.join("")).toBe([...csvChunks(o)].join(""));
    expect(stats.rows).toBe(20_000);
    expect(stats.meldingen).toBeGreaterThan(15_000);
    expect(Object.values(stats.invalid).reduce((a, b) => a + b, 0)).toBeGreaterThan(500);
    // write() returned false and we waited: never more than one chunk (~64 K characters) beyond the mark.
    expect(maxBuffer).toBeLessThan(16 * 1024 + 200 * 1024);
  });

  it("rejects when the stream fails, instead of generating on", async () => {
    const kapot = new Writable({
      write(_c, _e, klaar) {
        klaar(Object.assign(new Error("EPIPE"), { code: "EPIPE" }));
      },
    });
    await expect(writeCsv({ soort: "mbo-inschrijvingen", rows: 200_000 }, kapot)).rejects.toThrow(/EPIPE|closed/);
  });
});

describe("speed (printed, not asserted: quality.md, no CI timing)", () => {
  it("generates 50,000 mbo-inschrijvingen rows as CSV", () => {
    const rows = 50_000;
    const start = performance.now();
    let tekens = 0;
    for (const c of csvChunks({ soort: "mbo-inschrijvingen", rows })) tekens += c.length;
    const s = (performance.now() - start) / 1000;
    console.log(
      `generate: ${rows} rows, ${(tekens / 1e6).toFixed(1)} M characters in ${s.toFixed(2)} s = ${Math.round(rows / s)} rows/s` +
        ` (1,000,000 rows ≈ ${(s * 20).toFixed(1)} s; measure it for real with npm run generate)`,
    );
    expect(tekens).toBeGreaterThan(rows * 80);
  });
});
