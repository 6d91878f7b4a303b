// Plain-data input and output shapes of the bekostiging (funding) rules; dates are ISO "YYYY-MM-DD".

export type IsoDate = string;
export type Sector = "PO" | "MBO";
export type Leerweg = "BOL" | "BBL" | "EX";
export type JN = "J" | "N";

// ── Reference data (RIO) ────────────────────────────────────────────────────

export interface Opleiding {
  opleidingscode: string;
  /** 1–4; 1 = entree. */
  niveau: number;
  specialist: boolean;
  toegestaneLeerwegen: readonly string[];
  prijsfactor: number;
  ingangsdatum: IsoDate;
  einddatum: IsoDate | null;
  instroomeinddatum: IsoDate | null;
}

export interface Licentie {
  brin: string;
  opleidingscode: string;
  leerweg: Leerweg;
  bekostigd: boolean;
  begindatum: IsoDate;
  einddatum: IsoDate | null;
}

export interface Instelling {
  brin: string;
  sector: Sector;
  bekostigd: boolean;
}

export interface Teldatum {
  sector: Sector;
  datum: IsoDate;
  status: "VOORLOPIG" | "VASTGESTELD";
}

/** A table keyed by code: either a Map or a plain object, whichever the caller has at hand. */
export type Lookup<T> = ReadonlyMap<string, T> | Readonly<Record<string, T>>;

export interface Reference {
  opleidingen: Lookup<Opleiding>;
  licenties: readonly Licentie[];
  instellingen: Lookup<Instelling>;
}

// ── Register records ────────────────────────────────────────────────────────

export interface Person {
  pgn: string;
  geboortedatum: IsoDate;
  /** ISO 3166 alpha-2. */
  woonland: string;
}

export interface MboPeriode {
  begindatum: IsoDate;
  opleidingscode: string;
  leerweg: Leerweg;
  indicatieBekostigbaar: boolean;
}

export interface Bpv {
  bpvVolgnummer: string;
  /** Carried for completeness; M06 ignores it (any BPV of the inschrijving counts). */
  opleidingscode?: string;
  afsluitdatum: IsoDate;
  datumBegin: IsoDate;
  datumEindeGepland: IsoDate;
  datumEinde: IsoDate | null;
}

export interface MboInschrijving {
  brin: string;
  inschrijvingsvolgnummer: string;
  datumInschrijving: IsoDate;
  datumUitschrijving: IsoDate | null;
  perioden: readonly MboPeriode[];
  bpv: readonly Bpv[];
}

export interface PoPeriode {
  begindatum: IsoDate;
  vestigingscode: string;
  groep: number;
}

export interface PoInschrijving {
  brin: string;
  inschrijvingsvolgnummer: string;
  datumInschrijving: IsoDate;
  datumUitschrijving: IsoDate | null;
  perioden: readonly PoPeriode[];
}

export interface Resultaat {
  brin: string;
  resultaatvolgnummer: string;
  inschrijvingsvolgnummer: string;
  opleidingscode: string;
  soort: "DIPLOMA" | "CERTIFICAAT";
  datumBehaald: IsoDate;
  indicatieBekostigbaar: boolean;
}

// ── Output: the Bekostigingsbeoordeling ─────────────────────────────────────

interface AssessmentBase {
  brin: string;
  /** inschrijvingsvolgnummer or resultaatvolgnummer. */
  volgnummer: string;
  status: JN;
  /** Sorted by code point; empty when status is J. */
  codes: string[];
  /** Rounded to 4 decimals (the database keeps Decimal(8,4)); the UI shows two. */
  gewicht: number;
  /** e.g. { brin: "25BB" } for M09/P03; {} otherwise. */
  parameters: Record<string, string>;
  /** false for everything computed here; frozen ('D') assessments come in with true. */
  definitief: boolean;
}

export interface InschrijvingAssessment extends AssessmentBase {
  kind: "INSCHRIJVING";
  teldatum: IsoDate;
}

export interface ResultaatAssessment extends AssessmentBase {
  kind: "RESULTAAT";
  kalenderjaar: number;
}

export type Assessment = InschrijvingAssessment | ResultaatAssessment;
