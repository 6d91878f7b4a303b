// Public API of the upload CSV layer: streaming reader with whole-file refusals (the export writer is lib/shared/csv.ts).
//
// Upload flow: inspectCsv (refuses a bad file before anything is processed, counts rows for the
// progress bar) → readCsv (rows with their spreadsheet row number) → validate/ (group, valideerRijen).
export { readCsv, inspectCsv, CSV_LIMITS } from "./reader";
export type { CsvReadOptions, CsvRow, CsvSummary, CsvSource } from "./reader";
export { FileRefusedError } from "./errors";
export type { RefusalReason } from "./errors";
export type { CsvEncoding } from "./decode";
