// Public API of the test-data generator: seedable, streaming CSV files in the five upload formats (quality.md).
//
// How the files of one seed relate: the inschrijvingen file of N rows holds meldingen 0, 1, 2 … (a
// person at two institutions is two meldingen in a row). mbo-bpv, mbo-resultaten and po-verzuim made
// with the same seed, rows, brins, today, prefix and invalid-ratio walk those same inschrijvingen in
// order and refer only to ones delivered without error: BPV for most inschrijvingen with a BBL
// periode (not all: S04), a diploma for most completed ones and a few certificaten, verzuim for about
// one pupil in ten on a day the pupil is enrolled. Upload the inschrijvingen file first.
export { generateMeldingen, generateRows, rowsOf } from "./generate";
export type { GenerateStats } from "./generate";
export { csvChunks, writeCsv, leegStats } from "./csv";
export type { CsvOptions } from "./csv";
export { csvHeader } from "./kolommen";
export { normaliseer, DEFAULT_TODAY, OptionError } from "./options";
export type { GenerateOptions } from "./options";
export { isOngeldig, mogelijkeFouten } from "./fouten";
export { mboInschrijvingen } from "./mbo";
export { poInschrijvingen } from "./po";
export type { ExpectedCode, ExpectedError, GeneratedMelding, MboInschrijving, PoInschrijving } from "./model";
export { Prng, hash32 } from "./prng";
