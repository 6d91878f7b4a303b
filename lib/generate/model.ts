// The generator's records before they become CSV rows, shared by the inschrijvingen files and the files derived from them.
import type { FCode } from "../register/validate/afkeuring";
import type { Soort } from "../register/validate/soorten";
import type { Dag } from "./datum";
import type { Persoon } from "./persoon";
import type { Leerweg } from "./referentie";

export interface MboPeriode {
  begin: Dag;
  opleidingscode: string;
  leerweg: Leerweg;
  bekostigbaar: boolean;
}

export interface MboInschrijving {
  /** Position among the meldingen of the inschrijvingen file (0-based): what derived files refer to. */
  nr: number;
  brin: string;
  volgnummer: string;
  persoon: Persoon;
  inschrijving: Dag;
  gepland: Dag;
  uitschrijving?: Dag;
  reden?: string;
  perioden: MboPeriode[];
}

export interface PoPeriode {
  begin: Dag;
  vestigingscode: string;
  groep: number;
}

export interface PoInschrijving {
  nr: number;
  brin: string;
  volgnummer: string;
  persoon: Persoon;
  inschrijving: Dag;
  uitschrijving?: Dag;
  perioden: PoPeriode[];
}

/** Codes a deliberate error is expected to get: F-codes from row validation, R-codes from the register. */
export type ExpectedCode = FCode | "R01" | "R02" | "R03";

export interface ExpectedError {
  code: ExpectedCode;
  /** The CSV column the error is in. */
  kolom: string;
  /** What was done, in a few words. */
  wat: string;
}

export interface GeneratedMelding {
  soort: Soort;
  /** Position in this file's sequence of meldingen (0-based). */
  nr: number;
  /** Values in header order: one row per periode for inschrijvingen, otherwise exactly one. */
  rows: string[][];
  /** Set when this melding carries one deliberate error (--invalid-ratio). */
  fout?: ExpectedError;
}

/** Options after defaults and checks (see options.ts). */
export interface Basis {
  soort: Soort;
  rows: number;
  seed: number;
  invalidRatio: number;
  brins: readonly string[];
  today: Dag;
  prefix: string;
}
