// Field formats as zod schemas: the single source for CSV uploads, API bodies and the OpenAPI document.
//
// Every schema carries its Dutch message; the afkeuringscode follows from the issue (afkeuring.ts):
// a list (enum/literal) miss is F06, a custom check names its code in params, anything else is F02.
import { z } from "zod";
import { LANDCODES } from "./landen";
import { isGeldigBsn, isGeldigOnderwijsnummer } from "./pgn";

/** The value as a message may show it: short, never the whole of a long text. */
export function toon(v: unknown): string {
  const s = typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
  return `'${s.length > 40 ? `${s.slice(0, 40)}…` : s}'`;
}

/** Length in characters (code points, as PostgreSQL counts), not UTF-16 units: an emoji is one. */
function maxTekens(max: number) {
  return (s: string) => s.length <= max || [...s].length <= max;
}

const patroon = (re: RegExp, uitleg: string) =>
  z.string({ error: (i) => `${toon(i.input)} is ongeldig: ${uitleg}` }).regex(re);

export const brin = patroon(/^\d{2}[A-Z]{2}$/, "een BRIN-code is 2 cijfers en 2 hoofdletters, zoals 25AA.");

/** inschrijvings-, bpv-, resultaat- en verzuimvolgnummer: they end up in URLs, hence the small alphabet. */
export const volgnummer = patroon(
  /^[A-Za-z0-9_-]{1,20}$/,
  "een volgnummer is 1 tot 20 tekens: letters, cijfers, - en _.",
);

// No value in these messages: a PGN never goes into an error message (quality.md).
export const bsn = z
  .string({ error: "Een BSN bestaat uit 9 cijfers." })
  .regex(/^\d{9}$/, { abort: true })
  .refine(isGeldigBsn, { error: "Het BSN voldoet niet aan de elfproef.", params: { code: "F03" } });

export const onderwijsnummer = z
  .string({ error: "Een onderwijsnummer bestaat uit 9 cijfers." })
  .regex(/^\d{9}$/, { abort: true })
  .refine(isGeldigOnderwijsnummer, {
    error:
      "Het onderwijsnummer klopt niet: (9·d1 + 8·d2 + … + 2·d8) mod 11 moet gelijk zijn aan het laatste cijfer + 5.",
    params: { code: "F04" },
  });

/** ISO date that exists (zod's regex knows month lengths and leap years): 2026-02-29 and 0000-00-00 fail. */
export const datum = z.iso.date({
  error: (i) => `${toon(i.input)} is geen bestaande datum; gebruik JJJJ-MM-DD (of DD-MM-JJJJ in een bestand).`,
});

const lijst = <const T extends readonly [string, ...string[]]>(waarden: T, wat: string) =>
  z.enum(waarden, { error: (i) => `${toon(i.input)} is geen geldige ${wat}; kies uit ${waarden.join(", ")}.` });

export const geslacht = lijst(["M", "V", "O"], "waarde voor geslacht");
export const jn = lijst(["J", "N"], "J/N-waarde");
export const leerweg = lijst(["BOL", "BBL", "EX"], "leerweg");
export const redenUitschrijving = lijst(
  ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"],
  "reden uitschrijving",
);
export const resultaatSoort = lijst(["DIPLOMA", "CERTIFICAAT"], "soort resultaat");
export const verzuimSoort = lijst(["16U_4W", "LRV", "RMC", "LUXE", "OVERIG"], "soort verzuim");

export const groep = z.literal([1, 2, 3, 4, 5, 6, 7, 8], {
  error: (i) => `${toon(i.input)} is geen geldige groep; kies 1 tot en met 8.`,
});

// min(1): an empty text is "no value" (absent), as in a CSV cell, never a stored "".
export const naam = z
  .string({ error: "Een naam is tekst." })
  .min(1)
  .refine(maxTekens(200), { error: "Een naam is ten hoogste 200 tekens lang." })
  .meta({ maxLength: 200 });

export const toelichting = z
  .string({ error: "De toelichting is tekst." })
  .min(1)
  .refine(maxTekens(2000), { error: "De toelichting is ten hoogste 2000 tekens lang." })
  .meta({ maxLength: 2000 });

/** Stored without the space (domain.md: NL `1234AB`); overwrite keeps it representable in JSON Schema. */
export const postcode = patroon(
  /^\d{4} ?[A-Z]{2}$/,
  "een postcode is 4 cijfers en 2 hoofdletters, zoals 3521AB.",
).overwrite((v) => v.replace(" ", ""));

// A real country, not any two capitals; an unknown code fails the format (F02) as a malformed one does.
export const woonland = patroon(/^[A-Z]{2}$/, "een land is een ISO 3166-1-code van 2 hoofdletters, zoals NL.").refine(
  (v) => LANDCODES.has(v),
  {
    error: (i) =>
      `${toon(i.input)} is ongeldig: dat is geen bestaande ISO 3166-1-landcode; gebruik bijvoorbeeld NL, BE of DE.`,
    params: { code: "F02" },
  },
);

export const opleidingscode = patroon(/^\d{5}$/, "een opleidingscode (crebo) is 5 cijfers.");

export const vestigingscode = patroon(
  /^\d{2}[A-Z]{2}\d{2}$/,
  "een vestigingscode is de BRIN-code en 2 cijfers, zoals 25AA01.",
);

export const leerbedrijfId = patroon(
  /^[1-9]\d{8}$/,
  "een leerbedrijf-id is 9 cijfers, van 100000000 tot en met 999999999.",
);

export const omvangUren = z
  .number({ error: (i) => `${toon(i.input)} is ongeldig: de omvang is een geheel aantal uren van 1 tot en met 10000.` })
  .int()
  .min(1)
  .max(10000);
