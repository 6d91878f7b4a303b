// What a server action hands back to its form, and the helpers every action uses to read a form and
// to refuse: one state for the OSR and back-office forms, one outcome type for the mutations behind them.

/**
 * A form's answer: a message for everyone (role="status" or an error summary), translated messages
 * per field, the posted values (a refused form keeps them), and what is shown once: a secret (a new
 * password or client secret, stored nowhere but as a hash) or an invitation's initial password.
 */
export type ActionState = {
  ok: boolean;
  melding: string;
  velden: Record<string, string>;
  waarden?: Record<string, string | string[]>;
  eenmalig?: { label: string; waarde: string };
  /** An invitation's initial password (OSR), shown once. */
  wachtwoord?: string;
  /** Where the new record can be opened. */
  href?: string;
} | null;

/** Per field, the catalogue key of its first problem. */
export type VeldFouten = Record<string, string>;

/** What a mutation answers: done, or refused with a catalogue key (and the fields it concerns). A refusal changes nothing. */
export type Uitkomst<T = Record<never, never>> = ({ ok: true } & T) | { ok: false; fout: string; velden?: VeldFouten };

export const geweigerd = (fout: string, velden?: VeldFouten): { ok: false; fout: string; velden?: VeldFouten } => ({
  ok: false,
  fout,
  ...(velden ? { velden } : {}),
});

/** The text of a form field ("" when absent or a file). */
export function tekstVeld(formData: FormData, naam: string): string {
  const value = formData.get(naam);
  return typeof value === "string" ? value : "";
}

/** Every value of a repeated field (checkboxes), files left out. */
export function lijstVeld(formData: FormData, naam: string): string[] {
  return formData.getAll(naam).filter((v): v is string => typeof v === "string");
}

/** The first problem of each field of a zod error, as catalogue keys. */
export function veldFouten(error: { issues: { path: PropertyKey[]; message: string }[] }): VeldFouten {
  const fouten: VeldFouten = {};
  for (const issue of error.issues) {
    const veld = String(issue.path[0] ?? "formulier");
    fouten[veld] ??= issue.message;
  }
  return fouten;
}

/** The answer of an action with one message and no fields (a button, a one-field form). */
export const bericht = (ok: boolean, melding: string): ActionState => ({ ok, melding, velden: {} });
