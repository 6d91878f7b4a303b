// What an OSR server action hands back to its form: a message for everyone (role="status" or an
// error summary), translated messages per field, and the posted values so a refused form keeps them.
export type FormState = {
  ok: boolean;
  melding: string;
  velden: Record<string, string>;
  waarden?: Record<string, string | string[]>;
  /** An invitation's initial password, shown once. */
  wachtwoord?: string;
} | null;

/** The text of a form field ("" when absent or a file). */
export function tekstVeld(formData: FormData, naam: string): string {
  const value = formData.get(naam);
  return typeof value === "string" ? value : "";
}

/** Every value of a repeated field (checkboxes), files left out. */
export function lijstVeld(formData: FormData, naam: string): string[] {
  return formData.getAll(naam).filter((v): v is string => typeof v === "string");
}
