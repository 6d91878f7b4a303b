// Throughput of reading + validating 200,000 generated rows: printed, not asserted (quality.md: no CI timing).
import { describe, expect, it } from "vitest";
import { inspectCsv, readCsv, type CsvRow } from "../csv";
import { VANDAAG } from "./fixtures";
import { groepeerPerInschrijving, KOLOMMEN, valideerRijen } from "./index";

const ROWS = 200_000;

/** A valid BSN from a counter: eight digits, the ninth from the elfproef (skipping remainder 10). */
function bsn(n: number): string {
  for (let i = n; ; i++) {
    const d = String(10_000_000 + (i % 89_999_999)).padStart(8, "0");
    let sum = 0;
    for (let k = 0; k < 8; k++) sum += (9 - k) * Number(d[k]);
    const d9 = sum % 11;
    if (d9 < 10) return d + d9;
  }
}

/** mbo-inschrijvingen as a realistic file: every 5th inschrijving has a second (BBL) periode, 1% invalid. */
function generate(): { chunks: Uint8Array[]; meldingen: number } {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let text =
    "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;voorvoegsel;voornamen;postcode;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar\r\n";
  let rows = 0;
  let meldingen = 0;
  for (let i = 0; rows < ROWS; i++) {
    meldingen++;
    const pgn = i % 100 === 99 ? "123456789" : bsn(i * 7919);
    const base = `25AA;2026-${i};${pgn};2009-03-14;${i % 2 ? "M" : "V"};Jansen${i};${i % 3 ? "" : "van der"};Eva;3521AB;2026-08-01;2029-07-31`;
    text += `${base};2026-08-01;90003;BOL;J\r\n`;
    rows++;
    if (i % 5 === 0 && rows < ROWS) {
      text += `${base};01-02-2027;90003;BBL;J\r\n`;
      rows++;
    }
    if (text.length > 65536) {
      chunks.push(enc.encode(text));
      text = "";
    }
  }
  chunks.push(enc.encode(text));
  return { chunks, meldingen };
}

describe("throughput (printed)", () => {
  it(`reads and validates ${ROWS.toLocaleString("en")} rows`, async () => {
    const { chunks, meldingen } = generate();
    const mb = chunks.reduce((n, c) => n + c.byteLength, 0) / 1024 / 1024;
    const k = KOLOMMEN["mbo-inschrijvingen"];
    const opts = { columns: k.allowed, required: k.key };

    let t = performance.now();
    const summary = await inspectCsv(chunks, opts);
    const parseMs = performance.now() - t;
    expect(summary.rows).toBe(ROWS);

    // End to end as a pipeline would do it: read, group the whole file, validate each melding.
    t = performance.now();
    const rows: CsvRow[] = [];
    for await (const r of readCsv(chunks, opts)) rows.push(r);
    const groepen = groepeerPerInschrijving(rows);
    const readGroupMs = performance.now() - t;
    t = performance.now();
    let afgekeurd = 0;
    for (const groep of groepen) if (!valideerRijen("mbo-inschrijvingen", groep, { vandaag: VANDAAG }).ok) afgekeurd++;
    const validateMs = performance.now() - t;
    expect(groepen.length).toBe(meldingen);
    expect(afgekeurd).toBe(Math.floor(meldingen / 100));

    const perS = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString("en");
    console.log(
      `[throughput] ${ROWS.toLocaleString("en")} rows, ${mb.toFixed(1)} MB, ${meldingen.toLocaleString("en")} meldingen:\n` +
        `  parse (inspectCsv)            ${perS(ROWS, parseMs)} rows/s (${(mb / (parseMs / 1000)).toFixed(0)} MB/s)\n` +
        `  parse + collect + group       ${perS(ROWS, readGroupMs)} rows/s\n` +
        `  validate (valideerRijen)      ${perS(meldingen, validateMs)} meldingen/s\n` +
        `  all together                  ${perS(meldingen, readGroupMs + validateMs)} meldingen/s`,
    );
  });
});
