// The five upload soorten and their CSV columns (formats.md): allowed, key and periode-level columns.

export const SOORTEN = ["mbo-inschrijvingen", "mbo-bpv", "mbo-resultaten", "po-inschrijvingen", "po-verzuim"] as const;
export type Soort = (typeof SOORTEN)[number];

export function isSoort(s: string): s is Soort {
  return (SOORTEN as readonly string[]).includes(s);
}

export interface SoortKolommen {
  /** Every column the file may have (lower case, snake_case), `actie` included. */
  readonly allowed: readonly string[];
  /** The key: the only columns read for a verwijdering, and the columns the header must have. */
  readonly key: readonly string[];
  /** Columns that differ per row of one inschrijving (one row per periode); empty for other soorten. */
  readonly periode: readonly string[];
}

const PERSOON = [
  "bsn",
  "onderwijsnummer",
  "geboortedatum",
  "geslacht",
  "achternaam",
  "voorvoegsel",
  "voornamen",
  "postcode",
  "woonland",
];

export const KOLOMMEN: Readonly<Record<Soort, SoortKolommen>> = {
  "mbo-inschrijvingen": {
    key: ["brin", "inschrijvingsvolgnummer"],
    periode: ["periode_begindatum", "opleidingscode", "leerweg", "indicatie_bekostigbaar"],
    allowed: [
      "brin",
      "inschrijvingsvolgnummer",
      ...PERSOON,
      "datum_inschrijving",
      "datum_uitschrijving_gepland",
      "datum_uitschrijving",
      "reden_uitschrijving",
      "periode_begindatum",
      "opleidingscode",
      "leerweg",
      "indicatie_bekostigbaar",
      "actie",
    ],
  },
  "mbo-bpv": {
    key: ["brin", "inschrijvingsvolgnummer", "bpv_volgnummer"],
    periode: [],
    allowed: [
      "brin",
      "inschrijvingsvolgnummer",
      "bpv_volgnummer",
      "leerbedrijf_id",
      "opleidingscode",
      "afsluitdatum",
      "datum_begin",
      "datum_einde_gepland",
      "datum_einde",
      "omvang_uren",
      "actie",
    ],
  },
  "mbo-resultaten": {
    key: ["brin", "resultaatvolgnummer"],
    periode: [],
    allowed: [
      "brin",
      "resultaatvolgnummer",
      "inschrijvingsvolgnummer",
      "bsn",
      "onderwijsnummer",
      "opleidingscode",
      "soort",
      "datum_behaald",
      "indicatie_bekostigbaar",
      "actie",
    ],
  },
  "po-inschrijvingen": {
    key: ["brin", "inschrijvingsvolgnummer"],
    periode: ["periode_begindatum", "vestigingscode", "groep"],
    allowed: [
      "brin",
      "inschrijvingsvolgnummer",
      ...PERSOON,
      "datum_inschrijving",
      "datum_uitschrijving",
      "periode_begindatum",
      "vestigingscode",
      "groep",
      "actie",
    ],
  },
  "po-verzuim": {
    key: ["brin", "verzuimvolgnummer"],
    periode: [],
    allowed: [
      "brin",
      "verzuimvolgnummer",
      "bsn",
      "onderwijsnummer",
      "soort",
      "datum_begin",
      "datum_einde",
      "toelichting",
      "actie",
    ],
  },
};

/** Inschrijvingen files group several rows (one per periode) into one melding. */
export function isInschrijvingSoort(soort: Soort): soort is "mbo-inschrijvingen" | "po-inschrijvingen" {
  return soort === "mbo-inschrijvingen" || soort === "po-inschrijvingen";
}

/** `datum_uitschrijving_gepland` → `datumUitschrijvingGepland` (api.md: CSV names in camelCase). */
export function toCamel(kolom: string): string {
  return kolom.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `leerbedrijfId` → `leerbedrijf_id`. */
export function toSnake(veld: string): string {
  return veld.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
