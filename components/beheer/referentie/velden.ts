// The form fields per soort of reference data, in the order of the RIO CSV columns; values are the
// CSV's (J/N, ISO dates), so the form goes through the same parser as an import.
import type { ReferentieSoort } from "@/lib/rio/referentie";

export type VeldType = "text" | "date" | "jn" | "sector" | "leerweg" | "leerwegen" | "niveau" | "decimal";

export interface Veld {
  naam: string;
  type: VeldType;
  /** Part of the key: fixed when editing. */
  sleutel?: boolean;
  optioneel?: boolean;
}

export const VELDEN: Record<ReferentieSoort, Veld[]> = {
  instellingen: [
    { naam: "brin", type: "text", sleutel: true },
    { naam: "naam", type: "text" },
    { naam: "sector", type: "sector" },
    { naam: "bestuurscode", type: "text" },
    { naam: "bestuursnaam", type: "text" },
    { naam: "plaats", type: "text" },
    { naam: "bekostigd", type: "jn" },
  ],
  besturen: [
    { naam: "bestuurscode", type: "text", sleutel: true },
    { naam: "naam", type: "text" },
  ],
  vestigingen: [
    { naam: "vestigingscode", type: "text", sleutel: true },
    { naam: "brin", type: "text" },
    { naam: "naam", type: "text" },
    { naam: "straat", type: "text" },
    { naam: "huisnummer", type: "text" },
    { naam: "postcode", type: "text" },
    { naam: "plaats", type: "text" },
  ],
  opleidingen: [
    { naam: "opleidingscode", type: "text", sleutel: true },
    { naam: "naam", type: "text" },
    { naam: "niveau", type: "niveau" },
    { naam: "specialist", type: "jn" },
    { naam: "toegestane_leerwegen", type: "leerwegen" },
    { naam: "prijsfactor", type: "decimal" },
    { naam: "ingangsdatum", type: "date" },
    { naam: "einddatum", type: "date", optioneel: true },
    { naam: "instroomeinddatum", type: "date", optioneel: true },
  ],
  licenties: [
    { naam: "brin", type: "text", sleutel: true },
    { naam: "opleidingscode", type: "text", sleutel: true },
    { naam: "leerweg", type: "leerweg", sleutel: true },
    { naam: "bekostigd", type: "jn" },
    { naam: "begindatum", type: "date" },
    { naam: "einddatum", type: "date", optioneel: true },
  ],
};
