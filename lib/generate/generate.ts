// The generator proper: meldingen per soort with their deliberate errors, flattened to rows in file order.
import { bpvRijen } from "./bpv";
import { maakOngeldig, isOngeldig } from "./fouten";
import { mboInschrijvingen } from "./mbo";
import type { Basis, GeneratedMelding } from "./model";
import { normaliseer, sectorVanSoort, type GenerateOptions } from "./options";
import { poInschrijvingen } from "./po";
import { hashFloat } from "./prng";
import { resultaatRijen } from "./resultaten";
import { mboRijen, poRijen } from "./rijen";
import { verzuimRijen } from "./verzuim";

/** The rows of each melding, before errors are added. */
function* bron(o: Basis): Generator<string[][]> {
  // A derived file refers only to inschrijvingen its inschrijvingen file delivered without error.
  const basis = sectorVanSoort(o.soort) === "MBO" ? "mbo-inschrijvingen" : "po-inschrijvingen";
  const geldig = (ins: { nr: number }): boolean => !isOngeldig(o.seed, basis, ins.nr, o.invalidRatio);
  switch (o.soort) {
    case "mbo-inschrijvingen":
      for (const ins of mboInschrijvingen(o)) yield mboRijen(ins);
      return;
    case "po-inschrijvingen":
      for (const ins of poInschrijvingen(o)) yield poRijen(ins);
      return;
    case "mbo-bpv":
      for (const r of bpvRijen(o, geldig)) yield [r];
      return;
    case "mbo-resultaten":
      for (const r of resultaatRijen(o, geldig)) yield [r];
      return;
    case "po-verzuim":
      for (const r of verzuimRijen(o, geldig)) yield [r];
      return;
  }
}

/**
 * Every melding of the file in order, each with its rows (header order, see csvHeader) and, when
 * it was made invalid on purpose, the code it is expected to get.
 */
export function* generateMeldingen(options: GenerateOptions): Generator<GeneratedMelding> {
  const o = normaliseer(options);
  let nr = 0;
  for (const rows of bron(o)) {
    const m: GeneratedMelding = { soort: o.soort, nr, rows };
    if (isOngeldig(o.seed, o.soort, nr, o.invalidRatio))
      m.fout = maakOngeldig(o.seed, o.soort, nr, rows, o.today, o.prefix);
    nr++;
    yield m;
  }
}

export interface GenerateStats {
  rows: number;
  meldingen: number;
  /** Meldingen with a deliberate error, per expected code. */
  invalid: Record<string, number>;
}

// formats.md: the rows of one inschrijving "need not be adjacent"; a tenth of the multi-row ones
// has its later perioden after the next melding, so readers that assume adjacency fail.
const KANS_UITGESTELD = 0.1;

/** The meldingen as rows in file order; counts into `stats` when given. */
export function* rowsOf(meldingen: Iterable<GeneratedMelding>, seed = 1, stats?: GenerateStats): Generator<string[]> {
  let uitgesteld: string[][] = [];
  for (const m of meldingen) {
    if (stats) {
      stats.meldingen++;
      stats.rows += m.rows.length;
      if (m.fout) stats.invalid[m.fout.code] = (stats.invalid[m.fout.code] ?? 0) + 1;
    }
    const uitstellen = m.rows.length > 1 && hashFloat(seed, 0xadd, m.nr) < KANS_UITGESTELD;
    if (uitstellen) yield m.rows[0]!;
    else yield* m.rows;
    yield* uitgesteld;
    uitgesteld = uitstellen ? m.rows.slice(1) : [];
  }
  yield* uitgesteld;
}

/** All rows of the file in order, values in header order (csvHeader). */
export function generateRows(options: GenerateOptions): Generator<string[]> {
  return rowsOf(generateMeldingen(options), options.seed ?? 1);
}
