// The pipeline's vocabulary: who delivers, what a melding is on its way in, and the terugkoppeling.
import type { Assessment } from "@/lib/bekostiging/types";
import type { Afkeuring } from "@/lib/register/validate";
import type { Soort } from "@/lib/register/validate";

export type Bron = "UPLOAD" | "API" | "FORM";

/** The sender of a melding and what it may deliver (R01 beyond "brin exists, right sector"). */
export interface Afzender {
  bron: Bron;
  actorType: "USER" | "API_CLIENT";
  /** E-mail address or client_id, for the melding and the audit log. */
  actor: string;
  mayDeliver: (brin: string, soort: Soort) => boolean;
  uploadId?: string;
}

/** An afkeuring of any kind (F from validation, R from the register); `kolom` is a CSV column name. */
export interface RegisterAfkeuring {
  code: string;
  kolom: string;
  melding: string;
  /** The spreadsheet row it concerns; none: every row of the melding. */
  rij?: number;
  /** The value that failed, where a column occurs in several perioden (R02). */
  waarde?: string;
}

export interface SignaalOut {
  code: string;
  parameters: Record<string, string>;
}

export interface Terugkoppeling {
  meldingId: number;
  soort: Soort;
  brin: string;
  sleutel: string;
  status: "VERWERKT" | "AFGEKEURD";
  /** Created (201) rather than changed or unchanged (200). */
  aangemaakt: boolean;
  gewijzigd: boolean;
  afkeuringen: RegisterAfkeuring[];
  signalen: SignaalOut[];
  bekostiging: Assessment[];
  /** API meldingen only: the record's version as the transaction committed it (see versie.ts). */
  versie?: string | null;
  /**
   * Its If-Match no longer held when the melding's turn came: nothing processed and nothing
   * recorded (api.md: 412); `versie` is then the record's current version.
   */
  voorwaardeGefaald?: boolean;
}

export type { Afkeuring };
