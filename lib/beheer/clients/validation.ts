// Input of the leverancier and API-client forms as zod; errors are keys of `toegang.fouten`.
import { z } from "zod";

/** SHA-256 of the certificate: 64 hex digits, optionally in colon-separated pairs (as tools print it). */
export function isThumbprint(value: string): boolean {
  return /^[0-9a-fA-F]{64}$/.test(value) || /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){31}$/.test(value);
}

export const leverancierSchema = z.object({
  naam: z.string({ error: "naamVerplicht" }).trim().min(1, { error: "naamVerplicht" }).max(200, { error: "teLang" }),
});

export const clientSchema = z.object({
  // Public and typed by suppliers into their configuration: letters, digits, - and _.
  clientId: z
    .string({ error: "clientIdVerplicht" })
    .trim()
    .min(3, { error: "clientIdOngeldig" })
    .max(100, { error: "clientIdOngeldig" })
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: "clientIdOngeldig" }),
  certThumbprint: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .refine((v) => v === null || isThumbprint(v), { error: "thumbprintOngeldig" })
    .transform((v) => (v === null ? null : v.replace(/:/g, "").toLowerCase())),
  rateLimit: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .refine((v) => v === null || /^\d{1,5}$/.test(v), { error: "rateLimitOngeldig" })
    .transform((v) => (v === null ? null : Number(v)))
    .refine((v) => v === null || (v >= 1 && v <= 10_000), { error: "rateLimitOngeldig" }),
});
export type ClientInvoer = z.infer<typeof clientSchema>;
