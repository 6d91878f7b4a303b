// Input of the OSR forms as zod schemas: the contact card, an invitation and a mandate. Errors
// carry a key of the `osr.fouten` catalogue, so the page shows a Dutch (or English) message per field.
// The telephone and postcode checks are the ones osr.md asks of the API bodies as well.
import { z } from "zod";
import { CONTEXTEN, DIENSTEN, ordenContexten } from "./contexten";

const POSTCODE = /^\d{4} ?[A-Z]{2}$/;

export function isPostcode(text: string): boolean {
  return POSTCODE.test(text);
}

/**
 * A Dutch telephone number as people write it: 10 digits starting with 0 (033-1234567,
 * 06 12345678, 020 123 45 67), the same with +31 or 0031 instead of the 0 (optionally "(0)"),
 * or an 0800/0900 service number. Spaces, hyphens, dots and brackets are allowed between digits.
 */
export function isNederlandsTelefoonnummer(text: string): boolean {
  if (!/^\+?[\d\s\-.()]+$/.test(text)) return false;
  const digits = text.replace(/\(0\)/g, "").replace(/[\s\-.()]/g, "");
  return (
    /^0[1-9]\d{8}$/.test(digits) || /^(\+31|0031)[1-9]\d{8}$/.test(digits) || /^0(800|900|906|909)\d{4,7}$/.test(digits)
  );
}

/** A real calendar date in ISO form (2026-02-30 is not one). */
export function isIsoDatum(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const leegIsNull = (value: string): string | null => (value === "" ? null : value);
const tekst = z.string({ error: "verplicht" }).trim();
const naam = tekst.min(1, { error: "naamVerplicht" }).max(200, { error: "teLang" });
const emailAdres = z.email({ error: "emailOngeldig" });
const isEmail = (value: string) => value.length <= 254 && emailAdres.safeParse(value).success;

export const kaartSchema = z.object({
  naam,
  functie: tekst.max(200, { error: "teLang" }).transform(leegIsNull),
  email: tekst.transform(leegIsNull).refine((v) => v === null || isEmail(v), { error: "emailOngeldig" }),
  telefoon: tekst
    .max(40, { error: "telefoonOngeldig" })
    .transform(leegIsNull)
    .refine((v) => v === null || isNederlandsTelefoonnummer(v), { error: "telefoonOngeldig" }),
  contexten: z.array(z.enum(CONTEXTEN, { error: "contextOnbekend" })).transform(ordenContexten),
});
export type KaartInvoer = z.infer<typeof kaartSchema>;

export const contextenSchema = z.object({
  contexten: z.array(z.enum(CONTEXTEN, { error: "contextOnbekend" })).transform(ordenContexten),
});

export const uitnodigingSchema = z.object({
  naam,
  // Accounts are found by lower-case e-mail address (as sign-in does).
  email: tekst.toLowerCase().min(1, { error: "emailVerplicht" }).refine(isEmail, { error: "emailOngeldig" }),
});
export type UitnodigingInvoer = z.infer<typeof uitnodigingSchema>;

/** A new mandate: not starting in the past (a mandate counts from today at the earliest), dates in order. */
export function mandaatSchema(vandaag: string) {
  return z
    .object({
      leverancierId: z.string({ error: "leverancierVerplicht" }).min(1, { error: "leverancierVerplicht" }),
      dienst: z.enum(DIENSTEN, { error: "dienstVerplicht" }),
      begindatum: tekst
        .min(1, { error: "datumVerplicht" })
        .refine(isIsoDatum, { error: "datumOngeldig" })
        .refine((d) => d >= vandaag, { error: "beginInVerleden" }),
      einddatum: tekst.transform(leegIsNull).refine((d) => d === null || isIsoDatum(d), { error: "datumOngeldig" }),
    })
    .refine((m) => m.einddatum === null || !isIsoDatum(m.begindatum) || m.einddatum >= m.begindatum, {
      error: "eindVoorBegin",
      path: ["einddatum"],
    });
}
export type MandaatInvoer = z.infer<ReturnType<typeof mandaatSchema>>;
