// The generated file as CSV text: `;`, CRLF, optional BOM, in ~64 KB chunks; and a writer that respects backpressure.
import type { Writable } from "node:stream";
import { CSV_BOM, formatCsvCell, formatCsvLine } from "@/lib/shared/csv";
import { generateMeldingen, rowsOf, type GenerateStats } from "./generate";
import { csvHeader } from "./kolommen";
import { normaliseer, type GenerateOptions } from "./options";

export interface CsvOptions {
  /** Start with a byte order mark, as Excel writes and the export does (default true). */
  bom?: boolean;
  /** Characters per chunk (default 64 K): large enough to amortise a write, small enough to keep memory flat. */
  chunkChars?: number;
}

// Only free text can hold `;`, quotes or line breaks; codes, numbers and dates are written as they
// are: cheaper than two regex tests per cell. The round-trip test reads every value back.
const VRIJE_TEKST = new Set(["achternaam", "voorvoegsel", "voornamen", "toelichting"]);

/** Free text comes from small lists: each distinct value is formatted once. */
class Opmaak {
  private readonly cache = new Map<string, string>();

  cel(v: string): string {
    let s = this.cache.get(v);
    if (s === undefined) {
      s = formatCsvCell(v);
      // Bounded: a mutated or unusual value is formatted without being remembered.
      if (this.cache.size < 10_000) this.cache.set(v, s);
    }
    return s;
  }
}

/** One CSV line; quotes the free-text cells of `rij` in place (the row is not used after this). */
function regel(rij: string[], vrij: readonly number[], opmaak: Opmaak): string {
  for (const i of vrij) if (rij[i] !== "") rij[i] = opmaak.cel(rij[i]!);
  return rij.join(";") + "\r\n";
}

/**
 * The file as text chunks: `;`, CRLF, RFC 4180 quoting through the export's formatCsvCell (its
 * formula guard never fires: no generated name starts with = + - @).
 */
export function* csvChunks(options: GenerateOptions, csv: CsvOptions = {}, stats?: GenerateStats): Generator<string> {
  const o = normaliseer(options);
  const grootte = csv.chunkChars ?? 65_536;
  const header = csvHeader(o.soort);
  const vrij = header.flatMap((k, i) => (VRIJE_TEKST.has(k) ? [i] : []));
  const opmaak = new Opmaak();
  let uit = ((csv.bom ?? true) ? CSV_BOM : "") + formatCsvLine(header);
  for (const rij of rowsOf(generateMeldingen(options), o.seed, stats)) {
    uit += regel(rij, vrij, opmaak);
    if (uit.length >= grootte) {
      yield uit;
      uit = "";
    }
  }
  if (uit) yield uit;
}

export const leegStats = (): GenerateStats => ({ rows: 0, meldingen: 0, invalid: {} });

/** Resolves on 'drain' (room again) or 'close' (caller checks), rejects on 'error'; leaves no listener behind. */
function wachtOpRuimte(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const los = () => {
      out.off("drain", klaar);
      out.off("close", klaar);
      out.off("error", mis);
    };
    const klaar = () => {
      los();
      resolve();
    };
    const mis = (e: Error) => {
      los();
      reject(e);
    };
    out.on("drain", klaar);
    out.on("close", klaar);
    out.on("error", mis);
  });
}

/**
 * Writes the file to a stream, waiting for 'drain' whenever write() says its buffer is full, so
 * memory stays flat at any size. Rejects when the stream fails or closes early (e.g. EPIPE when
 * `head` stops reading); does not end the stream.
 */
export async function writeCsv(options: GenerateOptions, out: Writable, csv: CsvOptions = {}): Promise<GenerateStats> {
  const stats = leegStats();
  let fout: Error | undefined;
  const opFout = (e: Error) => {
    fout ??= e;
  };
  out.on("error", opFout);
  try {
    for (const chunk of csvChunks(options, csv, stats)) {
      if (fout) throw fout;
      if (out.destroyed) throw new Error("output closed before the file was complete");
      if (!out.write(chunk)) await wachtOpRuimte(out);
    }
    if (fout) throw fout;
    return stats;
  } finally {
    out.off("error", opFout);
  }
}
