// What the form actions take and answer (shared by the server actions and the client forms).
import type { Soort } from "@/lib/register/validate";
import type { FormulierUitkomst } from "./verwerk";

/** The record a form is about. All of it comes back from the browser, so the action checks it again. */
export interface FormDoel {
  brin: string;
  soort: Soort;
  /** The inschrijving whose page the form was opened from; none for a new inschrijving. */
  inschrijvingId?: number;
  /** The bpv-, resultaat- or verzuimvolgnummer of the record being changed or removed. */
  volgnummer?: string;
}

export type FormulierState = null | {
  uitkomst: FormulierUitkomst;
  /** The student's page after a verwerkt melding. */
  detailHref: string | null;
};

export type VerwijderState = null | { uitkomst: FormulierUitkomst };

/** Which record a removal was, for the notice on the page the user lands on (`?verwijderd=bpv&sleutel=2`). */
export const VERWIJDERD_SOORTEN = ["inschrijving", "bpv", "resultaat", "verzuim"] as const;
export type VerwijderdSoort = (typeof VERWIJDERD_SOORTEN)[number];

export function verwijderdUit(
  params: Record<string, string | string[] | undefined>,
): { soort: VerwijderdSoort; sleutel: string } | null {
  const soort = params.verwijderd;
  const sleutel = params.sleutel;
  if (typeof soort !== "string" || typeof sleutel !== "string") return null;
  // Only what a volgnummer can be: the notice never repeats arbitrary text from a URL.
  if (!(VERWIJDERD_SOORTEN as readonly string[]).includes(soort) || !/^[A-Za-z0-9_-]{1,20}$/.test(sleutel)) return null;
  return { soort: soort as VerwijderdSoort, sleutel };
}
