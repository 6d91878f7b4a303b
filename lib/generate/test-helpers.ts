// Test helpers (used by the *.test.ts files only): generated text read back through the real upload reader and validation.
import { readCsv, type CsvRow } from "../register/csv";
import {
  groepeerPerInschrijving,
  isInschrijvingSoort,
  KOLOMMEN,
  valideerRijen,
  type Soort,
} from "../register/validate";
import type { Afkeuring } from "../register/validate/afkeuring";
import { csvChunks, type CsvOptions } from "./csv";
import type { GenerateOptions } from "./options";

export const TODAY = "2026-11-23";

/** The generated file read back with the upload reader: every row with its values by column. */
export async function leesTerug(o: GenerateOptions, csv: CsvOptions = {}): Promise<CsvRow[]> {
  const k = KOLOMMEN[o.soort];
  const rows: CsvRow[] = [];
  for await (const r of readCsv(csvChunks(o, csv), { columns: k.allowed, required: k.key })) rows.push(r);
  return rows;
}

/** Per melding (rows grouped as the upload groups them): the key and the validation outcome. */
export interface Uitslag {
  sleutel: string;
  rows: CsvRow[];
  afkeuringen: Afkeuring[];
}

export function valideer(soort: Soort, rows: CsvRow[], vandaag = TODAY): Uitslag[] {
  const groepen = isInschrijvingSoort(soort) ? groepeerPerInschrijving(rows) : rows.map((r) => [r]);
  return groepen.map((g) => {
    const r = valideerRijen(soort, g, { vandaag });
    return { sleutel: sleutelVan(soort, g[0]!.values), rows: g, afkeuringen: r.ok ? [] : r.afkeuringen };
  });
}

/** brin + the soort's volgnummer(s): identifies a melding in a file. */
export function sleutelVan(
  soort: Soort,
  values: Record<string, string> | readonly string[],
  header?: readonly string[],
): string {
  const get = (k: string): string =>
    Array.isArray(values)
      ? ((values as readonly string[])[header!.indexOf(k)] ?? "")
      : ((values as Record<string, string>)[k] ?? "");
  return KOLOMMEN[soort].key.map(get).join("|");
}
