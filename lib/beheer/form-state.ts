// What a back-office server action hands back to its form: a message, translated messages per
// field, the posted values (a refused form keeps them), and a secret shown once (a new password or
// client secret: only in this answer, stored nowhere but as a hash).
export type BeheerState = {
  ok: boolean;
  melding: string;
  velden: Record<string, string>;
  waarden?: Record<string, string | string[]>;
  eenmalig?: { label: string; waarde: string };
  /** Where the new record can be opened. */
  href?: string;
} | null;

// The same field readers as the OSR forms.
export { lijstVeld, tekstVeld } from "@/lib/osr/form-state";

/** A refusal: a catalogue key for the form and per field (the first problem of each). */
export type Uitkomst<T = Record<never, never>> = ({ ok: true } & T) | { ok: false; fout: string; velden?: Record<string, string> };

export const geweigerd = (fout: string, velden?: Record<string, string>): { ok: false; fout: string; velden?: Record<string, string> } => ({ ok: false, fout, ...(velden ? { velden } : {}) });

/** The first problem of each field of a zod error, as catalogue keys. */
export function veldFouten(error: { issues: { path: PropertyKey[]; message: string }[] }): Record<string, string> {
  const velden: Record<string, string> = {};
  for (const issue of error.issues) {
    const veld = String(issue.path[0] ?? "_");
    velden[veld] ??= issue.message;
  }
  return velden;
}
