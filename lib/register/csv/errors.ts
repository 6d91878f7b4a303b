// Whole-file refusals of an upload: one typed error with a stable reason and a Dutch message.

export type RefusalReason =
  | "leeg"
  | "geen-gegevens"
  | "te-groot"
  | "codering"
  | "utf16"
  | "binair"
  | "scheidingsteken"
  | "te-veel-kolommen"
  | "kolom-onbekend"
  | "kolom-dubbel"
  | "kolom-ontbreekt"
  | "regel-te-lang"
  | "aanhalingsteken"
  | "te-veel-velden"
  | "te-veel-rijen";

/** The file is refused as a whole; nothing of it may be processed. `rij` is the spreadsheet row where known. */
export class FileRefusedError extends Error {
  override readonly name = "FileRefusedError";
  constructor(
    readonly reden: RefusalReason,
    message: string,
    readonly rij?: number,
  ) {
    super(message);
  }
}

/** Dutch thousands separator without depending on the ICU data Node was built with. */
export function formatAantal(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Quote a user-supplied name for a message: short, and never a full 9-digit number (a PGN must not reach a message). */
export function quoteNaam(naam: string): string {
  const kort = naam.length > 40 ? `${naam.slice(0, 40)}…` : naam;
  return `'${kort.replace(/\d{9}/g, "*********")}'`;
}
