// ISO dates (YYYY-MM-DD) in the domain, `Date` at UTC midnight in the database.
export function toDb(iso: string): Date;
export function toDb(iso: string | null | undefined): Date | null;
export function toDb(iso: string | null | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

export function fromDb(date: Date): string;
export function fromDb(date: Date | null): string | null;
export function fromDb(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** Today in the Netherlands as ISO date: "in the future" and mandates are judged by Dutch dates. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
