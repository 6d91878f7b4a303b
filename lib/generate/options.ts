// Generator options: defaults and checks, shared by the CLI and in-process callers (bench, tests).
import { isSoort, type Soort } from "../register/validate/soorten";
import { dag, vanIso } from "./datum";
import type { Basis } from "./model";
import { sectorVan, standaardBrins } from "./referentie";

export interface GenerateOptions {
  soort: Soort;
  /**
   * Rows of the inschrijvingen file. For mbo-bpv, mbo-resultaten and po-verzuim: the rows of the
   * inschrijvingen file they belong to (same seed, brins, today and invalidRatio); they yield as many
   * rows as that file's inschrijvingen call for, fewer than `rows`.
   */
  rows: number;
  /** Default 1. */
  seed?: number;
  /** Fraction of meldingen with one deliberate error, 0–1; default 0. */
  invalidRatio?: number;
  /** Default: every institution of the sector with licences (mbo) or vestigingen (po). */
  brins?: readonly string[];
  /**
   * The day the file describes (ISO): nothing that validation checks against today lies after it.
   * Default DEFAULT_TODAY, fixed so a seed always gives the same file.
   */
  today?: string;
  /** Volgnummer prefix, default "G" (`G-000001`); never "T" (acceptance tests own `T-`). */
  prefix?: string;
}

/** A fixed "today": reproducible output, and not after the day any file made with it is uploaded. */
export const DEFAULT_TODAY = "2026-11-23";

export class OptionError extends Error {}

function fout(msg: string): never {
  throw new OptionError(msg);
}

export function sectorVanSoort(soort: Soort): "MBO" | "PO" {
  return soort.startsWith("mbo-") ? "MBO" : "PO";
}

/** Defaults filled in and every option checked; throws OptionError with a message for the CLI user. */
export function normaliseer(o: GenerateOptions): Basis {
  if (!isSoort(o.soort)) fout(`unknown soort '${String(o.soort)}'`);
  if (!Number.isSafeInteger(o.rows) || o.rows < 1) fout("rows must be a whole number ≥ 1");
  const seed = o.seed ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff)
    fout("seed must be a whole number from 0 to 4294967295");
  const invalidRatio = o.invalidRatio ?? 0;
  if (!(invalidRatio >= 0 && invalidRatio <= 1)) fout("invalid-ratio must be a number from 0 to 1");
  const sector = sectorVanSoort(o.soort);
  const brins = o.brins ?? standaardBrins(sector);
  if (brins.length === 0) fout("at least one brin is needed");
  if (new Set(brins).size !== brins.length) fout("a brin is listed twice");
  for (const b of brins) {
    if (sectorVan(b) !== sector)
      fout(
        `brin ${b} is not a ${sector.toLowerCase()} institution of the reference data (${standaardBrins(sector).join(", ")})`,
      );
  }
  let today: number;
  try {
    today = vanIso(o.today ?? DEFAULT_TODAY);
  } catch {
    fout("today must be a date YYYY-MM-DD");
  }
  // Inschrijvingen start from 1 August 2023; a month later there is something to generate.
  if (today < dag(2023, 9, 1) || today > dag(2040, 12, 31)) fout("today must lie between 2023-09-01 and 2040-12-31");
  const prefix = o.prefix ?? "G";
  if (!/^[A-Za-z0-9_]{1,6}$/.test(prefix)) fout("prefix must be 1–6 letters, digits or _");
  if (prefix.toUpperCase() === "T") fout("prefix T is reserved for acceptance tests");
  return { soort: o.soort, rows: o.rows, seed, invalidRatio, brins, today, prefix };
}
