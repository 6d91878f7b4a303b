// The RIO reference-data CSV formats (the files of prisma/data/rio): zod schemas per file, used by
// the seed and by the back-office import.
import { parse } from "csv-parse/sync";
import { z } from "zod";

const jn = z.enum(["J", "N"]).transform((v) => v === "J");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "datum als JJJJ-MM-DD");
const optionalDate = z
  .string()
  .transform((v) => (v === "" ? null : v))
  .pipe(isoDate.nullable());

export const instellingRow = z.object({
  brin: z.string().regex(/^\d{2}[A-Z]{2}$/),
  naam: z.string().min(1),
  sector: z.enum(["PO", "MBO"]),
  bestuurscode: z.string().regex(/^\d{3}B\d{3}$/),
  bestuursnaam: z.string().min(1),
  plaats: z.string().min(1),
  bekostigd: jn,
});

export const vestigingRow = z.object({
  vestigingscode: z.string().regex(/^\d{2}[A-Z]{2}\d{2}$/),
  brin: z.string().regex(/^\d{2}[A-Z]{2}$/),
  naam: z.string().min(1),
  straat: z.string().min(1),
  huisnummer: z.string().min(1),
  postcode: z
    .string()
    .regex(/^\d{4} ?[A-Z]{2}$/)
    .transform((v) => v.replace(" ", "")),
  plaats: z.string().min(1),
});

const leerweg = z.enum(["BOL", "BBL", "EX"]);

export const opleidingRow = z.object({
  opleidingscode: z.string().regex(/^\d{5}$/),
  naam: z.string().min(1),
  niveau: z.coerce.number().int().min(1).max(4),
  specialist: jn,
  toegestane_leerwegen: z
    .string()
    .transform((v) => v.split(",").map((s) => s.trim()))
    .pipe(z.array(leerweg).min(1)),
  prijsfactor: z.coerce.number().positive(),
  ingangsdatum: isoDate,
  einddatum: optionalDate,
  instroomeinddatum: optionalDate,
});

export const licentieRow = z.object({
  brin: z.string().regex(/^\d{2}[A-Z]{2}$/),
  opleidingscode: z.string().regex(/^\d{5}$/),
  leerweg,
  bekostigd: jn,
  begindatum: isoDate,
  einddatum: optionalDate,
});

export const RIO_FILES = {
  instellingen: instellingRow,
  vestigingen: vestigingRow,
  opleidingen: opleidingRow,
  licenties: licentieRow,
} as const;

export type RioFile = keyof typeof RIO_FILES;
export type RioRow<F extends RioFile> = z.infer<(typeof RIO_FILES)[F]>;

export class RioFormatError extends Error {}

/** Parses one RIO file (`;`-separated, header line); throws with the Dutch row-level problems. */
export function parseRioCsv<F extends RioFile>(file: F, text: string): RioRow<F>[] {
  const records = parse(text.replace(/^\uFEFF/, ""), {
    delimiter: ";",
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    skip_empty_lines: true,
    trim: true,
  }) as Record<string, string>[];
  const schema = RIO_FILES[file];
  const problems: string[] = [];
  const rows = records.flatMap((record, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) return [parsed.data as RioRow<F>];
    problems.push(`rij ${index + 2}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    return [];
  });
  if (problems.length) throw new RioFormatError(`Ongeldig bestand ${file}.csv:\n${problems.join("\n")}`);
  return rows;
}
